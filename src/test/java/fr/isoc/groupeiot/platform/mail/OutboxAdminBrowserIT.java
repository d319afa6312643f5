package fr.isoc.groupeiot.platform.mail;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.isoc.groupeiot.testing.BrowserTest;
import fr.isoc.groupeiot.testing.IntegrationTestSession;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.isoc.groupeiot.testing.Browser.accessibilityViolations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** An admin finds a failed e-mail in the outbox and sends it again; the worker delivers it over SMTP. */
class OutboxAdminBrowserIT extends BrowserTest {

    @Test
    void adminSendsAFailedEmailAgainAndItIsDelivered() throws Exception {
        String recipient = "relance-" + UUID.randomUUID() + "@groupe-iot.test";
        insertFailedEmail(recipient, "Confirmez votre adhésion");
        visitor("fr-FR");

        page.navigate(portal.baseUrl() + "/fr/admin");
        signInAtKeycloak("admin");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Courriels sortants")).click();
        assertThat(page).hasURL(portal.baseUrl() + "/fr/admin/courriels");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^En échec"))).click();

        Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(recipient));
        assertThat(row).containsText("En échec");
        assertThat(row).containsText("Connection refused");
        assertThat(accessibilityViolations(page)).isEmpty();

        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Renvoyer")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("de nouveau en attente");
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(recipient))).hasCount(0);
        assertThat(IntegrationTestSession.mail().awaitInbox(recipient, 1, Duration.ofSeconds(30)).getFirst().getSubject())
                .isEqualTo("Confirmez votre adhésion");

        page.navigate(portal.baseUrl() + "/fr/admin/courriels?status=SENT");
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(recipient))).containsText("Envoyé");
    }

    @Test
    void outboxPageIsAccessibleInEnglish() {
        visitor("en-GB");
        page.navigate(portal.baseUrl() + "/en/admin/emails");
        signInAtKeycloak("admin");

        assertThat(page).hasURL(portal.baseUrl() + "/en/admin/emails");
        assertThat(page.locator("h1")).hasText("Outgoing e-mail");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(accessibilityViolations(page)).isEmpty();
    }

    @Test
    void membersCannotSeeTheOutbox() {
        visitor("fr-FR");
        page.navigate(portal.baseUrl() + "/fr/admin/courriels");
        signInAtKeycloak("member");

        assertThat(page.locator("h1")).hasText("Accès refusé");
    }

    /** Thirteen failed attempts already: what an SMTP outage of a day leaves behind. Written straight into the run's database. */
    private static void insertFailedEmail(String recipient, String subject) throws Exception {
        var database = portal.database();
        assumeTrue(database.isPostgres(), "the test reaches the portal's database only on PostgreSQL");
        try (Connection connection = database.connect();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO outbox_email (id, message_id, recipient, language, subject, text_body, status, attempts,
                                               next_attempt_at, last_error, created_at, version)
                     VALUES (nextval('outbox_email_seq'), ?, ?, 'fr', ?, 'Bonjour', 'FAILED', 13, ?, ?, ?, 0)""")) {
            Instant yesterday = Instant.now().minus(Duration.ofDays(1));
            insert.setString(1, "<" + UUID.randomUUID() + "@groupe-iot.test>");
            insert.setString(2, recipient);
            insert.setString(3, subject);
            insert.setObject(4, java.time.OffsetDateTime.ofInstant(yesterday, java.time.ZoneOffset.UTC));
            insert.setString(5, "jakarta.mail.MessagingException: Could not connect <- java.net.ConnectException: Connection refused");
            insert.setObject(6, java.time.OffsetDateTime.ofInstant(yesterday, java.time.ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }
}
