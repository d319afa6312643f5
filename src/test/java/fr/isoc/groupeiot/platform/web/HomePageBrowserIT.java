package fr.isoc.groupeiot.platform.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.isoc.groupeiot.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.isoc.groupeiot.testing.Browser.accessibilityViolations;
import static org.assertj.core.api.Assertions.assertThat;

/** The public home page in real Chromium, as a visitor uses it, in both languages. */
class HomePageBrowserIT extends BrowserTest {

    @ParameterizedTest
    @CsvSource({"fr-FR, fr", "en-GB, en"})
    void homePageHasNoAccessibilityViolations(String locale, String lang) {
        visitor(locale);
        page.navigate(portal.baseUrl() + "/");

        assertThat(page).hasURL(portal.baseUrl() + "/" + lang + "/");
        assertThat(page.locator("html")).hasAttribute("lang", lang);
        assertThat(accessibilityViolations(page)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"fr-FR, fr, en, English, Connected objects that are secure",
            "en-GB, en, fr, Français, Des objets connectés sûrs"})
    void languageSwitchLeadsToTheSamePageInTheOtherLanguage(String locale, String lang, String other, String switchText,
                                                            String otherHeading) {
        visitor(locale);
        page.navigate(portal.baseUrl() + "/" + lang + "/");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(switchText)).click();

        assertThat(page).hasURL(portal.baseUrl() + "/" + other + "/");
        assertThat(page.locator("h1")).containsText(otherHeading);
        page.navigate(portal.baseUrl() + "/");
        assertThat(page).hasURL(portal.baseUrl() + "/" + other + "/");
    }

    @ParameterizedTest
    @CsvSource({"fr-FR, fr, Aller au contenu", "en-GB, en, Skip to content"})
    void skipLinkIsTheFirstStopAndMovesFocusToTheContent(String locale, String lang, String skipText) {
        visitor(locale);
        page.navigate(portal.baseUrl() + "/" + lang + "/");

        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasText(skipText);
        assertThat(page.locator(":focus")).isInViewport();
        page.keyboard().press("Enter");

        assertThat(page).hasURL(portal.baseUrl() + "/" + lang + "/#content");
        assertThat(page.locator(":focus")).hasId("content");
    }

    @ParameterizedTest
    @CsvSource({"fr-FR, fr, Contraste renforcé", "en-GB, en, High contrast"})
    void highContrastIsRememberedAndStillAccessible(String locale, String lang, String toggleText) {
        visitor(locale);
        page.navigate(portal.baseUrl() + "/" + lang + "/");
        var toggle = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(toggleText));
        assertThat(toggle).hasAttribute("aria-pressed", "false");

        toggle.click();

        assertThat(page.locator("html")).hasClass(java.util.regex.Pattern.compile("high-contrast"));
        assertThat(toggle).hasAttribute("aria-pressed", "true");
        page.reload();
        assertThat(page.locator("html")).hasClass(java.util.regex.Pattern.compile("high-contrast"));
        assertThat(page.locator("#contrast-toggle")).hasAttribute("aria-pressed", "true");
        assertThat(accessibilityViolations(page)).isEmpty();

        page.locator("#contrast-toggle").click();
        page.reload();
        assertThat(page.locator("html")).not().hasClass(java.util.regex.Pattern.compile("high-contrast"));
    }

    @Test
    void errorPagesAreAccessibleAndLeadBackHome() {
        visitor("fr-FR");
        var response = page.navigate(portal.baseUrl() + "/fr/page-inconnue");

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Page introuvable");
        assertThat(accessibilityViolations(page)).isEmpty();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Retour à l’accueil")).click();
        assertThat(page).hasURL(portal.baseUrl() + "/fr/");
    }
}
