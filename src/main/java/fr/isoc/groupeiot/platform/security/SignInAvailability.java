package fr.isoc.groupeiot.platform.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanismHandler;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the OpenID Connect mechanism and, when Keycloak cannot be reached, answers 503 with the translated
 * "sign-in unavailable" page instead of an empty 500 on pages that need a sign-in. On public pages (where only a
 * signed-in visitor's token refresh can need Keycloak) the page is served anyway.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class SignInAvailability implements HttpAuthenticationMechanismHandler {

    private static final Logger LOG = Logger.getLogger(SignInAvailability.class.getName());

    /** The built-in OpenID Connect mechanism; Soteria adds it after deployment validation, hence the lazy lookup. */
    @Inject
    @Any
    Instance<HttpAuthenticationMechanism> mechanisms;

    private HttpAuthenticationMechanism openIdConnect() {
        return mechanisms.get();
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        try {
            return openIdConnect().validateRequest(request, response, context);
        } catch (RuntimeException e) {
            if (!context.isProtected()) {
                LOG.log(Level.FINE, "Identity provider unavailable while serving a public page", e);
                return context.doNothing();
            }
            LOG.log(Level.WARNING, "Sign-in failed: the identity provider could not be used: {0}", String.valueOf(e));
            try {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            } catch (IOException | IllegalStateException alreadyCommitted) {
                LOG.log(Level.FINE, "Could not send the 503 page", alreadyCommitted);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) throws AuthenticationException {
        return openIdConnect().secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        openIdConnect().cleanSubject(request, response, context);
    }
}
