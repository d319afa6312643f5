package fr.isoc.groupeiot.press;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import fr.isoc.groupeiot.testing.BrowserTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.isoc.groupeiot.testing.Browser.accessibilityViolations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The press room in the browser: a journalist's path in each language (list, release, PDF, vCards, press kit ZIP,
 * every download read back), and an embargoed release set up by editors that goes public on time, not a second before.
 */
class PressBrowserIT extends BrowserTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fr-FR | /fr/presse | Espace presse | L’Internet Society lance en France un groupe de travail sur la sécurité des objets connectés | Paris, 8 janvier 2019 | Télécharger le communiqué en PDF | Tous les contacts presse | Kit presse
            en-GB | /en/press  | Press room    | Internet Society launches an IoT security working group in France | Paris, January 8, 2019 | Download the release as PDF | All media contacts | Press kit
            """)
    void aJournalistReadsAReleaseAndTakesItsPdfTheContactsAndThePressKit(String locale, String room, String roomTitle, String release,
                                                                       String dateline, String pdfLink, String allContacts,
                                                                       String kit) throws Exception {
        visitor(locale);
        page.navigate(portal.baseUrl() + room);
        assertThat(page.locator("h1")).hasText(roomTitle);
        assertThat(accessibilityViolations(page)).as("press room").isEmpty();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(release).setExact(true)).click();
        assertThat(page.locator("h1")).hasText(release);
        assertThat(page.locator("#release-dateline")).hasText(dateline);
        assertThat(accessibilityViolations(page)).as("release").isEmpty();

        byte[] pdf = bytes(page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(pdfLink)).click()));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            assertThat(stripper.getText(document).replaceAll("\\s+", " ")).contains(release).contains(dateline);
        }

        Locator firstCard = page.locator(".release-contacts .press-contact-card a").first();
        List<VCard> one = Ezvcard.parse(new String(bytes(page.waitForDownload(firstCard::click)), StandardCharsets.UTF_8)).all();
        assertThat(one).hasSize(1);
        assertThat(one.getFirst().getVersion()).isEqualTo(VCardVersion.V4_0);
        assertThat(page.locator(".release-contacts .press-contact-name").first()).containsText(one.getFirst().getFormattedName().getValue());

        page.navigate(portal.baseUrl() + room);
        Locator all = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^" + allContacts)));
        List<VCard> cards = Ezvcard.parse(new String(bytes(page.waitForDownload(all::click)), StandardCharsets.UTF_8)).all();
        assertThat(cards).hasSize(page.locator("#press-contacts .press-contact").count()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(cards).allMatch(card -> card.getEmails().getFirst().getValue().endsWith(".test"));

        page.locator(".press-tools").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(kit).setExact(true)).click();
        assertThat(page.locator("h1")).containsText(kit);
        assertThat(accessibilityViolations(page)).as("press kit").isEmpty();
        byte[] zip = bytes(page.waitForDownload(() -> page.locator("#kit-zip").click()));
        List<String> names = new ArrayList<>();
        String credits = null;
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                names.add(entry.getName());
                byte[] content = entries.readAllBytes();
                if (entry.getName().toUpperCase().contains("CREDITS")) {
                    credits = new String(content, StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(names).anyMatch(n -> n.endsWith(".svg") || n.endsWith(".png")).anyMatch(n -> n.endsWith(".pdf"));
        assertThat(credits).isNotBlank();
    }

    @Test
    void anEmbargoedReleaseAppearsOnTimeAndNotASecondBefore() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String title = "Annonce sous embargo " + tag;
        visitor("fr-FR");
        page.navigate(portal.baseUrl() + "/fr/redaction/contenu?type=PRESS_RELEASE&lang=fr");
        signInAtKeycloak("editor");
        assertThat(page.locator("h1")).hasText("Nouveau communiqué de presse en français");
        page.getByLabel(Pattern.compile("^Titre")).fill(title);
        page.locator("#body .ql-editor").fill("Le groupe annonce ses premières recommandations.");
        button(page, "Enregistrer").click();
        assertThat(page.locator("div[role=status]")).containsText("Enregistré (révision 1)");
        long id = idIn(page.url());
        String slug = page.getByLabel("Adresse (slug)").inputValue();

        page.navigate(portal.baseUrl() + "/fr/redaction/communique?id=" + id);
        assertThat(accessibilityViolations(page)).as("release settings, French").isEmpty();
        page.getByLabel("Lieu de la ligne de date").fill("Lyon");
        button(page, "Enregistrer").click();
        assertThat(page.locator("div[role=status]")).containsText("Les réglages du communiqué sont enregistrés.");

        // The embargo ends in ~75 s, to the second (Paris time): time enough for the admin to publish meanwhile.
        Instant end = Instant.now().plusSeconds(75).truncatedTo(ChronoUnit.SECONDS);
        ZonedDateTime paris = end.atZone(ZoneId.of("Europe/Paris"));
        page.locator("#embargoDate").fill(paris.format(DateTimeFormatter.ISO_LOCAL_DATE));
        page.locator("#embargoTime").fill(paris.format(DateTimeFormatter.ofPattern("HH:mm:ss")));
        button(page, "Placer sous embargo").click();
        assertThat(page.locator("div[role=status]")).containsText("L’embargo est enregistré.");
        assertThat(page.locator("#embargo-state")).containsText("Sous embargo jusqu’au");

        Page admin = anotherVisitor("fr-FR");
        try {
            admin.navigate(portal.baseUrl() + "/fr/redaction/contenu?id=" + id);
            signInAtKeycloak(admin, "admin", "dev-admin");
            button(admin, "Publier maintenant").click();
            assertThat(admin.locator("div[role=status]")).containsText("Le contenu est publié.");
            admin.navigate(portal.baseUrl() + "/fr/redaction?type=PRESS_RELEASE");
            assertThat(admin.locator("tr", new Page.LocatorOptions().setHasText(title))).containsText("Sous embargo jusqu’au");
        } finally {
            admin.context().close();
        }

        String path = "/fr/presse/" + slug;
        assertThat(status(path)).as("published but under embargo").isEqualTo(404);
        assertThat(body("/fr/presse")).doesNotContain(title);
        // Until the last second before the end, nothing; then, at once.
        while (Instant.now().isBefore(end.minusMillis(1200))) {
            assertThat(status(path)).as("before " + end + " at " + Instant.now()).isEqualTo(404);
            assertThat(status(path + ".pdf")).isEqualTo(404);
            Thread.sleep(1000);
        }
        while (Instant.now().isBefore(end)) {
            Thread.sleep(50);
        }
        Instant deadline = end.plusSeconds(3);
        int status = status(path);
        while (status != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            status = status(path);
        }
        assertThat(status).as("public within a moment of " + end).isEqualTo(200);

        page.context().clearCookies();
        page.navigate(portal.baseUrl() + "/fr/presse");
        assertThat(page.locator("#release-list")).containsText(title);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title).setExact(true)).click();
        assertThat(page.locator("#release-dateline")).containsText("Lyon, ");
        assertThat(status(path + ".pdf")).isEqualTo(200);
        assertThat(body("/fr/presse/flux.atom")).contains(title);
    }

    @Test
    void theReleaseSettingsPassAxeInEnglish() {
        signIn("en-GB", "/en/editorial?type=PRESS_RELEASE&lang=en", "editor");
        String title = "Internet Society launches an IoT security working group in France";
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
        assertThat(page.locator("h1")).hasText(title);
        page.locator("#release-settings").click();
        assertThat(page.locator("h1")).containsText("Release settings");
        assertThat(page).hasURL(Pattern.compile(".*/en/editorial/release\\?id=\\d+$"));
        assertThat(accessibilityViolations(page)).as("release settings, English").isEmpty();
        assertThat(page.navigate(portal.baseUrl() + "/en/editorial/release?id=999999999").status()).isEqualTo(404);
    }

    /**
     * What a download link gave: the browser started a download (an attachment with a file name), and its bytes are
     * fetched again in the same browser context (the stack's headless Chromium sometimes reports a finished download
     * as canceled; the dev run's does not).
     */
    private byte[] bytes(Download download) {
        assertThat(download.suggestedFilename()).as("file name of " + download.url()).matches(".+\\.(pdf|vcf|zip)$");
        download.cancel();
        APIResponse response = page.request().get(download.url());
        assertThat(response.status()).as(download.url()).isEqualTo(200);
        return response.body();
    }

    private static int status(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(portal.baseUrl() + path)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String body(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(portal.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }
}
