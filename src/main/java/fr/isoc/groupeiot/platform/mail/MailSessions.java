package fr.isoc.groupeiot.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Properties;

/**
 * The SMTP session every outgoing e-mail uses (PORTAL_SMTP_HOST / PORTAL_SMTP_PORT). Timeouts are short so that a
 * slow or absent mail server never holds a request thread; sending goes through the outbox worker anyway.
 */
@ApplicationScoped
public class MailSessions {

    private static final String TIMEOUT_MILLIS = "10000";

    @Inject
    @ConfigProperty(name = "portal.smtp.host")
    String host;

    @Inject
    @ConfigProperty(name = "portal.smtp.port")
    int port;

    /** Dependent: Session is final, so it cannot be proxied, and building one is cheap. */
    @Produces
    Session smtpSession() {
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", host);
        properties.setProperty("mail.smtp.port", String.valueOf(port));
        properties.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        return Session.getInstance(properties);
    }
}
