package fr.isoc.groupeiot.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A per-session token for the few plain (non-Faces) POST forms, such as sign-out, which can be shown on any page
 * including error pages. Faces forms are protected by their view state instead.
 */
public final class CsrfToken {

    public static final String PARAMETER = "csrf";
    private static final String SESSION_KEY = CsrfToken.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfToken() {
    }

    /** The session's token, created on first use; null without a session (an anonymous visitor has no form to protect). */
    public static String of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        synchronized (session) {
            String token = (String) session.getAttribute(SESSION_KEY);
            if (token == null) {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                session.setAttribute(SESSION_KEY, token);
            }
            return token;
        }
    }

    public static boolean matches(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String sent = request.getParameter(PARAMETER);
        if (session == null || sent == null) {
            return false;
        }
        String expected = (String) session.getAttribute(SESSION_KEY);
        return expected != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII));
    }
}
