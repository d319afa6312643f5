package fr.isoc.groupeiot.platform.i18n;

import java.util.Locale;

/** The portal's two languages, French first. The code is also the URL prefix ({@code /fr/}, {@code /en/}). */
public enum Language {
    FRENCH("fr", Locale.FRENCH),
    ENGLISH("en", Locale.ENGLISH);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public String homePath() {
        return "/" + code + "/";
    }

    public Language other() {
        return this == FRENCH ? ENGLISH : FRENCH;
    }

    public static Language fromCodeOr(String code, Language fallback) {
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code)) {
                return language;
            }
        }
        return fallback;
    }
}
