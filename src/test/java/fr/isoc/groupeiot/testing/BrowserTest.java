package fr.isoc.groupeiot.testing;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Base of the browser tests: the shared portal, one Chromium per class, a fresh visitor per test. */
public abstract class BrowserTest {

    protected static PortalStack portal;
    private static Browser browser;
    protected Page page;

    @BeforeAll
    static void startPortalAndBrowser() {
        // A cold Keycloak sign-in on two busy cores can take longer than Playwright's 5 s default.
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        portal = PortalStack.get();
        browser = Browser.launch();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @AfterEach
    void closeVisitor() {
        if (page != null) {
            page.context().close();
        }
    }

    /** Fills Keycloak's sign-in form (the page must be showing it) with a demo account: password "dev-" + username. */
    protected void signInAtKeycloak(String username) {
        assertThat(page.locator("#username")).isVisible();
        assertThat(page.url()).startsWith(portal.keycloakUrl() + "/realms/groupe-iot/");
        page.locator("#username").fill(username);
        page.locator("#password").fill("dev-" + username);
        page.locator("#kc-login").click();
    }

    /** A new visitor (no cookies) whose browser prefers the given locale, e.g. {@code fr-FR}. */
    protected Page visitor(String locale) {
        page = browser.newVisitor(locale);
        return page;
    }
}
