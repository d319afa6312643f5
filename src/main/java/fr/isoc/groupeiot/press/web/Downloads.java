package fr.isoc.groupeiot.press.web;

import fr.isoc.groupeiot.platform.i18n.Language;
import fr.isoc.groupeiot.platform.i18n.LocaleFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * What the press room's downloads (vCards, kit archive, kit page) share: their language, their validators and the
 * revalidation every shared cache does ({@code Cache-Control: public, no-cache}), and attachment names.
 */
final class Downloads {

    /** Changes with every start, so that a new release of the portal (texts, formats) never matches an old ETag. */
    private static final String RELEASE = UUID.randomUUID().toString();

    private Downloads() {
    }

    /** The language the public path named; French on a direct hit of the internal path. */
    static Language language(HttpServletRequest request) {
        return request.getAttribute(LocaleFilter.LANGUAGE) instanceof Language language ? language : Language.FRENCH;
    }

    /** A strong ETag from what the response is made of (ids and versions), the language and the portal's start. */
    static String etag(String fingerprint) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((RELEASE + "|" + fingerprint).getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sets the validators and answers 304 when the client's copy is current. Only the ETag decides: a deletion leaves
     * no newer timestamp behind, so Last-Modified is sent for information but If-Modified-Since is not trusted.
     */
    static boolean notModified(HttpServletRequest request, HttpServletResponse response, String etag, Instant lastModified) {
        response.setHeader("Cache-Control", "public, no-cache");
        response.setHeader("ETag", etag);
        if (lastModified != null) {
            response.setDateHeader("Last-Modified", lastModified.toEpochMilli());
        }
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.strip().equals("*") || ifNoneMatch.contains(etag))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return true;
        }
        return false;
    }

    /** {@code attachment} with an ASCII name (accents dropped) for old clients and the real one as RFC 6266 says. */
    static String attachment(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7e]", "_").replace("\\", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
