package fr.isoc.groupeiot.membership;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.isoc.groupeiot.testing.BrowserTest;
import fr.isoc.groupeiot.testing.IntegrationTestSession;
import fr.isoc.groupeiot.testing.MailSink;
import fr.isoc.groupeiot.testing.PortalStack;
import fr.isoc.groupeiot.testing.TestDatabase;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The join form's protections: traps for automated submissions, no account enumeration, a rate limit. */
class JoinProtectionIT extends BrowserTest {

    @Test
    void aFilledTrapFieldGetsTheUsualAnswerAndStoresNothing() throws Exception {
        String email = "trap." + UUID.randomUUID() + "@groupe-iot.test";
        fillValidForm(email);
        page.locator("#leaveEmpty").evaluate("field => field.value = 'https://spam.example'");
        submitAfter(PortalStack.MINIMUM_FILL_TIME.plusMillis(200));

        assertThat(page).hasURL(portal.baseUrl() + "/fr/adherer/envoyee");
        assertThat(applicationsFor(email)).isZero();
    }

    @Test
    void aSubmissionFasterThanAPersonGetsTheUsualAnswerAndStoresNothing() throws Exception {
        String email = "rapide." + UUID.randomUUID() + "@groupe-iot.test";
        fillValidForm(email);
        submitAfter(Duration.ZERO);

        assertThat(page).hasURL(portal.baseUrl() + "/fr/adherer/envoyee");
        assertThat(applicationsFor(email)).isZero();
    }

    @Test
    void aKnownAddressGetsTheSameAnswerAndAnEmailSayingSo() throws Exception {
        String email = "deja." + UUID.randomUUID() + "@groupe-iot.test";
        fillValidForm(email);
        submitAfter(PortalStack.MINIMUM_FILL_TIME.plusMillis(200));
        String firstAnswer = page.locator("main").innerText();
        MimeMessage confirmation = IntegrationTestSession.mail().awaitInbox(email, 1, Duration.ofSeconds(30)).getFirst();
        Matcher link = Pattern.compile("http://\\S+/fr/adherer/confirmation\\?token=\\S+").matcher(MailSink.text(confirmation));
        assertThat(link.find()).isTrue();
        page.navigate(link.group());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirmer mon adresse")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("confirmée");

        page.context().clearCookies();
        fillValidForm(email);
        submitAfter(PortalStack.MINIMUM_FILL_TIME.plusMillis(200));

        assertThat(page).hasURL(portal.baseUrl() + "/fr/adherer/envoyee");
        assertThat(page.locator("main").innerText()).isEqualTo(firstAnswer);
        List<MimeMessage> inbox = IntegrationTestSession.mail().awaitInbox(email, 2, Duration.ofSeconds(30));
        assertThat(inbox.get(1).getSubject()).isEqualTo("Votre demande d’adhésion est déjà enregistrée");
        assertThat(applicationsFor(email)).isEqualTo(1);
    }

    @Test
    void tooManySubmissionsFromOneAddressGetATranslatedPageWithStatus429() throws Exception {
        // Its own client address (127.0.0.9), so that the other tests' submissions from 127.0.0.1 are not counted.
        HttpClient client = HttpClient.newBuilder()
                .localAddress(InetAddress.getByName("127.0.0.9"))
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String form = client.send(HttpRequest.newBuilder(URI.create(portal.baseUrl() + "/fr/adherer")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String viewState = find(form, "name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]+)\"");
        String nonce = find(form, "PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
        Thread.sleep(PortalStack.MINIMUM_FILL_TIME.plusMillis(200).toMillis());

        String lastLocation = null;
        for (int i = 0; i <= PortalStack.FORM_RATE_LIMIT; i++) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("join", "join");
            fields.put("kind", "PERSON");
            fields.put("firstName", "Jean");
            fields.put("lastName", "Dupont");
            fields.put("email", "limite." + UUID.randomUUID() + "@groupe-iot.test");
            fields.put("country", "France");
            fields.put("college", "industry");
            fields.put("motivation", "Une motivation qui dépasse largement vingt caractères.");
            fields.put("language", "fr");
            fields.put("consent", "on");
            fields.put("leaveEmpty", "");
            fields.put("send", "");
            fields.put("jakarta.faces.ViewState", viewState);
            fields.put("primefaces.nonce", nonce);
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(portal.baseUrl() + "/fr/adherer"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("submission " + (i + 1)).isEqualTo(302);
            lastLocation = response.headers().firstValue("Location").orElseThrow();
            if (i < PortalStack.FORM_RATE_LIMIT) {
                assertThat(lastLocation).endsWith("/fr/adherer/envoyee");
            }
        }

        assertThat(lastLocation).endsWith("/fr/adherer/trop-de-demandes");
        HttpResponse<String> limited = client.send(HttpRequest.newBuilder(URI.create(lastLocation)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.body()).contains("Trop de demandes").contains("lang=\"fr\"");
    }

    private void fillValidForm(String email) {
        visitor("fr-FR");
        page.navigate(portal.baseUrl() + "/fr/adherer");
        page.getByLabel("Prénom").fill("Camille");
        page.locator("#lastName").fill("Roux");
        page.getByLabel("Adresse électronique").fill(email);
        page.getByLabel("Pays").fill("France");
        page.getByLabel("Votre motivation").fill("Je travaille sur la sécurité des objets connectés depuis dix ans.");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(Pattern.compile("^Recherche"))).check();
        page.getByLabel(Pattern.compile("^J’accepte que le groupe traite")).check();
    }

    private void submitAfter(Duration wait) {
        page.waitForTimeout(wait.toMillis());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer ma demande")).click();
    }

    private static long applicationsFor(String email) throws Exception {
        TestDatabase database = portal.database();
        assumeTrue(database.isPostgres(), "counting stored applications needs the portal's PostgreSQL database");
        try (Connection connection = database.connect();
             PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM membership_application WHERE email = ?")) {
            count.setString(1, email);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static String find(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        assertThat(matcher.find()).as(regex).isTrue();
        return matcher.group(1);
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), UTF_8) + "=" + URLEncoder.encode(e.getValue(), UTF_8))
                .collect(Collectors.joining("&"));
    }
}
