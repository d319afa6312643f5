package fr.isoc.groupeiot.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;

/**
 * The portal's deployment settings, read through MicroProfile Config: each key is also an environment
 * variable (portal.db.url = PORTAL_DB_URL). Named so that the OIDC definition can reach it from EL.
 */
@ApplicationScoped
@Named("portalSettings")
public class PortalSettings {

    @Inject
    @ConfigProperty(name = "portal.public-base-url")
    String publicBaseUrl;

    @Inject
    @ConfigProperty(name = "portal.oidc.provider-uri")
    String oidcProviderUri;

    /** Keycloak's address as browsers see it, when it differs from the provider URI the portal uses (compose). */
    @Inject
    @ConfigProperty(name = "portal.oidc.browser-origin")
    Optional<String> oidcBrowserOrigin;

    /** Keycloak's base URL for the admin API, when it is not the provider URI's (defaults to that one's). */
    @Inject
    @ConfigProperty(name = "portal.keycloak.url")
    Optional<String> keycloakUrl;

    @Inject
    @ConfigProperty(name = "portal.oidc.client-id")
    String oidcClientId;

    @Inject
    @ConfigProperty(name = "portal.oidc.client-secret")
    String oidcClientSecret;

    /** The public base URL without a trailing slash, as visitors see it (behind any proxy). */
    public String getPublicBaseUrl() {
        return publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    public boolean isServedOverHttps() {
        return getPublicBaseUrl().startsWith("https://");
    }

    public String getOidcProviderUri() {
        return oidcProviderUri;
    }

    /** scheme://host:port of the identity provider as browsers reach it, which forms may be redirected to (sign-out). */
    public String getOidcProviderOrigin() {
        URI uri = URI.create(oidcBrowserOrigin.filter(o -> !o.isBlank()).orElse(oidcProviderUri));
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    public String getOidcClientId() {
        return oidcClientId;
    }

    public String getOidcClientSecret() {
        return oidcClientSecret;
    }

    /** Keycloak's base URL as the portal reaches it (for the admin API), e.g. {@code http://127.0.0.1:8180}. */
    public String getKeycloakServerUrl() {
        return keycloakUrl.filter(u -> !u.isBlank())
                .orElseGet(() -> oidcProviderUri.substring(0, oidcProviderUri.indexOf("/realms/")));
    }

    /** The realm named by the provider URI ({@code …/realms/groupe-iot}). */
    public String getKeycloakRealm() {
        String realm = oidcProviderUri.substring(oidcProviderUri.indexOf("/realms/") + "/realms/".length());
        return realm.endsWith("/") ? realm.substring(0, realm.length() - 1) : realm;
    }

    public String getOidcRedirectUri() {
        return getPublicBaseUrl() + "/callback";
    }
}
