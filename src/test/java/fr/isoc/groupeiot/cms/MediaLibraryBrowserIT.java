package fr.isoc.groupeiot.cms;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import fr.isoc.groupeiot.testing.BrowserTest;
import fr.isoc.groupeiot.testing.PortalStack;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.isoc.groupeiot.testing.Browser.accessibilityViolations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The media library in the browser: an image uploaded with its texts, listed with its thumbnail and served for ever
 * under its content hash; a disguised or too large file refused with nothing stored; a file a guide shows cannot be
 * deleted, an unused one can; the page's accessibility in both languages.
 */
class MediaLibraryBrowserIT extends BrowserTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void anEditorUploadsAnImageThatIsServedForEverAndKeptWhileAGuideShowsIt() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        signIn("fr-FR", "/fr/redaction/medias", "editor");
        assertThat(page.locator("h1")).hasText("Médiathèque");
        assertThat(accessibilityViolations(page)).as("media page, French").isEmpty();

        byte[] png = MediaStoreTest.png(1200, 600, "png");
        String sha = sha256(png);
        page.locator("#file").setInputFiles(new FilePayload("schéma " + tag + ".png", "image/png", png));
        page.getByLabel("Texte alternatif en français").fill("Un schéma de test " + tag);
        page.getByLabel("Texte alternatif en anglais").fill("A test diagram " + tag);
        button("Envoyer le fichier").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("ajouté à la médiathèque");
        Locator row = page.locator("tr.media-row[data-sha='" + sha + "']");
        assertThat(row.locator("img.media-thumb")).hasAttribute("alt", "Un schéma de test " + tag);
        assertThat(row).containsText("Image PNG");
        assertThat(row).containsText("1200 × 600");
        assertThat(row).containsText("Aucun contenu");
        page.waitForFunction("img => img.complete && img.naturalWidth === 480", row.locator("img.media-thumb").elementHandle());
        assertThat(accessibilityViolations(page)).as("media page with a file, French").isEmpty();

        HttpResponse<byte[]> served = get("/media/" + sha + "/schema.png");
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/png"));
        assertThat(served.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(served.headers().firstValue("ETag")).hasValue("\"" + sha + "\"");
        assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(served.body()).isEqualTo(png);
        HttpResponse<byte[]> small = get("/media/" + sha + "/schema.png?w=480");
        assertThat(ImageIO.read(new ByteArrayInputStream(small.body())).getWidth()).isEqualTo(480);
        assertThat(get("/media/" + "0".repeat(64) + "/nothing.png").statusCode()).isEqualTo(404);
        assertThat(get("/media/not-a-hash").statusCode()).isEqualTo(404);

        long rows = mediaRows();
        long files = mediaFiles();
        page.locator("#file").setInputFiles(new FilePayload("x.png", "image/png",
                "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8)));
        page.getByLabel("Texte alternatif en français").fill("Pas une image");
        page.getByLabel("Texte alternatif en anglais").fill("Not an image");
        button("Envoyer le fichier").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Fichier refusé : son contenu n’est pas d’un type accepté. Rien n’a été enregistré.");
        assertThat(page.locator("#file-error")).containsText("ni une image");
        assertThat(page.locator("#file")).hasAttribute("aria-invalid", "true");
        assertThat(accessibilityViolations(page)).as("media page with an error, French").isEmpty();
        assertThat(mediaRows()).as("no row").isEqualTo(rows);
        assertThat(mediaFiles()).as("no file").isEqualTo(files);

        byte[] large = new byte[(int) PortalStack.MEDIA_MAX_BYTES + 100_000];
        new Random().nextBytes(large);
        page.locator("#file").setInputFiles(new FilePayload("grand.pdf", "application/pdf", large));
        button("Envoyer le fichier").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Fichier refusé : il est trop volumineux. Rien n’a été enregistré.");
        assertThat(page.locator("#file-error")).containsText("dépasse la taille maximale (0,3 Mo)");
        assertThat(mediaRows()).as("no row").isEqualTo(rows);
        assertThat(mediaFiles()).as("no file").isEqualTo(files);

        // A guide shows the image: the file may no longer be deleted, and the list says where it is used. (The editor's
        // text box has no image button yet: the image goes into the guide's stored body directly.)
        String title = "Guide illustré " + tag;
        page.navigate(portal.baseUrl() + "/fr/redaction/contenu?type=GUIDE&lang=fr");
        page.getByLabel(Pattern.compile("^Titre")).fill(title);
        page.locator("#body .ql-editor").fill("Un guide avec un schéma.");
        button("Enregistrer").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Enregistré (révision 1)");
        Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(page.url());
        assertThat(id.find()).isTrue();
        Assumptions.assumeTrue(portal.database().isPostgres(), "the H2 database of the test portal is not reachable from the test");
        try (Connection connection = portal.database().connect();
             PreparedStatement update = connection.prepareStatement("UPDATE content_item SET body_html = ? WHERE id = ?")) {
            update.setString(1, "<p>Un guide avec un schéma.</p><p><img src=\"/media/" + sha + "/schema.png\" alt=\"Un schéma de test\" /></p>");
            update.setLong(2, Long.parseLong(id.group(1)));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }

        page.navigate(portal.baseUrl() + "/fr/redaction/medias");
        row = page.locator("tr.media-row[data-sha='" + sha + "']");
        assertThat(row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title))).isVisible();
        assertThat(row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Supprimer")))).isDisabled();
        assertThat(row).containsText("Utilisé par un contenu");
        assertThat(accessibilityViolations(page)).as("media page with a used file, French").isEmpty();
        assertThat(get("/media/" + sha + "/schema.png").statusCode()).isEqualTo(200);
    }

    @Test
    void anEditorUploadsAPdfInEnglishCorrectsItsTitleAndDeletesIt() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        signIn("en-GB", "/en/editorial/media", "editor");
        assertThat(page.locator("h1")).hasText("Media library");
        assertThat(accessibilityViolations(page)).as("media page, English").isEmpty();

        byte[] pdf = ("%PDF-1.4\n% " + tag + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        String sha = sha256(pdf);
        page.locator("#file").setInputFiles(new FilePayload("Rapport d’activité " + tag + ".pdf", "application/pdf", pdf));
        page.getByLabel("Title in English").fill("Activity report");
        button("Upload the file").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("added to the media library");
        Locator row = page.locator("tr.media-row[data-sha='" + sha + "']");
        assertThat(row).containsText("PDF document");
        assertThat(row).containsText("Activity report");

        HttpResponse<byte[]> served = get("/media/" + sha + "/report.pdf");
        assertThat(served.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(served.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition -> assertThat(disposition)
                .startsWith("inline; filename=\"Rapport d_activit")
                .contains("filename*=UTF-8''Rapport%20d%E2%80%99activit%C3%A9%20" + tag + ".pdf"));

        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Edit the texts"))).click();
        page.getByLabel("Title in English").last().fill("Annual activity report");
        button("Save the texts").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("saved");
        assertThat(row).containsText("Annual activity report");
        assertThat(accessibilityViolations(page)).as("media page with a file, English").isEmpty();

        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Delete"))).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("deleted");
        assertThat(row).hasCount(0);
        assertThat(get("/media/" + sha + "/report.pdf").statusCode()).isEqualTo(404);
        try (Stream<Path> files = Files.list(mediaDirectory())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(sha));
        }
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static HttpResponse<byte[]> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(portal.baseUrl() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** Rows of the media library (on PostgreSQL; -1 on H2, whose in-memory database the test cannot reach). */
    private static long mediaRows() throws Exception {
        if (!portal.database().isPostgres()) {
            return -1;
        }
        try (Connection connection = portal.database().connect();
             ResultSet count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM media_file")) {
            count.next();
            return count.getLong(1);
        }
    }

    private static Path mediaDirectory() {
        return Path.of(System.getProperty("it.work.dir", "target/it-work")).resolve("media");
    }

    /** Every file in the media directory, temporary ones included. */
    private static long mediaFiles() throws Exception {
        if (!Files.isDirectory(mediaDirectory())) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(mediaDirectory())) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
