package fr.isoc.groupeiot.press.web;

import fr.isoc.groupeiot.platform.i18n.Language;
import fr.isoc.groupeiot.platform.i18n.LocaleFilter;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * What the press room's downloads (vCards, kit archive, release PDFs) share: their language and their attachment
 * names (validators: {@link fr.isoc.groupeiot.platform.web.Revalidation}).
 */
final class Downloads {

    private Downloads() {
    }

    /** The language the public path named; French on a direct hit of the internal path. */
    static Language language(HttpServletRequest request) {
        return request.getAttribute(LocaleFilter.LANGUAGE) instanceof Language language ? language : Language.FRENCH;
    }

    /** {@code attachment} with an ASCII name (accents dropped) for old clients and the real one as RFC 6266 says. */
    static String attachment(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7e]", "_").replace("\\", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
