package fr.isoc.groupeiot.cms;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How search compares words, the same for the stored text and the visitor's query: lower case without accents
 * ("Sécurité" and "securite" are one word), and, for the embedded H2 database, a light stemmer that folds
 * plurals and common French and English endings ("sécuriser", "sécurité" → "secur"; "devices" → "devic").
 */
public final class SearchText {

    /** A query of more words than this is cut: nobody types more, and each word costs a condition. */
    static final int MAX_TERMS = 8;
    private static final Pattern NOT_A_WORD_CHARACTER = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Longest first; an ending is removed only when at least four letters remain. */
    private static final String[] ENDINGS = {"isations", "isation", "ations", "ation", "ements", "ement", "ments", "ment",
            "ites", "ite", "iques", "ique", "isers", "iser", "ises", "ise", "ees", "ee", "ers", "er", "ings", "ing",
            "ies", "es", "ed", "s", "e"};

    private SearchText() {
    }

    /** The searchable form of a text: folded, words separated by single spaces. */
    public static String normalise(String text) {
        return text == null ? "" : NOT_A_WORD_CHARACTER.matcher(Slugs.fold(text)).replaceAll(" ").strip();
    }

    /** The distinct words of a query, folded; empty when nothing searchable was typed. */
    public static List<String> terms(String query) {
        LinkedHashSet<String> terms = new LinkedHashSet<>();
        for (String word : normalise(query).split(" ")) {
            if (word.length() >= 2 && terms.size() < MAX_TERMS) {
                terms.add(word);
            }
        }
        return new ArrayList<>(terms);
    }

    /** The word without a plural or a common ending, so that related words share a prefix. */
    public static String stem(String word) {
        for (String ending : ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 4) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }
}
