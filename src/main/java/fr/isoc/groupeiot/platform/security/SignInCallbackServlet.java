package fr.isoc.groupeiot.platform.security;

import jakarta.security.enterprise.authentication.mechanism.http.openid.OpenIdConstant;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.net.URI;

/**
 * Where Keycloak sends the visitor back ({@code /callback}). The OpenID Connect mechanism has already checked the
 * state and exchanged the code before this runs; this sends the visitor to the page that started the sign-in,
 * which the mechanism recorded in the session. (A refused or cancelled sign-in never gets here: the mechanism
 * answers 401, which shows the translated error page.)
 */
@WebServlet("/callback")
public class SignInCallbackServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String target = "/";
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null) {
            // A new session id once signed in, so that an id planted before sign-in is worth nothing (fixation).
            request.changeSessionId();
            Object original = session.getAttribute(OpenIdConstant.ORIGINAL_REQUEST);
            session.removeAttribute(OpenIdConstant.ORIGINAL_REQUEST);
            target = SafeRedirect.localPathOr(pathAndQuery(original, request.getContextPath()), "/");
        }
        response.sendRedirect(request.getContextPath() + target);
    }

    /** The recorded URL is absolute; only its path (within this application) and query are followed. */
    static String pathAndQuery(Object originalUrl, String contextPath) {
        if (originalUrl == null) {
            return null;
        }
        try {
            URI uri = URI.create(originalUrl.toString());
            String path = uri.getRawPath();
            if (path == null || !path.startsWith(contextPath)) {
                return null;
            }
            path = path.substring(contextPath.length());
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
