package fr.isoc.groupeiot.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Runs once around all integration tests of a Failsafe run (registered in META-INF/services; inert in unit test
 * runs): creates the database and the mail sink, and publishes them as system properties before any Payara starts,
 * so that arquillian.xml and {@link PortalStack} can pass them on.
 */
public class IntegrationTestSession implements LauncherSessionListener {

    private static TestDatabase database;
    private static MailSink mail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("it.enabled") || database != null) {
            return;
        }
        database = TestDatabase.create();
        mail = MailSink.start(Ports.free(), Ports.free());
        System.setProperty("it.db.url", database.url());
        System.setProperty("it.db.user", database.user());
        System.setProperty("it.db.password", database.password());
        System.setProperty("it.db.expected", database.isPostgres() ? "PostgreSQL" : "H2");
        System.setProperty("it.smtp.port", String.valueOf(mail.smtpPort()));
        System.setProperty("it.imap.port", String.valueOf(mail.imapPort()));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        PortalStack.stopIfStarted();
        if (mail != null) {
            mail.close();
        }
        if (database != null) {
            database.close();
        }
    }

    public static MailSink mail() {
        return mail;
    }
}
