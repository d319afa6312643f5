package fr.isoc.groupeiot.cms;

import java.io.Serializable;

/** What editors write about a media file, per language: a title (optional) and the alternative text of an image. */
public record MediaTexts(String titleFr, String titleEn, String altFr, String altEn) implements Serializable {

    /** Blank texts become null, others lose their outer spaces and are cut to the columns' sizes. */
    public MediaTexts stripped() {
        return new MediaTexts(clean(titleFr, 200), clean(titleEn, 200), clean(altFr, 300), clean(altEn, 300));
    }

    private static String clean(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }
}
