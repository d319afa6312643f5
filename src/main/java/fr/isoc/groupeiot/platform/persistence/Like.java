package fr.isoc.groupeiot.platform.persistence;

import java.util.Locale;

/**
 * LIKE patterns from what people type. The wildcards % and _ are dropped from the text rather than escaped: an
 * ESCAPE clause makes EclipseLink inline every value of the query on H2, where its inlined booleans (1) fail.
 */
public final class Like {

    private Like() {
    }

    /** {@code %text%}, lower case, without the text's own wildcards. */
    public static String containing(String text) {
        return "%" + plain(text) + "%";
    }

    /** The lower-case text without % and _, for patterns of one's own (e.g. {@code %,tag,%}). */
    public static String plain(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
    }
}
