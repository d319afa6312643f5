package fr.isoc.groupeiot.press;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import fr.isoc.groupeiot.testing.PortalHttp;
import fr.isoc.groupeiot.testing.PortalStack;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static fr.isoc.groupeiot.testing.PortalHttp.get;
import static fr.isoc.groupeiot.testing.PortalHttp.send;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The press room over HTTP, on the demo releases the stack loads: list by year, release pages, PDFs (their text read
 * back with PDFBox), feeds (read back with ROME); and an embargoed release that no route shows before its time.
 */
class PressRoomHttpIT {

    private static PortalStack portal;

    @BeforeAll
    static void startPortal() {
        portal = PortalStack.get();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /fr/presse | fr | Recommandations sur la sécurité des objets connectés : le groupe de travail ouvre son appel à contributions | L’Internet Society lance en France un groupe de travail sur la sécurité des objets connectés | 8 janvier 2019
            /en/press  | en | IoT security recommendations: the working group opens its call for contributions | Internet Society launches an IoT security working group in France | January 8, 2019
            """)
    void thePressRoomListsReleasesNewestFirstWithTheirDateLine(String path, String lang, String newer, String older, String dateline)
            throws Exception {
        HttpResponse<String> response = send(get(path));

        assertThat(response.statusCode()).isEqualTo(200);
        String body = response.body();
        assertThat(body).contains(" lang=\"" + lang + "\"><head").contains(newer).contains(older).contains("Paris, <time").contains(dateline);
        assertThat(body.indexOf(newer)).as("newest first").isLessThan(body.indexOf(older));
        assertThat(body).contains("type=\"application/atom+xml\"").contains(".pdf\"").contains("contacts.vcf");
        assertThat(send(get(path + "?year=2019")).body()).contains(older);
        assertThat(send(get(path + "?year=1999")).body()).as("a year without releases shows all").contains(older);
        assertThat(send(get(path + "?year=%27%3B--&page=-3")).statusCode()).isEqualTo(200);
    }

    @Test
    void thePressRoomIsCacheableAndRevalidatesWithA304() throws Exception {
        HttpResponse<String> first = send(get("/en/press?year=2019"));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, no-cache");
        assertThat(first.headers().firstValue("Last-Modified")).isPresent();

        assertThat(send(get("/en/press?year=2019").header("If-None-Match", etag)).statusCode()).isEqualTo(304);
        assertThat(send(get("/en/press").header("If-None-Match", etag)).statusCode()).as("another list").isEqualTo(200);
    }

    @Test
    void aReleasePageHasItsDateLineAboutContactsAndPdfAndItsTranslation() throws Exception {
        HttpResponse<String> response = send(get("/fr/presse/lancement-du-groupe-de-travail-iot"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Paris, <time").contains("8 janvier 2019").contains("À propos")
                .contains("Contacts presse").contains("/fr/presse/lancement-du-groupe-de-travail-iot.pdf")
                .contains("hreflang=\"en\" href=\"" + portal.baseUrl() + "/en/press/iot-security-working-group-launched\"");
        assertThat(response.headers().firstValue("ETag")).isPresent();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /fr/presse/lancement-du-groupe-de-travail-iot.pdf  | L’Internet Society lance en France | Paris, 8 janvier 2019 | À propos
            /en/press/iot-security-working-group-launched.pdf | Internet Society launches an IoT security working group | Paris, January 8, 2019 | About
            """)
    void everyReleaseDownloadsAsAPdfInItsLanguage(String path, String title, String dateline, String about) throws Exception {
        HttpResponse<byte[]> response = PortalHttp.CLIENT.send(get(path).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;").contains(".pdf");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains(title).contains(dateline).contains(about).contains("AFNIC").contains("OpinionWay");
        }
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertThat(PortalHttp.CLIENT.send(get(path).header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(304);
        assertThat(send(get(path.replace("lancement", "inconnu").replace("launched", "unknown"))).statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /fr/presse/flux.atom | fr | /fr/presse/lancement-du-groupe-de-travail-iot | À propos
            /en/press/feed.atom  | en | /en/press/iot-security-working-group-launched  | About
            """)
    void theReleaseFeedIsValidAtomWithFullContent(String path, String lang, String entry, String about) throws Exception {
        HttpResponse<String> response = send(get(path));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");

        SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getLanguage()).isEqualTo(lang);
        SyndEntry launch = feed.getEntries().stream().filter(e -> e.getLink().equals(portal.baseUrl() + entry)).findFirst().orElseThrow();
        assertThat(launch.getContents().getFirst().getValue()).contains("OpinionWay").contains(about).contains("Paris");
    }

    @Test
    void anEmbargoedReleaseLeaksByNoRouteAndIsPublicTheMomentItEnds() throws Exception {
        assumeTrue(portal.database().isPostgres(), "rows are arranged with SQL in the stack's PostgreSQL");
        String word = "zephyrembargo" + UUID.randomUUID().toString().substring(0, 6);
        String slug = "communique-sous-embargo-" + word;
        String sha = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
        long item;
        try (Connection db = portal.database().connect()) {
            try (PreparedStatement release = db.prepareStatement("""
                    INSERT INTO content_item (id, translation_group, content_type, language, slug, title, body_html, body_text, search_text,
                        status, published_at, embargo_until, updated_at, created_by, created_at, ever_published, version)
                    VALUES (nextval('content_item_seq'), ?, 'PRESS_RELEASE', 'fr', ?, ?, ?, ?, ?, 'PUBLISHED',
                        now() + interval '1 hour', now() + interval '1 hour', now(), 'alice', now(), TRUE, 1)
                    RETURNING id""")) {
                release.setString(1, word);
                release.setString(2, slug);
                release.setString(3, "Annonce sous embargo " + word);
                release.setString(4, "<p>Texte secret " + word + "</p>");
                release.setString(5, "Texte secret " + word);
                release.setString(6, "annonce sous embargo texte secret " + word);
                try (ResultSet row = release.executeQuery()) {
                    row.next();
                    item = row.getLong(1);
                }
            }
            try (PreparedStatement file = db.prepareStatement("""
                    INSERT INTO media_file (id, sha256, media_type, size_bytes, original_name, uploaded_by, uploaded_at, version)
                    VALUES (nextval('media_file_seq'), ?, 'application/pdf', 10, 'annexe.pdf', 'alice', now(), 1)""")) {
                file.setString(1, sha);
                file.executeUpdate();
            }
            try (PreparedStatement attach = db.prepareStatement("""
                    INSERT INTO press_release_attachment (item_id, media_id, position)
                    SELECT ?, id, 0 FROM media_file WHERE sha256 = ?""")) {
                attach.setLong(1, item);
                attach.setString(2, sha);
                attach.executeUpdate();
            }
        }
        String page = "/fr/presse/" + slug;

        assertThat(send(get(page)).statusCode()).as("page").isEqualTo(404);
        assertThat(send(get(page + ".pdf")).statusCode()).as("PDF").isEqualTo(404);
        assertThat(send(get("/media/" + sha + "/annexe.pdf")).statusCode()).as("attachment").isEqualTo(404);
        assertThat(send(get("/fr/presse")).body()).as("press room").doesNotContain(word);
        assertThat(send(get("/fr/presse/flux.atom")).body()).as("feed").doesNotContain(word);
        assertThat(send(get("/sitemap.xml")).body()).as("sitemap").doesNotContain(word);
        assertThat(send(get("/fr/recherche?q=" + word)).body()).as("search").doesNotContain("Annonce sous embargo");
        assertThat(send(get("/fr/")).body()).as("home").doesNotContain(word);

        try (Connection db = portal.database().connect();
             PreparedStatement lift = db.prepareStatement(
                     "UPDATE content_item SET embargo_until = now() - interval '1 second', published_at = now() - interval '1 second' WHERE id = ?")) {
            lift.setLong(1, item);
            lift.executeUpdate();
        }

        assertThat(send(get(page)).statusCode()).as("page, after").isEqualTo(200);
        assertThat(send(get("/fr/presse")).body()).as("press room, after").contains("Annonce sous embargo " + word);
        assertThat(send(get("/fr/presse/flux.atom")).body()).as("feed, after").contains(word);
        assertThat(send(get("/sitemap.xml")).body()).as("sitemap, after").contains(slug);
        assertThat(send(get("/fr/recherche?q=" + word)).body()).as("search, after").contains("Annonce sous embargo");
        HttpResponse<byte[]> pdf = PortalHttp.CLIENT.send(get(page + ".pdf").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).as("PDF, after").isEqualTo(200);
    }
}
