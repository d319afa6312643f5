package fr.isoc.groupeiot.platform.web;

import fr.isoc.groupeiot.platform.config.PortalSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The Content-Security-Policy of Faces pages. PrimeFaces reads it (primefaces.CSP_POLICY in web.xml) and appends
 * {@code 'nonce-…'} with a fresh nonce per response to the policy's end, so script-src must be the last directive.
 * Inline style attributes stay allowed because PrimeFaces components set them.
 */
@Named
@ApplicationScoped
public class ContentSecurityPolicy {

    /** For everything that is not a Faces page: static files, health, downloads. */
    public static final String NON_PAGE_POLICY =
            "default-src 'none'; img-src 'self'; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Inject
    PortalSettings settings;

    private String policy;

    public String getPolicy() {
        if (policy == null) {
            // Sign-out posts to the portal, which redirects to Keycloak: browsers check form-action on that redirect.
            policy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self'; "
                    + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
                    + "form-action 'self' " + settings.getOidcProviderOrigin() + "; script-src 'self'";
        }
        return policy;
    }
}
