package fr.isoc.groupeiot.testing;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern ID_PARAMETER = Pattern.compile("[?&]id=(\\d+)");

    /** A new visitor opens {@code path}, signs in at Keycloak with a demo account and is back on that page. */
    protected void signIn(String locale, String path, String account) {
        visitor(locale);
        page.navigate(portal.baseUrl() + path);
        signInAtKeycloak(account);
        assertThat(page).hasURL(portal.baseUrl() + path);
    }

    /** The button with exactly this accessible name. */
    protected static Locator button(Page on, String name) {
        return on.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The {@code id} query parameter of a back-office address, e.g. an item's after its first save. */
    protected static long idIn(String url) {
        Matcher matcher = ID_PARAMETER.matcher(url);
        assertThat(matcher.find()).as("an id in " + url).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
