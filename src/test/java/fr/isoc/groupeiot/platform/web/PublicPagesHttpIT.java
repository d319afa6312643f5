package fr.isoc.groupeiot.platform.web;

import fr.isoc.groupeiot.testing.PortalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static fr.isoc.groupeiot.testing.PortalHttp.get;
import static fr.isoc.groupeiot.testing.PortalHttp.send;

/** Black-box tests over HTTP against the built WAR running in Payara Micro. */
class PublicPagesHttpIT {

    private static PortalStack portal;

    @BeforeAll
    static void startPortal() {
        portal = PortalStack.get();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            '',                                 '',         /fr/
            'en-GB,en;q=0.9',                   '',         /en/
            'de-DE,de;q=0.9,en;q=0.5,fr;q=0.4', '',         /en/
            'de-DE,fr;q=0.8,en;q=0.3',          '',         /fr/
            'es',                               '',         /fr/
            'not a header;;;',                  '',         /fr/
            'en',                               'lang=fr',  /fr/
            'fr',                               'lang=en',  /en/
            """)
    void rootSendsVisitorsToTheRememberedThenAcceptedThenFrenchHomePage(String acceptLanguage, String cookie,
                                                                        String expected) throws Exception {
        HttpRequest.Builder request = get("/");
        if (!acceptLanguage.isEmpty()) {
            request.header("Accept-Language", acceptLanguage);
        }
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        HttpResponse<String> response = send(request);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue(portal.baseUrl() + expected);
        assertThat(response.headers().firstValue("Vary").orElse("")).contains("Accept-Language");
    }

    @ParameterizedTest
    @CsvSource({"fr, en, 'Des objets connectés sûrs', 'Secteur public'",
            "en, fr, 'Connected objects that are secure', 'Public sector'"})
    void homePageExistsInEachLanguageWithLangAlternatesAndCanonical(String lang, String other, String heading,
                                                                    String college) throws Exception {
        HttpResponse<String> response = send(get("/" + lang + "/"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("text/html"));
        String html = response.body();
        assertThat(html).contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + lang + "\"");
        assertThat(html).contains("<link rel=\"canonical\" href=\"" + portal.baseUrl() + "/" + lang + "/\"");
        assertThat(html).contains("<link rel=\"alternate\" hreflang=\"fr\" href=\"" + portal.baseUrl() + "/fr/\"");
        assertThat(html).contains("<link rel=\"alternate\" hreflang=\"en\" href=\"" + portal.baseUrl() + "/en/\"");
        assertThat(html).contains("href=\"/" + other + "/\" hreflang=\"" + other + "\"");
        assertThat(html).contains(heading).contains(college);
        assertThat(html).doesNotContain("???");
    }

    @Test
    void datesAndNumbersFollowTheLanguage() throws Exception {
        String french = send(get("/fr/")).body();
        String english = send(get("/en/")).body();

        // French groups digits and spaces percent signs with (narrow) no-break spaces.
        assertThat(french).contains("8 janvier 2019").containsPattern("76[\\u00a0\\u202f]%")
                .containsPattern("1[\\u00a0\\u202f]027 adultes").contains("20,4 milliards");
        assertThat(english).contains("January 8, 2019").contains("76%").contains("1,027 adults")
                .contains("20.4 billion");
    }

    @Test
    void anonymousVisitorsGetNoSessionSoPublicPagesStayCacheable() throws Exception {
        for (String path : new String[]{"/fr/", "/en/", "/fr/page-inconnue"}) {
            HttpResponse<String> response = send(get(path).header("Cookie", "lang=" + path.substring(1, 3)));
            assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void remembersTheLanguageOnlyWhenItChanges() throws Exception {
        assertThat(send(get("/en/")).headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("lang=en;").contains("HttpOnly").contains("SameSite=Lax"));
        assertThat(send(get("/en/").header("Cookie", "lang=en")).headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void pagesCarrySecurityHeadersAndANonceBasedContentSecurityPolicy() throws Exception {
        HttpResponse<String> response = send(get("/fr/"));

        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
        assertThat(response.headers().allValues("Content-Security-Policy")).hasSize(1);
        String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("frame-ancestors 'none'").contains("object-src 'none'").contains("base-uri 'self'")
                .contains("form-action 'self' " + portal.keycloakUrl()).doesNotContain("'unsafe-inline' 'nonce")
                .doesNotContain("script-src 'self' 'unsafe-inline'");
        Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]+)'").matcher(csp);
        assertThat(nonce.find()).as(csp).isTrue();
        assertThat(response.body()).contains("<script nonce=\"" + nonce.group(1) + "\"");
        assertThat(response.body()).doesNotContainPattern("<script(?![^>]*nonce)[^>]*>[^<]+</script>");
    }

    @Test
    void knowsItIsServedOverHttpsBehindATlsTerminatingProxy() throws Exception {
        HttpResponse<String> page = send(get("/fr/").header("X-Forwarded-Proto", "https"));
        HttpResponse<String> redirect = send(get("/").header("X-Forwarded-Proto", "https").header("Accept-Language", "en"));

        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000; includeSubDomains");
        assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .startsWith("https://").endsWith("/en/"));
    }

    @Test
    void firstVisitGetsOnlyTheLanguageCookieAndNoSession() throws Exception {
        assertThat(send(get("/fr/")).headers().allValues("Set-Cookie"))
                .singleElement().satisfies(cookie -> assertThat(cookie).startsWith("lang=fr;"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/jakarta.faces.resource/groupe-iot/logo.svg.xhtml?ln=themes"})
    void responsesThatAreNotPagesGetAStrictPolicy(String path) throws Exception {
        HttpResponse<String> response = send(get(path));

        assertThat(response.statusCode()).isIn(200, 302);
        assertThat(response.headers().allValues("Content-Security-Policy")).containsExactly(ContentSecurityPolicy.NON_PAGE_POLICY);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @ParameterizedTest
    @CsvSource({"/fr/page-inconnue, fr, Page introuvable", "/en/unknown-page, en, Page not found",
            "/fr/espace-membre/inconnu/../../x, fr, Page introuvable", "/en/my-account-typo, en, Page not found"})
    void unknownUrlsGetATranslated404(String path, String lang, String title) throws Exception {
        HttpResponse<String> response = send(get(path));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("lang=\"" + lang + "\"").contains(title)
                .contains("<meta name=\"robots\" content=\"noindex, nofollow\"");
    }

    @ParameterizedTest
    @CsvSource({"fr, Page introuvable", "en, Page not found"})
    void unknownUrlsOutsideALanguageFollowTheVisitorsLanguage(String lang, String title) throws Exception {
        HttpResponse<String> response = send(get("/no-such-thing").header("Accept-Language", lang));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("lang=\"" + lang + "\"").contains(title);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/fr/espace-membre", "/en/my-account", "/fr/moderation", "/en/moderation", "/fr/admin",
            "/en/admin", "/fr/admin/", "/login?return=/fr/"})
    void protectedAreasSendAnonymousVisitorsToKeycloak(String path) throws Exception {
        HttpResponse<String> response = send(get(path));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .startsWith(portal.keycloakUrl() + "/realms/groupe-iot/protocol/openid-connect/auth?")
                .contains("client_id=groupe-iot-portal"));
    }

    @Test
    void signOutIsAPostOnly() throws Exception {
        HttpResponse<String> get = send(get("/logout"));
        HttpResponse<String> anonymousPost = send(HttpRequest.newBuilder(URI.create(portal.baseUrl() + "/logout"))
                .POST(HttpRequest.BodyPublishers.ofString("lang=en"))
                .header("Content-Type", "application/x-www-form-urlencoded"));

        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(anonymousPost.statusCode()).isEqualTo(302);
        assertThat(anonymousPost.headers().firstValue("Location")).hasValue(portal.baseUrl() + "/en/");
    }

    @Test
    void reportsReadinessAndLiveness() throws Exception {
        HttpResponse<String> ready = send(get("/health/ready"));
        HttpResponse<String> live = send(get("/health/live"));

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"").contains("\"name\":\"database\"")
                .contains("\"pendingMigrations\":\"0\"");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void viewsCannotBeOpenedDirectly() throws Exception {
        assertThat(send(get("/WEB-INF/views/home.xhtml")).statusCode()).isEqualTo(404);
        assertThat(send(get("/WEB-INF/views/member/area.xhtml")).statusCode()).isEqualTo(404);
    }
}
