package fr.isoc.groupeiot.cms;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The readable, ASCII-only last segment of a content item's URL, made from its title. */
public final class Slugs {

    public static final int MAX_LENGTH = 80;

    private static final Pattern VALID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private Slugs() {
    }

    /** "L’œil du consommateur : 76 % !" → "l-oeil-du-consommateur-76"; "" when the title has no letter or digit. */
    public static String of(String title) {
        if (title == null) {
            return "";
        }
        String unaccented = fold(title);
        String hyphenated = SEPARATORS.matcher(unaccented).replaceAll("-");
        return shorten(EDGE_HYPHENS.matcher(hyphenated).replaceAll(""), MAX_LENGTH);
    }

    /** Lower case without accents ("L’Œil sécurisé" → "l’oeil securise"): how slugs and search compare words. */
    static String fold(String text) {
        // Letters that NFD does not split into a base letter and a mark.
        String spelled = text.toLowerCase(Locale.ROOT)
                .replace("œ", "oe")
                .replace("æ", "ae")
                .replace("ß", "ss")
                .replace("ø", "o")
                .replace("ł", "l")
                .replace("đ", "d");
        return COMBINING_MARKS.matcher(Normalizer.normalize(spelled, Normalizer.Form.NFD)).replaceAll("");
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
    }

    /** "slug-n", the slug shortened if needed so that the whole stays within the maximum length. */
    public static String withSuffix(String slug, int n) {
        if (!isValid(slug)) {
            throw new IllegalArgumentException("Not a slug: " + slug);
        }
        if (n < 1) {
            throw new IllegalArgumentException("A slug's suffix is a positive number, not " + n);
        }
        String suffix = "-" + n;
        return shorten(slug, MAX_LENGTH - suffix.length()) + suffix;
    }

    // Cuts at the last hyphen that keeps the slug within maxLength; only a single over-long word is cut mid-word.
    private static String shorten(String slug, int maxLength) {
        if (slug.length() <= maxLength) {
            return slug;
        }
        if (slug.charAt(maxLength) == '-') {
            return slug.substring(0, maxLength);
        }
        int lastHyphen = slug.lastIndexOf('-', maxLength - 1);
        return lastHyphen > 0 ? slug.substring(0, lastHyphen) : slug.substring(0, maxLength);
    }
}
