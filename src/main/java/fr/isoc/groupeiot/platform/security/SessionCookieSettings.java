package fr.isoc.groupeiot.platform.security;

import fr.isoc.groupeiot.platform.config.PortalSettings;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Marks the session cookie Secure when the portal is served over HTTPS. TLS usually ends at the load balancer, so
 * the request alone cannot tell; the public base URL can. (HttpOnly and SameSite=Lax are set in web.xml.)
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Inject
    PortalSettings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().getSessionCookieConfig().setSecure(settings.isServedOverHttps());
    }
}
