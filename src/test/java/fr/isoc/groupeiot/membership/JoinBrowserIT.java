package fr.isoc.groupeiot.membership;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.isoc.groupeiot.testing.BrowserTest;
import fr.isoc.groupeiot.testing.IntegrationTestSession;
import fr.isoc.groupeiot.testing.MailSink;
import fr.isoc.groupeiot.testing.PortalStack;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.isoc.groupeiot.testing.Browser.accessibilityViolations;
import static org.assertj.core.api.Assertions.assertThat;

/** Joining the group as the public does it: the form (with mistakes first), the e-mail, the confirmation. */
class JoinBrowserIT extends BrowserTest {

    private static final Duration MAIL_TIMEOUT = Duration.ofSeconds(30);

    @Test
    void personAppliesInFrenchCorrectsMistakesAndConfirmsByEmail() throws Exception {
        String email = "elodie." + UUID.randomUUID() + "@groupe-iot.test";
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
        page.locator("#lastName").fill("Martin-Ségur");
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
    }

    @Test
    void organisationAppliesInEnglishWithItsSirenChecked() throws Exception {
        String email = "zoe." + UUID.randomUUID() + "@groupe-iot.test";
        visitor("en-GB");
        page.navigate(portal.baseUrl() + "/en/join");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("on behalf of an organisation")).check();
        assertThat(page.getByLabel("Name of the organisation")).isVisible();

        page.getByLabel("Name of the organisation").fill("Maison du Numérique");
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
        assertThat(page.getByLabel("Name of the organisation")).hasValue("Maison du Numérique");
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
