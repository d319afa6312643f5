package fr.isoc.groupeiot.guides;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A shopper's answers as they travel in the checklist's URL: one parameter per answered question, named by its key
 * ({@code ?default-password=yes&security-updates=unknown}). Nothing is stored: the URL is the whole state, so a
 * result can be shared, bookmarked and printed. Unknown questions and values are ignored, never an error.
 */
public final class ChecklistAnswers {

    private static final ChecklistAnswers NONE = new ChecklistAnswers(Map.of());

    private final Map<String, Answer> answers;

    private ChecklistAnswers(Map<String, Answer> answers) {
        this.answers = Collections.unmodifiableMap(answers);
    }

    public static ChecklistAnswers none() {
        return NONE;
    }

    /**
     * The answers among request parameters, for the questions that exist ({@code knownKeys}). For a parameter given
     * twice, its first valid value counts.
     */
    public static ChecklistAnswers fromParameters(Map<String, String[]> parameters, Collection<String> knownKeys) {
        Set<String> known = Set.copyOf(knownKeys);
        Map<String, Answer> found = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
            if (!known.contains(key) || found.containsKey(key) || values == null) {
                return;
            }
            for (String value : values) {
                Optional<Answer> answer = Answer.fromCode(value);
                if (answer.isPresent()) {
                    found.put(key, answer.get());
                    return;
                }
            }
        });
        return new ChecklistAnswers(found);
    }

    /** Answers given in code, e.g. by tests: key to answer. */
    public static ChecklistAnswers of(Map<String, Answer> answers) {
        return new ChecklistAnswers(new LinkedHashMap<>(answers));
    }

    public Optional<Answer> of(String key) {
        return Optional.ofNullable(answers.get(key));
    }

    public boolean isEmpty() {
        return answers.isEmpty();
    }

    public int size() {
        return answers.size();
    }

    /**
     * The query string (without "?") that reproduces these answers, in the questions' order, so that the same answers
     * always give the same URL (and the same cache key). Keys are URL-safe by construction (lower-case words and hyphens).
     */
    public String toQuery(List<String> keysInOrder) {
        return keysInOrder.stream()
                .filter(answers::containsKey)
                .map(key -> key + "=" + answers.get(key).code())
                .collect(Collectors.joining("&"));
    }
}
