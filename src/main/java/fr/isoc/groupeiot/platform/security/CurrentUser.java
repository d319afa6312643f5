package fr.isoc.groupeiot.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.identitystore.openid.OpenIdClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;

import java.security.Principal;
import java.util.List;

/** Who is signed in, as the pages need it: name, e-mail and roles from the Keycloak tokens. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    Instance<OpenIdContext> openIdContext;

    @Inject
    HttpServletRequest request;

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    public String getUsername() {
        Principal principal = request.getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    public String getDisplayName() {
        if (!isSignedIn()) {
            return null;
        }
        OpenIdClaims claims = claims();
        return claims == null ? getUsername() : claims.getName().orElse(getUsername());
    }

    /** The Keycloak account id (the tokens' subject), which links the account to its member record. */
    public String getSubject() {
        if (!isSignedIn() || !openIdContext.isResolvable()) {
            return null;
        }
        try {
            return openIdContext.get().getSubject();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The e-mail address only when Keycloak says it is verified: what may link an account to a member record.
     * (Unverified, it is just something the account's owner typed.)
     */
    public String getVerifiedEmail() {
        if (!isSignedIn() || !openIdContext.isResolvable()) {
            return null;
        }
        try {
            // The user-info claims as JSON: email_verified is a JSON boolean, which the typed claims API reads as text.
            JsonObject claims = openIdContext.get().getClaimsJson();
            return claims.getBoolean("email_verified", false) ? claims.getString("email", null) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    public String getEmail() {
        OpenIdClaims claims = isSignedIn() ? claims() : null;
        return claims == null ? null : claims.getEmail().orElse(null);
    }

    /** The portal roles the caller holds, in display order. */
    public List<String> getRoles() {
        return Role.ALL.stream().filter(this::hasRole).toList();
    }

    /** Asks the servlet request, which also works while most error pages render (Soteria's SecurityContext does not). */
    public boolean hasRole(String role) {
        if (!isSignedIn()) {
            return false;
        }
        try {
            return request.isUserInRole(role);
        } catch (RuntimeException noAuthorizationContext) {
            // Rendering the error page of a plain servlet's sendError, Payara has no authorization context. The
            // container's roles are the token's groups, one to one, so the token answers instead.
            return tokenGroups().contains(role);
        }
    }

    private List<String> tokenGroups() {
        try {
            return openIdContext.get().getIdentityToken().getJwtClaims().getArrayStringClaim("groups");
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** Token for the sign-out form, which is plain HTML so that it also works on error pages. */
    public String getCsrfToken() {
        return isSignedIn() ? CsrfToken.of(request) : null;
    }

    private OpenIdClaims claims() {
        if (!openIdContext.isResolvable()) {
            return null;
        }
        try {
            return openIdContext.get().getClaims();
        } catch (RuntimeException e) {
            // Not signed in through OpenID Connect in this request (e.g. the session's context is gone).
            return null;
        }
    }
}
