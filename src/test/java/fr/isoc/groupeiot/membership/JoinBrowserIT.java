package fr.isoc.groupeiot.membership;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.isoc.groupeiot.testing.BrowserTest;
import fr.isoc.groupeiot.testing.IntegrationTestSession;
import fr.isoc.groupeiot.testing.KeycloakUsers;
import fr.isoc.groupeiot.testing.MailSink;
import fr.isoc.groupeiot.testing.PortalStack;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.isoc.groupeiot.testing.Browser.accessibilityViolations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Joining the group as people do it, in each language, end to end: the form (with mistakes first), the e-mail and
 * its link, an admin's approval, Keycloak's "set your password" e-mail, the first sign-in, the profile, the data
 * download and the deletion of the account.
 */
class JoinBrowserIT extends BrowserTest {

    private static final Duration MAIL_TIMEOUT = Duration.ofSeconds(30);

    @Test
    void personAppliesInFrenchIsApprovedSignsInDownloadsHerDataAndLeaves() throws Exception {
        String email = "elodie." + UUID.randomUUID() + "@groupe-iot.test";
        String lastName = "Martin-Ségur " + email.substring(7, 12);
        visitor("fr-FR");
        page.navigate(portal.baseUrl() + "/fr/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Adhérer")).click();
        assertThat(page).hasURL(portal.baseUrl() + "/fr/adherer");
        assertThat(accessibilityViolations(page)).isEmpty();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer ma demande")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Le formulaire contient des erreurs");
        assertThat(page.locator("#firstName-error")).hasText("Indiquez un prénom (100 caractères au plus).");
        assertThat(page.locator("#consent-error")).containsText("Sans votre accord");
        assertThat(page.locator("#firstName")).hasAttribute("aria-invalid", "true");
        assertThat(accessibilityViolations(page)).as("the form with its errors shown").isEmpty();

        page.getByLabel("Prénom").fill("Élodie");
        page.locator("#lastName").fill(lastName);
        page.getByLabel("Adresse électronique").fill("elodie@");
        page.getByLabel("Pays").fill("France");
        page.getByLabel("Votre motivation").fill("Trop court");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(Pattern.compile("^Société civile"))).check();
        page.getByLabel(Pattern.compile("^J’accepte que le groupe traite")).check();
        submitLikeAPerson("Envoyer ma demande");

        // The server's messages for what was typed (the first, empty submission's messages are gone).
        assertThat(page.locator("#firstName-error")).isEmpty();
        assertThat(page.locator("#email-error")).containsText("adresse électronique valide");
        assertThat(page.locator("#motivation-error")).containsText("20 à 2 000 caractères");
        assertThat(page.getByLabel("Prénom")).hasValue("Élodie");
        assertThat(page.getByLabel("Pays")).hasValue("France");

        page.getByLabel("Adresse électronique").fill(email);
        page.getByLabel("Votre motivation").fill("Je représente des consommateurs inquiets de la sécurité de leurs objets connectés.");
        submitLikeAPerson("Envoyer ma demande");

        assertThat(page).hasURL(portal.baseUrl() + "/fr/adherer/envoyee");
        assertThat(page.locator("h1")).hasText("Vérifiez votre messagerie");

        MimeMessage mail = IntegrationTestSession.mail().awaitInbox(email, 1, MAIL_TIMEOUT).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Confirmez votre demande d’adhésion");
        String text = MailSink.text(mail);
        assertThat(text).startsWith("Bonjour,").contains("72 heures").doesNotContain("Élodie");
        String link = confirmationLink(text, "/fr/adherer/confirmation");

        page.navigate(link);
        assertThat(accessibilityViolations(page)).isEmpty();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirmer mon adresse")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("votre adresse est confirmée");

        page.navigate(link);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirmer mon adresse")).click();
        // A used link does not work twice.
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("n’est plus valable");

        approveAsAdmin(FRENCH, "Élodie " + lastName);
        String password = "Elodie-" + UUID.randomUUID();
        setPasswordFromKeycloakMail(email, 3, password);
        signInAsNewMember(FRENCH, email, password);
        editProfileDownloadDataAndLeave(FRENCH, email, "Je représente des consommateurs inquiets");
    }

    @Test
    void organisationAppliesInEnglishIsApprovedSignsInDownloadsItsDataAndLeaves() throws Exception {
        String email = "zoe." + UUID.randomUUID() + "@groupe-iot.test";
        String organisation = "Maison du Numérique " + email.substring(4, 9);
        visitor("en-GB");
        page.navigate(portal.baseUrl() + "/en/join");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("on behalf of an organisation")).check();
        assertThat(page.getByLabel("Name of the organisation")).isVisible();

        page.getByLabel("Name of the organisation").fill(organisation);
        page.getByLabel("Type of organisation").selectOption("ASSOCIATION");
        page.getByLabel("SIREN number (optional)").fill("123456789");
        page.getByLabel("First name").fill("Zoë");
        page.getByLabel("Last name").fill("Lefèvre");
        page.getByLabel("Role in the organisation").fill("Déléguée générale");
        page.getByLabel("E-mail address").fill(email);
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(Pattern.compile("^Technical community"))).check();
        page.getByLabel("Your motivation").fill("We run workshops on securing home devices for small organisations.");
        page.getByLabel("Language for our exchanges").selectOption("en");
        page.getByLabel(Pattern.compile("^I agree that the group processes")).check();
        submitLikeAPerson("Send my application");

        assertThat(page.locator("#siren-error")).containsText("valid check digit");
        assertThat(page.getByLabel("Name of the organisation")).hasValue(organisation);
        assertThat(accessibilityViolations(page)).isEmpty();

        page.getByLabel("SIREN number (optional)").fill("732829320");
        submitLikeAPerson("Send my application");

        assertThat(page).hasURL(portal.baseUrl() + "/en/join/sent");
        MimeMessage mail = IntegrationTestSession.mail().awaitInbox(email, 1, MAIL_TIMEOUT).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Confirm your application to join");
        assertThat(MailSink.text(mail)).startsWith("Hello,").contains("72 hours");
        page.navigate(confirmationLink(MailSink.text(mail), "/en/join/confirm"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm my address")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("your address is confirmed");

        approveAsAdmin(ENGLISH, organisation);
        String password = "Zoe-" + UUID.randomUUID();
        setPasswordFromKeycloakMail(email, 3, password);
        signInAsNewMember(ENGLISH, email, password);
        editProfileDownloadDataAndLeave(ENGLISH, email, "We run workshops on securing home devices");
    }

    /** What differs between the two languages of the journey after the confirmation. */
    private record Texts(String lang, String locale, String queuePath, String approve, String approved, String memberArea,
                         String profileLink, String displayNameLabel, String save, String saved, String myDataLink,
                         String download, String delete, String confirmRequired, String confirmBox, String deletedPath,
                         String deletedTitle) {
    }

    private static final Texts FRENCH = new Texts("fr", "fr-FR", "/fr/admin/adhesions", "Accepter la demande",
            "La demande est acceptée", "/fr/espace-membre", "Mon profil", "Nom affiché (facultatif)", "Enregistrer",
            "Votre profil est enregistré.", "Mes données", "Télécharger mes données (JSON)",
            "Supprimer définitivement mon compte", "Cochez cette case", "J’ai compris et je veux supprimer mon compte",
            "/fr/compte-supprime", "Votre compte a été supprimé");
    private static final Texts ENGLISH = new Texts("en", "en-GB", "/en/admin/applications", "Approve the application",
            "The application is approved", "/en/my-account", "My profile", "Display name (optional)", "Save",
            "Your profile has been saved.", "My data", "Download my data (JSON)", "Delete my account permanently",
            "Tick this box", "I understand and want to delete my account", "/en/account-deleted",
            "Your account has been deleted");

    /** An admin, in a browser of their own, finds the application in the review queue and approves it. */
    private void approveAsAdmin(Texts texts, String applicantName) {
        Page admin = anotherVisitor(texts.locale());
        try {
            admin.navigate(portal.baseUrl() + texts.queuePath());
            signInAtKeycloak(admin, "admin", "dev-admin");
            assertThat(admin).hasURL(portal.baseUrl() + texts.queuePath());
            admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(applicantName)).click();
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(texts.approve())).click();
            assertThat(admin.getByRole(AriaRole.STATUS)).containsText(texts.approved());
        } finally {
            admin.context().close();
        }
    }

    /** The new member opens Keycloak's e-mail (their {@code nth} message) and chooses a password on Keycloak's page. */
    private void setPasswordFromKeycloakMail(String email, int nth, String password) {
        String link = IntegrationTestSession.mail().awaitInbox(email, nth, MAIL_TIMEOUT).stream()
                .map(MailSink::text)
                .map(Pattern.compile("https?://\\S+/login-actions/action-token\\S+")::matcher)
                .filter(Matcher::find)
                .map(Matcher::group)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No Keycloak action link among the e-mails to " + email));
        page.navigate(link);
        assertThat(page.url()).startsWith(portal.keycloakUrl());
        if (page.locator("#password-new").count() == 0) {
            // Keycloak first lists the actions to perform, with a link to go on.
            page.locator("a[href*='login-actions']").first().click();
        }
        page.locator("#password-new").fill(password);
        page.locator("#password-confirm").fill(password);
        page.locator("input[type=submit], button[type=submit]").first().click();
        assertThat(page.locator("#password-new")).hasCount(0);
    }

    /** Signs in (Keycloak may already know them from the password step) and lands in the member area. */
    private void signInAsNewMember(Texts texts, String email, String password) {
        page.navigate(portal.baseUrl() + texts.memberArea());
        if (page.url().startsWith(portal.keycloakUrl())) {
            signInAtKeycloak(email, password);
        }
        assertThat(page).hasURL(portal.baseUrl() + texts.memberArea());
        assertThat(page.locator("#member-email")).hasText(email);
        try (KeycloakUsers keycloak = new KeycloakUsers(portal.keycloakUrl())) {
            List<UserRepresentation> accounts = keycloak.withEmail(email);
            assertThat(accounts).hasSize(1);
            assertThat(keycloak.realmRoles(accounts.getFirst().getId())).contains("member");
            assertThat(accounts.getFirst().getAttributes()).containsKey("college");
        }
    }

    private void editProfileDownloadDataAndLeave(Texts texts, String email, String motivation) throws Exception {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(texts.profileLink()).setExact(true)).click();
        assertThat(page.locator("h1")).hasText(texts.profileLink());
        assertThat(accessibilityViolations(page)).as("profile").isEmpty();
        page.getByLabel(texts.displayNameLabel()).fill("Z. L.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(texts.save())).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(texts.saved());
        assertThat(page.getByLabel(texts.displayNameLabel())).hasValue("Z. L.");

        page.navigate(portal.baseUrl() + texts.memberArea());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(texts.myDataLink()).setExact(true)).click();
        assertThat(page.locator("h1")).hasText(texts.myDataLink());
        assertThat(accessibilityViolations(page)).as("my data").isEmpty();
        Download download = page.waitForDownload(() ->
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(texts.download())).click());
        String json = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"email\": \"" + email + "\"").contains(motivation).contains("\"displayName\": \"Z. L.\"");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(texts.delete())).click();
        assertThat(page.locator("form#delete")).containsText(texts.confirmRequired());
        assertThat(page).hasURL(portal.baseUrl() + texts.memberArea() + (texts == FRENCH ? "/mes-donnees" : "/my-data"));
        page.getByLabel(texts.confirmBox()).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(texts.delete())).click();
        assertThat(page).hasURL(portal.baseUrl() + texts.deletedPath());
        assertThat(page.locator("h1")).hasText(texts.deletedTitle());
        assertThat(accessibilityViolations(page)).as("account deleted").isEmpty();

        try (KeycloakUsers keycloak = new KeycloakUsers(portal.keycloakUrl())) {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!keycloak.withEmail(email).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(300);
            }
            assertThat(keycloak.withEmail(email)).as("the Keycloak account is removed").isEmpty();
        }
        page.navigate(portal.baseUrl() + texts.memberArea());
        assertThat(page.url()).as("signed out: the member area asks to sign in again").startsWith(portal.keycloakUrl());
    }

    /** People take a few seconds to fill the form; the portal drops faster submissions as automated. */
    private void submitLikeAPerson(String button) {
        page.waitForTimeout(PortalStack.MINIMUM_FILL_TIME.toMillis() + 200);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
    }

    private String confirmationLink(String text, String path) {
        Matcher link = Pattern.compile(Pattern.quote(portal.baseUrl() + path) + "\\?token=[A-Za-z0-9_-]{43}").matcher(text);
        assertThat(link.find()).as(text).isTrue();
        return link.group();
    }
}
