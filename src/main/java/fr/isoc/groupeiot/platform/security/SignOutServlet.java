package fr.isoc.groupeiot.platform.security;

import fr.isoc.groupeiot.platform.config.PortalSettings;
import fr.isoc.groupeiot.platform.i18n.Language;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.net.URLEncoder;
import java.util.logging.Level;
import java.util.logging.Logger;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Ends the portal session and then the Keycloak session (RP-initiated logout), so that "sign out" also signs
 * the visitor out of the identity provider. POST only, with the session's CSRF token.
 */
@WebServlet("/logout")
public class SignOutServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(SignOutServlet.class.getName());

    @Inject
    PortalSettings settings;

    @Inject
    Instance<OpenIdContext> openIdContext;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        Language language = Language.fromCodeOr(request.getParameter("lang"), Language.FRENCH);
        String home = settings.getPublicBaseUrl() + language.homePath();
        if (request.getUserPrincipal() == null) {
            response.sendRedirect(home);
            return;
        }
        if (!CsrfToken.matches(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String endSession = providerLogoutUrl(home);
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(endSession != null ? endSession : home);
    }

    private String providerLogoutUrl(String home) {
        try {
            OpenIdContext context = openIdContext.get();
            String endpoint = context.getProviderMetadata().getString("end_session_endpoint", null);
            if (endpoint == null) {
                return null;
            }
            return endpoint
                    + "?client_id=" + URLEncoder.encode(settings.getOidcClientId(), UTF_8)
                    + "&id_token_hint=" + URLEncoder.encode(context.getIdentityToken().getToken(), UTF_8)
                    + "&post_logout_redirect_uri=" + URLEncoder.encode(home, UTF_8);
        } catch (RuntimeException e) {
            // The portal session still ends; the visitor may stay signed in at Keycloak, which is logged.
            LOG.log(Level.WARNING, "Could not build the Keycloak logout URL", e);
            return null;
        }
    }
}
