package fr.isoc.groupeiot.guides;

import java.util.Locale;
import java.util.Optional;

/** A shopper's answer to a checklist question, as it appears in a shared URL ({@code yes}, {@code no}, {@code unknown}). */
public enum Answer {
    YES("yes"),
    NO("no"),
    /** "I don't know": a weak point too, whose advice is to ask the seller. */
    UNKNOWN("unknown");

    private final String code;

    Answer(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The answer a URL value names; anything else (typos, other values) is no answer rather than an error. */
    public static Optional<Answer> fromCode(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        for (Answer answer : values()) {
            if (answer.code.equals(wanted)) {
                return Optional.of(answer);
            }
        }
        return Optional.empty();
    }
}
