package fr.isoc.groupeiot.membership;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.isoc.groupeiot.testing.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.isoc.groupeiot.testing.Browser.accessibilityViolations;
import static org.assertj.core.api.Assertions.assertThat;

/** The public member directory, as a visitor uses it, on the demo members the stack loads. */
class DirectoryBrowserIT extends BrowserTest {

    @Test
    void listsConsentingMembersByCollegeWithFoundingMembersMarked() {
        visitor("fr-FR");
        page.navigate(portal.baseUrl() + "/fr/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Membres").setExact(true)).click();
        assertThat(page).hasURL(portal.baseUrl() + "/fr/membres");
        assertThat(accessibilityViolations(page)).isEmpty();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Secteur public"))).isVisible();
        assertThat(page.locator("li", new Page.LocatorOptions().setHasText("ANSSI"))).containsText("Membre fondateur");
        assertThat(page.locator("li", new Page.LocatorOptions().setHasText("Camille Martin"))).not().containsText("Membre fondateur");
        assertThat(page.locator("main")).not().containsText("Domotique Discrète SAS");
        assertThat(page.locator("main")).not().containsText("Noah Fournier");
    }

    @Test
    void filtersByCollegeAndNameInEnglish() {
        visitor("en-GB");
        page.navigate(portal.baseUrl() + "/en/members");
        page.getByLabel("College").selectOption("industry");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/en/members\\?college=industry.*"));
        assertThat(page.locator("main")).containsText("Nokia");
        assertThat(page.locator("main")).not().containsText("ANSSI");
        assertThat(accessibilityViolations(page)).as("filtered").isEmpty();

        // Organisations are found by their name, not by their representative's (all demo ones are "Contact …").
        page.navigate(portal.baseUrl() + "/en/members?name=contact");
        assertThat(page.locator("main")).not().containsText("ANSSI");

        page.navigate(portal.baseUrl() + "/en/members?name=camille+MAR");
        assertThat(page.locator("main")).containsText("Camille Martin");

        page.navigate(portal.baseUrl() + "/en/members?name=QUADRATURE");
        assertThat(page.locator("main")).containsText("La Quadrature du Net");
        assertThat(page.locator("main")).not().containsText("Nokia");

        assertThat(page.navigate(portal.baseUrl() + "/en/members?name=%25_%21&college=nonsense&page=-3").status()).isEqualTo(200);
        assertThat(page.locator("main")).not().containsText("Nokia");
        assertThat(accessibilityViolations(page)).as("no result").isEmpty();
    }
}
