package fr.isoc.groupeiot.platform.persistence;

import java.util.Locale;

/**
 * LIKE patterns from what people type, with the wildcards they type searched as text. Queries using them say
 * {@code LIKE :p ESCAPE '!'} (a backslash escape means different things to PostgreSQL and H2 string literals).
 */
public final class Like {

    private Like() {
    }

    /** {@code %text%}, lower case, with %, _ and ! escaped. */
    public static String containing(String text) {
        return "%" + escaped(text) + "%";
    }

    /** The lower-case text with %, _ and ! escaped, for patterns of one's own (e.g. {@code %,tag,%}). */
    public static String escaped(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
