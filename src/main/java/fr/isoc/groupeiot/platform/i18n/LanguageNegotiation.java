package fr.isoc.groupeiot.platform.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.util.List;
import java.util.Locale;

/** Which language a visitor gets where the URL does not say: the remembered choice, then Accept-Language, then French. */
public final class LanguageNegotiation {

    /** Remembers the last language the visitor browsed in; read when they come back to {@code /}. */
    public static final String COOKIE = "lang";

    private LanguageNegotiation() {
    }

    public static Language forRequest(HttpServletRequest request) {
        Language remembered = remembered(request);
        if (remembered != null) {
            return remembered;
        }
        return fromAcceptLanguage(request.getHeader("Accept-Language"));
    }

    public static Language remembered(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return Language.fromCodeOr(cookie.getValue(), null);
                }
            }
        }
        return null;
    }

    /** The best of French and English by the header's weights; French when neither is acceptable or the header is bad. */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Language.FRENCH;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            for (Locale.LanguageRange range : ranges) {
                if (range.getWeight() <= 0) {
                    continue;
                }
                String primary = range.getRange().split("-")[0];
                if (primary.equals("*")) {
                    return Language.FRENCH;
                }
                Language language = Language.fromCodeOr(primary, null);
                if (language != null) {
                    return language;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // A malformed header is the client's problem; it still gets the default language.
        }
        return Language.FRENCH;
    }
}
