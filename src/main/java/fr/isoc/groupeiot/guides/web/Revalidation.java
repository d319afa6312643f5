package fr.isoc.groupeiot.guides.web;

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
 * Caching of the awareness pages, which are the same for every anonymous visitor: an ETag and Last-Modified, and
 * {@code public, no-cache} so that shared caches keep them but revalidate each use (an editor's change shows at once);
 * an unchanged page answers 304 before it is rendered. Signed-in visitors get none of it (their pages are private).
 */
final class Revalidation {

    /** Changes with every start, so that a new release (templates, texts) never matches an old ETag. */
    static final String RELEASE = UUID.randomUUID().toString().substring(0, 8);
    /** The templates and bundles are as old as this start: no page can be older than that. */
    static final Instant STARTED = Instant.now();

    private Revalidation() {
    }

    /**
     * Sets the caching headers for a page whose content is fully described by {@code state}, last changed at
     * {@code lastModified}; answers 304 and ends the request when the visitor's copy is current.
     *
     * @return true when the 304 was sent and nothing more is to be rendered
     */
    static boolean answerNotModified(FacesContext faces, String state, Instant lastModified) {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        if (request.getUserPrincipal() != null || !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return false;
        }
        String etag = "\"" + digest(RELEASE + "|" + state) + "\"";
        long modified = Math.max(STARTED.toEpochMilli(), lastModified == null ? 0 : lastModified.toEpochMilli()) / 1000 * 1000;
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", modified);
        response.setHeader("Cache-Control", "public, no-cache");
        String ifNoneMatch = request.getHeader("If-None-Match");
        boolean current = ifNoneMatch != null
                ? ifNoneMatch.contains(etag)
                : ifModifiedSince(request) >= modified;
        if (current) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            faces.responseComplete();
        }
        return current;
    }

    /** A malformed date is no date (-1), not an error. */
    private static long ifModifiedSince(HttpServletRequest request) {
        try {
            return request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException malformed) {
            return -1;
        }
    }

    private static String digest(String state) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
