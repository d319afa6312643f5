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
        signInAtKeycloak(username, "dev-" + username);
    }

    /** Fills Keycloak's sign-in form (the page must be showing it) with any account's username and password. */
    protected void signInAtKeycloak(String username, String password) {
        signInAtKeycloak(page, username, password);
    }

    protected static void signInAtKeycloak(Page on, String username, String password) {
        assertThat(on.locator("#username")).isVisible();
        assertThat(on.url()).startsWith(portal.keycloakUrl() + "/realms/groupe-iot/");
        on.locator("#username").fill(username);
        on.locator("#password").fill(password);
        on.locator("#kc-login").click();
    }

    /**
     * A second person at the same time (e.g. the admin who decides while the applicant waits), in a browser
     * context of their own; the caller closes it ({@code page.context().close()}).
     */
    protected static Page anotherVisitor(String locale) {
        return browser.newVisitor(locale);
    }

    /** A new visitor (no cookies) whose browser prefers the given locale, e.g. {@code fr-FR}. */
    protected Page visitor(String locale) {
        page = browser.newVisitor(locale);
        return page;
    }
}
