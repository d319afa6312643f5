package fr.isoc.groupeiot.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Revalidated caching of public responses that are the same for every anonymous reader (awareness pages, the press
 * kit page, vCards, archives, PDFs): a strong ETag made from what the response shows, Last-Modified for information,
 * and {@code public, no-cache} so that shared caches keep them but ask each time (an editor's change shows at once).
 * Only the ETag decides: a deletion leaves no newer timestamp behind, so If-Modified-Since is not trusted.
 */
public final class Revalidation {

    /** Changes with every start, so that a new release (templates, texts, formats) never matches an old ETag. */
    private static final String RELEASE = UUID.randomUUID().toString();
    /** Templates and bundles are as old as this start: no response is older than that. */
    private static final Instant STARTED = Instant.now();

    private Revalidation() {
    }

    /** A strong ETag from a fingerprint of what the response is made of (ids, versions, language, parameters). */
    public static String etag(String fingerprint) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((RELEASE + "|" + fingerprint).getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sets the validators and answers 304 when the client's copy is current. A 304 carries no security policy: a
     * cached page keeps the one it was stored with (its script nonce), which a default policy would replace.
     */
    public static boolean notModified(HttpServletRequest request, HttpServletResponse response, String fingerprint,
                                      Instant lastModified) {
        String etag = etag(fingerprint);
        response.setHeader("Cache-Control", "public, no-cache");
        response.setHeader("ETag", etag);
        Instant modified = lastModified == null || lastModified.isBefore(STARTED) ? STARTED : lastModified;
        response.setDateHeader("Last-Modified", modified.toEpochMilli());
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.strip().equals("*") || ifNoneMatch.contains(etag))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setHeader(SecurityHeadersFilter.CSP, null);
            return true;
        }
        return false;
    }

    /**
     * The same for a Faces page, from its view action: nothing for a signed-in visitor (their pages are private) or
     * a form post; on a 304 the page is not rendered.
     */
    public static boolean notModified(FacesContext faces, String fingerprint, Instant lastModified) {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getUserPrincipal() != null || !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return false;
        }
        boolean current = notModified(request, (HttpServletResponse) external.getResponse(), fingerprint, lastModified);
        if (current) {
            faces.responseComplete();
        }
        return current;
    }
}
