package fr.isoc.groupeiot.cms;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.isoc.groupeiot.testing.BrowserTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.isoc.groupeiot.testing.Browser.accessibilityViolations;
import static org.assertj.core.api.Assertions.assertThat;

/** Reading the CMS content as visitors do, in both languages, on the demo content: lists, items, tags, the switch. */
class ContentPagesBrowserIT extends BrowserTest {

    @Test
    void aVisitorFindsAGuideFromTheHomePageAndSwitchesToItsEnglishVersion() {
        visitor("fr-FR");
        page.navigate(portal.baseUrl() + "/fr/");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Navigation principale"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Guides")).click();
        assertThat(page).hasURL(portal.baseUrl() + "/fr/guides");
        assertThat(accessibilityViolations(page)).as("guides list").isEmpty();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sécuriser ses objets à la maison")).click();
        assertThat(page.locator("h1")).hasText("Sécuriser ses objets à la maison");
        assertThat(accessibilityViolations(page)).as("guide").isEmpty();

        page.locator("a.lang-switch").click();
        assertThat(page).hasURL(portal.baseUrl() + "/en/guides/securing-your-devices-at-home");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(accessibilityViolations(page)).as("English guide").isEmpty();
    }

    @Test
    void tagsNarrowTheListAndEveryPublicContentPagePassesAxe() {
        visitor("en-GB");
        page.navigate(portal.baseUrl() + "/en/guides/securing-your-devices-at-home");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("passwords")).first().click();
        assertThat(page).hasURL(portal.baseUrl() + "/en/guides?tag=passwords");
        assertThat(page.locator("main h2 a")).hasCount(1);
        assertThat(accessibilityViolations(page)).as("tag filter").isEmpty();

        for (String path : List.of("/en/news", "/fr/actualites", "/en/news/call-for-contributions", "/fr/actualites/appel-a-contributions",
                "/fr/mentions-legales", "/en/legal-notice", "/fr/politique-de-confidentialite", "/en/privacy-policy",
                "/fr/accessibilite", "/en/accessibility", "/fr/le-groupe-de-travail", "/en/about-the-working-group",
                "/en/guides/what-data-your-devices-collect", "/fr/guides/quelles-donnees-collectent-vos-objets")) {
            assertThat(page.navigate(portal.baseUrl() + path).status()).as(path).isEqualTo(200);
            assertThat(accessibilityViolations(page)).as(path).isEmpty();
        }
    }

    @Test
    void theHomePageShowsTheLatestNewsAndTheFooterLeadsToTheLegalPages() {
        visitor("fr-FR");
        page.navigate(portal.baseUrl() + "/fr/");
        assertThat(page.locator("main")).containsText("Appel à contributions");
        page.locator("footer").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Politique de confidentialité")).click();
        assertThat(page).hasURL(portal.baseUrl() + "/fr/politique-de-confidentialite");
        assertThat(page.locator("h1")).hasText("Politique de confidentialité");
    }
}
