package fr.isoc.groupeiot.platform.container;

import fr.isoc.groupeiot.membership.College;
import fr.isoc.groupeiot.membership.Colleges;
import fr.isoc.groupeiot.platform.health.DatabaseReadiness;
import fr.isoc.groupeiot.platform.persistence.DatabaseMigrations;
import fr.isoc.groupeiot.platform.persistence.PortalDataSource;
import jakarta.inject.Inject;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.Properties;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The platform inside a real Payara Micro, on the run's database: the whole built WAR, plus a servlet that fails on
 * purpose. (JUnit assertions only: this class runs inside the server, where AssertJ is not deployed.)
 */
@ExtendWith(ArquillianExtension.class)
class PlatformContainerIT {

    @Deployment
    static WebArchive portal() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("it.war")))
                .as(WebArchive.class)
                .addClass(FailingServlet.class);
    }

    @Inject
    DatabaseMigrations migrations;

    @Inject
    Colleges colleges;

    @Inject
    @Readiness
    DatabaseReadiness readiness;

    @Inject
    Session smtp;

    @Test
    void runsOnTheDatabaseTheTestRunChose() throws Exception {
        DataSource dataSource = InitialContext.doLookup(PortalDataSource.JNDI_NAME);
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            assertEquals(System.getProperty("it.db.expected"), product);
        }
    }

    @Test
    void appliesEveryMigrationAtStartup() {
        assertEquals(0, migrations.pendingMigrations());
    }

    @Test
    void listsTheFiveCollegesInTheGroupsOrder() {
        assertEquals(
                java.util.List.of("public-sector", "civil-society", "industry", "technical-community", "academia"),
                colleges.inOrder().stream().map(College::getCode).toList());
    }

    @Test
    void isReadyWhenTheDatabaseAnswersAndMigrationsAreApplied() {
        HealthCheckResponse response = readiness.call();
        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
        assertEquals(0L, ((Number) response.getData().orElseThrow().get("pendingMigrations")).longValue());
    }

    @Test
    void sendsMailThroughTheConfiguredSmtpServer() throws Exception {
        String subject = "Test " + UUID.randomUUID();
        MimeMessage message = new MimeMessage(smtp);
        message.setFrom(new InternetAddress("no-reply@groupe-iot.test"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("claire.martin@groupe-iot.test"));
        message.setSubject(subject, "UTF-8");
        message.setText("Sécurité dès la conception", "UTF-8");
        Transport.send(message);

        Properties imap = new Properties();
        imap.setProperty("mail.imap.host", "127.0.0.1");
        imap.setProperty("mail.imap.port", System.getProperty("it.imap.port"));
        Store store = Session.getInstance(imap).getStore("imap");
        store.connect("claire.martin@groupe-iot.test", "any");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            boolean received = false;
            for (Message m : inbox.getMessages()) {
                received |= subject.equals(m.getSubject()) && m.getContent().toString().contains("Sécurité dès la conception");
            }
            assertTrue(received, "the message reached the mailbox over a real SMTP conversation");
        } finally {
            store.close();
        }
    }

    @Test
    @RunAsClient
    void keepsPublicPagesUpAndExplainsSignInIsUnavailableWhenKeycloakIsDown(@ArquillianResource URL base) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> home = client.send(HttpRequest.newBuilder(URI.create(base + "fr/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, home.statusCode());

        for (String[] area : new String[][]{{"fr/espace-membre", "Connexion momentanément indisponible"},
                {"en/admin", "Sign-in temporarily unavailable"}}) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + area[0])).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(503, response.statusCode(), area[0]);
            assertTrue(response.body().contains(area[1]), response.body());
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null));
        }
    }

    @Test
    @RunAsClient
    void showsATranslatedErrorPageWithAReferenceAndNoStackTrace(@ArquillianResource URL base) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String[] language : new String[][]{{"fr", "Une erreur est survenue", "Référence de l’incident"},
                {"en", "Something went wrong", "Incident reference"}}) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + FailingServlet.PATH.substring(1)))
                    .header("Accept-Language", language[0]).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(500, response.statusCode());
            String body = response.body();
            assertTrue(body.contains("lang=\"" + language[0] + "\""), body);
            assertTrue(body.contains(language[1]), body);
            assertTrue(body.matches("(?s).*" + language[2] + "[^<]*: [0-9a-f]{10}.*"), body);
            assertFalse(body.contains(FailingServlet.SECRET_DETAIL), "the exception message must not leak");
            assertFalse(body.contains("IllegalStateException") || body.contains("at fr.isoc"), "no stack trace");
        }
    }
}
