package fr.isoc.groupeiot.platform.security;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import fr.isoc.groupeiot.testing.BrowserTest;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.isoc.groupeiot.testing.Browser.accessibilityViolations;
import static org.assertj.core.api.Assertions.assertThat;

/** Signing in and out through the real Keycloak, and what each role may open, in real Chromium. */
class SignInBrowserIT extends BrowserTest {

    @ParameterizedTest
    @CsvSource({
            "fr-FR, fr, member,  Marie Dubois, Se connecter, Espace membre, /fr/espace-membre, Membre, /fr/moderation, Accès refusé,  Se déconnecter, /en/my-account",
            "en-GB, en, member2, Thomas Leroy, Sign in,      My account,    /en/my-account,    Member, /en/moderation, Access denied, Sign out,       /fr/espace-membre"})
    void memberSignsInSeesTheirAccountIsKeptOutOfStaffAreasAndSignsOut(
            String locale, String lang, String username, String fullName, String signIn, String memberArea,
            String memberAreaPath, String roleName, String moderationPath, String forbidden, String signOut,
            String otherLanguagePath) {
        visitor(locale);
        page.navigate(portal.baseUrl() + "/" + lang + "/");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(signIn)).click();
        signInAtKeycloak(username);

        assertThat(page).hasURL(portal.baseUrl() + "/" + lang + "/");
        assertThat(page.locator(".signed-in-as")).hasText(fullName);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(memberArea)).click();
        assertThat(page).hasURL(portal.baseUrl() + memberAreaPath);
        assertThat(page.locator("#member-name")).hasText(fullName);
        assertThat(page.locator("#member-email")).hasText(username + "@groupe-iot.test");
        assertThat(page.locator("#member-roles")).hasText(roleName);
        assertThat(accessibilityViolations(page)).isEmpty();

        APIResponse forged = page.request().post(portal.baseUrl() + "/logout", RequestOptions.create()
                .setForm(FormData.create().set("csrf", "forged-by-another-site").set("lang", lang)).setMaxRedirects(0));
        assertThat(forged.status()).as("sign-out without the session's token is refused").isEqualTo(403);
        page.reload();
        assertThat(page.locator("#member-name")).hasText(fullName);

        page.locator(".lang-switch").click();
        assertThat(page).hasURL(portal.baseUrl() + otherLanguagePath);
        assertThat(page.locator("#member-name")).hasText(fullName);
        page.goBack();

        Response staffArea = page.navigate(portal.baseUrl() + moderationPath);
        assertThat(staffArea.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText(forbidden);
        assertThat(accessibilityViolations(page)).isEmpty();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(signOut)).click();
        assertThat(page).hasURL(portal.baseUrl() + "/" + lang + "/");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(signIn))).isVisible();

        page.navigate(portal.baseUrl() + memberAreaPath);
        assertThat(page.locator("#username")).isVisible();
        assertThat(page.url()).as("Keycloak asks for the password again: its session ended too")
                .startsWith(portal.keycloakUrl());
    }

    @Test
    void signInFromAnErrorPageLandsOnTheHomePageAndLastsAcrossLanguages() {
        visitor("en-GB");
        page.navigate(portal.baseUrl() + "/en/unknown-page");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in")).click();
        signInAtKeycloak("member2");

        assertThat(page).hasURL(portal.baseUrl() + "/en/");
        page.navigate(portal.baseUrl() + "/fr/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Espace membre")).click();
        assertThat(page).hasURL(portal.baseUrl() + "/fr/espace-membre");
    }

    @Test
    void adminReachesBothStaffAreasButNotTheMemberArea() {
        visitor("fr-FR");
        page.navigate(portal.baseUrl() + "/fr/admin");
        signInAtKeycloak("admin");

        assertThat(page).hasURL(portal.baseUrl() + "/fr/admin");
        assertThat(page.locator("h1")).hasText("Administration");
        assertThat(page.locator("#staff-name")).hasText("Claire Martin");
        assertThat(page.locator("#staff-roles")).containsText("Administrateur");
        assertThat(page.locator("#staff-roles")).containsText("Rédacteur");
        assertThat(page.locator("#staff-roles")).containsText("Modérateur");
        assertThat(accessibilityViolations(page)).isEmpty();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Modération")).click();
        assertThat(page).hasURL(portal.baseUrl() + "/fr/moderation");
        assertThat(page.locator("h1")).hasText("Modération");
        assertThat(accessibilityViolations(page)).isEmpty();

        assertThat(page.navigate(portal.baseUrl() + "/fr/espace-membre").status()).isEqualTo(403);
    }

    @Test
    void moderatorCannotOpenAdministration() {
        visitor("en-GB");
        page.navigate(portal.baseUrl() + "/en/moderation");
        signInAtKeycloak("moderator");

        assertThat(page).hasURL(portal.baseUrl() + "/en/moderation");
        assertThat(page.locator("#staff-roles")).hasText("Moderator");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Administration"))).hasCount(0);

        Response admin = page.navigate(portal.baseUrl() + "/en/admin");
        assertThat(admin.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("Access denied");
    }
}
