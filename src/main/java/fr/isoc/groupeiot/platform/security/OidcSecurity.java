package fr.isoc.groupeiot.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * Sign-in through Keycloak (OpenID Connect, authorization code flow). Settings come from {@code PortalSettings}
 * so that one WAR runs in dev, tests and production. The access token is short-lived; it is refreshed with the
 * refresh token so that a member is not signed out every five minutes. Keycloak sends the visitor back to
 * {@link SignInCallbackServlet}, which returns them to the page that needed the sign-in (Soteria's own
 * "redirect to original resource" replays the request through a wrapper that fails on Payara 7).
 */
@ApplicationScoped
@DeclareRoles({Role.MEMBER, Role.MODERATOR, Role.EDITOR, Role.ADMIN})
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${portalSettings.oidcProviderUri}",
        clientId = "${portalSettings.oidcClientId}",
        clientSecret = "${portalSettings.oidcClientSecret}",
        redirectURI = "${portalSettings.oidcRedirectUri}",
        redirectToOriginalResource = false,
        scope = {"openid", "email", "profile"},
        tokenAutoRefresh = true,
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"))
public class OidcSecurity {
}
