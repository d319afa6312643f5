package fr.isoc.groupeiot.cms;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import fr.isoc.groupeiot.testing.BrowserTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.isoc.groupeiot.testing.Browser.accessibilityViolations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rest of the editorial workflow in the browser: a scheduled guide goes public on time by itself, then is
 * archived and returned to draft with each step in its history; an old revision is restored as a new one; an image
 * uploaded to the media library goes into a guide's text and cover with its text alternatives and reaches the public
 * page with its responsive sizes; the media library's pages. Accessibility of the changed pages in both languages.
 */
class EditorialWorkflowBrowserIT extends BrowserTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void aScheduledGuideGoesLiveOnTimeThenIsArchivedAndBackToDraftWithItsHistory() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        signIn("fr-FR", "/fr/redaction/contenu?type=GUIDE&lang=fr", "editor");
        page.getByLabel(Pattern.compile("^Titre")).fill("Guide programmé " + tag);
        page.locator("#body .ql-editor").fill("Ce guide paraît à l’heure dite.");
        button(page, "Enregistrer").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Enregistré (révision 1)");
        long id = idIn(page.url());
        String slug = page.getByLabel("Adresse (slug)").inputValue();
        String publicUrl = portal.baseUrl() + "/fr/guides/" + slug;

        // Another person schedules it (its author may not publish their own first draft), half a minute ahead in Paris.
        ZonedDateTime at = ZonedDateTime.now(PARIS).plusSeconds(30).withNano(0);
        Page admin = anotherVisitor("fr-FR");
        try {
            admin.navigate(portal.baseUrl() + "/fr/redaction/contenu?id=" + id);
            signInAtKeycloak(admin, "admin", "dev-admin");
            admin.getByLabel("Date de publication").fill(at.format(DateTimeFormatter.ISO_LOCAL_DATE));
            // A time with seconds: the field's own step is the minute, which would make the test wait for the next one.
            admin.locator("#scheduleTime").evaluate("(field, value) => field.value = value", at.format(DateTimeFormatter.ofPattern("HH:mm:ss")));
            admin.getByLabel("Commentaire (facultatif)").fill("Parution programmée " + tag);
            button(admin, "Programmer la publication").click();
            assertThat(admin.getByRole(AriaRole.STATUS)).containsText("La publication est programmée.");
            assertThat(admin.locator("main")).containsText("publication prévue le");
            assertThat(accessibilityViolations(admin)).as("scheduled item, French").isEmpty();
        } finally {
            admin.context().close();
        }
        assertThat(page.navigate(publicUrl).status()).as("not public before its time").isEqualTo(404);

        // The scheduler polls every few seconds (15 by default): the guide is public within that of its time.
        Instant due = at.toInstant();
        int status = 404;
        while (status != 200 && Instant.now().isBefore(due.plusSeconds(60))) {
            Thread.sleep(1000);
            status = page.navigate(publicUrl).status();
            if (status == 200) {
                assertThat(Instant.now()).as("not before its time").isAfterOrEqualTo(due);
            }
        }
        assertThat(status).as("public on time, without anyone acting").isEqualTo(200);
        assertThat(page.locator("h1")).hasText("Guide programmé " + tag);

        page.navigate(portal.baseUrl() + "/fr/redaction/contenu?id=" + id);
        Locator history = page.locator("section[aria-labelledby=history-title] table");
        assertThat(history).containsText("Programmé → Publié");
        assertThat(history).containsText("publication programmée");
        assertThat(history).containsText("Parution programmée " + tag);

        page.getByLabel("Commentaire (facultatif)").fill("Obsolète " + tag);
        button(page, "Archiver").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Le contenu est archivé.");
        assertThat(page.navigate(publicUrl).status()).as("an archived guide is not public").isEqualTo(404);
        page.navigate(portal.baseUrl() + "/fr/redaction/contenu?id=" + id);
        page.getByLabel("Commentaire (facultatif)").fill("À reprendre " + tag);
        button(page, "Repasser en brouillon").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Le contenu est repassé en brouillon.");
        assertThat(history.locator("tbody tr").nth(0)).containsText("Archivé → Brouillon");
        assertThat(history.locator("tbody tr").nth(0)).containsText("À reprendre " + tag);
        assertThat(history.locator("tbody tr").nth(0)).containsText("editor");
        assertThat(history.locator("tbody tr").nth(1)).containsText("Publié → Archivé");
        assertThat(history.locator("tbody tr").nth(1)).containsText("Obsolète " + tag);
        assertThat(history.locator("tbody tr")).hasCount(5);
        assertThat(page.navigate(publicUrl).status()).isEqualTo(404);
        assertThat(accessibilityViolations(page)).as("item with its history, French").isEmpty();
    }

    @Test
    void anOldRevisionIsRestoredAsANewOne() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        signIn("en-GB", "/en/editorial/item?type=PAGE&lang=en", "editor");
        page.getByLabel(Pattern.compile("^Title")).fill("Restored page " + tag);
        page.locator("#body .ql-editor").fill("The first wording of the page.");
        button(page, "Save").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved (revision 1)");
        long id = idIn(page.url());
        page.locator("#body .ql-editor").fill("A second wording, which was a mistake.");
        button(page, "Save").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved (revision 2)");

        button(page, "Compare with revision 1").click();
        assertThat(page.locator(".word-diff del")).containsText("first wording of the page.");
        assertThat(page.locator(".word-diff ins")).containsText("second wording, which was a mistake.");
        button(page, "Restore revision 1").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Revision 1 is restored");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("revision 3");
        assertThat(page.locator("#body .ql-editor")).hasText("The first wording of the page.");
        Locator revisions = page.locator("section[aria-labelledby=revisions-title] tbody tr");
        assertThat(revisions).hasCount(3);
        assertThat(revisions.first().locator("td").first()).hasText("3");
        assertThat(accessibilityViolations(page)).as("item after a restore, English").isEmpty();

        page.navigate(portal.baseUrl() + "/en/editorial/preview?id=" + id);
        assertThat(page.locator(".prose")).hasText("The first wording of the page.");
    }

    @Test
    void anUploadedImageGoesIntoAGuidesTextAndCoverWithItsTextAlternatives() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        signIn("fr-FR", "/fr/redaction/medias", "editor");
        byte[] png = MediaStoreTest.png(1200, 600, "png");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png));
        page.locator("#file").setInputFiles(new FilePayload("reseau-" + tag + ".png", "image/png", png));
        page.getByLabel("Texte alternatif en français").fill("Le réseau de la maison " + tag);
        page.getByLabel("Texte alternatif en anglais").fill("The home network " + tag);
        button(page, "Envoyer le fichier").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("ajouté à la médiathèque");

        page.navigate(portal.baseUrl() + "/fr/redaction/contenu?type=GUIDE&lang=fr");
        page.getByLabel(Pattern.compile("^Titre")).fill("Guide illustré " + tag);
        Locator text = page.locator("#body .ql-editor");
        text.fill("Voici le schéma du réseau.");
        text.press("End");

        // The text's image: the library's French text is offered, the editor writes their own.
        Locator picker = page.getByLabel("Image à insérer");
        picker.selectOption(new SelectOption().setLabel("reseau-" + tag + ".png — Le réseau de la maison " + tag));
        Locator imageAlt = page.getByLabel(Pattern.compile("^Texte alternatif de l’image"));
        assertThat(imageAlt).hasValue("Le réseau de la maison " + tag);
        imageAlt.fill("");
        button(page, "Insérer l’image").click();
        assertThat(page.locator("#bodyImageAlt-error")).hasText("Décrivez l’image (texte alternatif) avant de l’insérer.");
        assertThat(text.locator("img")).hasCount(0);
        imageAlt.fill("Schéma : la box, le téléviseur et la caméra " + tag);
        button(page, "Insérer l’image").click();
        assertThat(page.locator("#insertImageDone")).hasText("Image insérée dans le texte.");
        assertThat(text.locator("img")).hasAttribute("alt", "Schéma : la box, le téléviseur et la caméra " + tag);

        // The cover: its text alternative is required, and starts as the library's.
        page.getByLabel("Image", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("reseau-" + tag + ".png — Le réseau de la maison " + tag));
        Locator coverAlt = page.getByLabel("Texte alternatif de la couverture");
        assertThat(coverAlt).hasValue("Le réseau de la maison " + tag);
        assertThat(page.locator("#coverPreview img")).isVisible();
        assertThat(accessibilityViolations(page)).as("editor with its image pickers, French").isEmpty();
        coverAlt.fill(" ");
        button(page, "Enregistrer").click();
        assertThat(page.locator("#coverAlt-error")).hasText("Décrivez l’image de couverture (texte alternatif), ou choisissez « Aucune ».");
        assertThat(coverAlt).hasAttribute("aria-invalid", "true");
        // The text's image survives the refused save.
        assertThat(text.locator("img")).hasCount(1);
        assertThat(accessibilityViolations(page)).as("editor with a cover error, French").isEmpty();
        coverAlt.fill("Une maison et ses objets connectés " + tag);
        button(page, "Enregistrer").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Enregistré (révision 1)");
        long id = idIn(page.url());
        String slug = page.getByLabel("Adresse (slug)").inputValue();
        assertThat(text.locator("img")).hasAttribute("alt", "Schéma : la box, le téléviseur et la caméra " + tag);
        assertThat(coverAlt).hasValue("Une maison et ses objets connectés " + tag);

        Page admin = anotherVisitor("fr-FR");
        try {
            admin.navigate(portal.baseUrl() + "/fr/redaction/contenu?id=" + id);
            signInAtKeycloak(admin, "admin", "dev-admin");
            button(admin, "Publier maintenant").click();
            assertThat(admin.getByRole(AriaRole.STATUS)).containsText("Le contenu est publié.");
        } finally {
            admin.context().close();
        }

        page.navigate(portal.baseUrl() + "/fr/guides/" + slug);
        String src = "/media/" + sha + "/reseau-" + tag + ".png";
        Locator bodyImage = page.locator(".prose img");
        assertThat(bodyImage).hasAttribute("src", src);
        assertThat(bodyImage).hasAttribute("alt", "Schéma : la box, le téléviseur et la caméra " + tag);
        assertThat(bodyImage).hasAttribute("srcset", src + "?w=480 480w, " + src + "?w=960 960w, " + src + " 1200w");
        assertThat(bodyImage).hasAttribute("width", "1200");
        assertThat(bodyImage).hasAttribute("height", "600");
        assertThat(bodyImage).hasAttribute("loading", "lazy");
        Locator cover = page.locator("img.content-cover");
        assertThat(cover).hasAttribute("alt", "Une maison et ses objets connectés " + tag);
        assertThat(cover).hasAttribute("srcset", src + "?w=480 480w, " + src + "?w=960 960w, " + src + " 1200w");
        assertThat(cover).hasAttribute("sizes", "(max-width: 48rem) 100vw, 48rem");
        assertThat(cover).hasAttribute("width", "1200");
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", cover.elementHandle());
        assertThat(accessibilityViolations(page)).as("guide with images, French").isEmpty();

        page.navigate(portal.baseUrl() + "/fr/guides");
        Locator card = page.locator(".content-card").filter(new Locator.FilterOptions().setHasText("Guide illustré " + tag));
        assertThat(card.locator("img.card-cover")).hasAttribute("alt", "Une maison et ses objets connectés " + tag);
        assertThat(card.locator("img.card-cover")).hasAttribute("sizes", "(max-width: 24rem) 100vw, 24rem");
        assertThat(accessibilityViolations(page)).as("guides with a cover, French").isEmpty();

        page.navigate(portal.baseUrl() + "/fr/redaction/medias");
        Locator row = page.locator("tr.media-row[data-sha='" + sha + "']");
        assertThat(row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Guide illustré " + tag))).hasCount(1);

        page.navigate(portal.baseUrl() + "/en/editorial/item?id=" + id);
        assertThat(page.getByLabel("Text alternative of the cover")).hasValue("Une maison et ses objets connectés " + tag);
        assertThat(accessibilityViolations(page)).as("editor with its image pickers, English").isEmpty();
    }

    @Test
    void theMediaLibraryIsPagedNewestFirst() throws Exception {
        Assumptions.assumeTrue(portal.database().isPostgres(), "the H2 database of the test portal is not reachable from the test");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        // Old PDFs, enough for a second page whatever else the library holds (rows only: the list needs no bytes).
        try (Connection connection = portal.database().connect();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO media_file (id, sha256, media_type, size_bytes, original_name, uploaded_by, uploaded_at, version)
                     VALUES (nextval('media_file_seq'), ?, 'application/pdf', 1000, ?, 'editor', TIMESTAMP WITH TIME ZONE '2001-01-01 00:00:00+00', 0)
                     """)) {
            for (int i = 0; i < 25; i++) {
                insert.setString(1, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest((tag + i).getBytes())));
                insert.setString(2, "archive-" + tag + "-" + i + ".pdf");
                insert.addBatch();
            }
            insert.executeBatch();
        }
        long total;
        try (Connection connection = portal.database().connect();
             ResultSet count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM media_file")) {
            count.next();
            total = count.getLong(1);
        }
        long pages = (total + 23) / 24;

        signIn("fr-FR", "/fr/redaction/medias", "editor");
        assertThat(page.locator("table.media-list caption")).containsText("(" + total + ") · page 1 sur " + pages);
        assertThat(page.locator("tr.media-row")).hasCount(24);
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Pages de la médiathèque"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Page suivante")).click();
        assertThat(page).hasURL(Pattern.compile(".*/fr/redaction/medias\\?page=2$"));
        assertThat(page.locator("table.media-list caption")).containsText("page 2 sur " + pages);
        assertThat(accessibilityViolations(page)).as("media page 2, French").isEmpty();

        page.navigate(portal.baseUrl() + "/en/editorial/media?page=" + pages);
        // The oldest files are on the last page (this run's, or an earlier run's of the same date).
        assertThat(page.locator("tr.media-row").filter(new Locator.FilterOptions().setHasText("archive-")).first()).isVisible();
        assertThat(page.locator("main")).containsText("page " + pages + " of " + pages);
        assertThat(accessibilityViolations(page)).as("media last page, English").isEmpty();
        page.navigate(portal.baseUrl() + "/en/editorial/media?page=9999");
        assertThat(page.locator("table.media-list caption")).containsText("page " + pages + " of " + pages);
    }
}
