package fr.isoc.groupeiot.platform.web;

import fr.isoc.groupeiot.membership.web.MyDataResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Set;

/**
 * The portal's JAX-RS resources (downloads, feeds, open data), under {@code /api}. They are listed here rather than
 * discovered: the WAR carries RESTEasy (inside keycloak-admin-client), whose {@code @Provider} classes Payara's
 * Jersey would otherwise pick up and fail to deploy.
 */
@ApplicationPath("/api")
public class PortalApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(MyDataResource.class);
    }
}
