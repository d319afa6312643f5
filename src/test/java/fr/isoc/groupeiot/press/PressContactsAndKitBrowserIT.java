package fr.isoc.groupeiot.press;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import fr.isoc.groupeiot.testing.BrowserTest;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.isoc.groupeiot.testing.Browser.accessibilityViolations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The editors' side of media contacts and the press kit in the browser, and what the public then gets: a contact
 * added (after its errors), moved and downloaded as a vCard, refused deletion while a release names it; a photo put
 * in the kit with its credit and licence, shown on the public kit page and in the ZIP; axe-core on the three pages
 * in both languages.
 */
class PressContactsAndKitBrowserIT extends BrowserTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void anEditorAddsAContactThatJournalistsDownloadAsAVCard() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 5);
        signIn("fr-FR", "/fr/redaction/contacts-presse", "editor");
        assertThat(page.locator("h1")).hasText("Contacts presse");
        assertThat(page.locator("tr.press-contact-row")).not().hasCount(0);
        assertThat(accessibilityViolations(page)).as("contacts screen, French").isEmpty();

        page.getByLabel(Pattern.compile("^Adresse e-mail")).fill("pas-une-adresse");
        page.getByLabel(Pattern.compile("^Téléphone")).fill("appelez le standard");
        page.getByLabel(Pattern.compile("^Langues parlées")).fill("fr, xx");
        button("Ajouter le contact").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Le contact n’est pas enregistré : corrigez les champs signalés.");
        assertThat(page.locator("#givenName-error")).containsText("Indiquez le prénom");
        assertThat(page.locator("#email-error")).containsText("Indiquez une adresse e-mail valide");
        assertThat(page.locator("#phone-error")).containsText("Indiquez un numéro de téléphone");
        assertThat(page.locator("#languages-error")).containsText("code à deux lettres");
        assertThat(page.locator("#email")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#givenName")).isFocused();
        assertThat(page).hasTitle(Pattern.compile("^Erreur"));
        assertThat(accessibilityViolations(page)).as("contacts screen with errors, French").isEmpty();

        String family = "Brochard-" + tag;
        page.getByLabel(Pattern.compile("^Prénom")).fill("Éloïse");
        page.getByLabel(Pattern.compile("^Nom")).fill(family);
        page.getByLabel(Pattern.compile("^Organisation")).fill("Fédération des Usagers Connectés");
        page.getByLabel(Pattern.compile("^Fonction en français")).fill("Chargée de communication");
        page.getByLabel(Pattern.compile("^Fonction en anglais")).fill("Communications officer");
        page.getByLabel(Pattern.compile("^Adresse e-mail")).fill("eloise." + tag + "@usagers.test");
        page.getByLabel(Pattern.compile("^Téléphone")).fill("+33 1 98 76 54 32");
        page.getByLabel(Pattern.compile("^Langues parlées")).fill("fr, es");
        button("Ajouter le contact").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Contact « Éloïse " + family + " » ajouté.");
        Locator row = page.locator("tr.press-contact-row", new Page.LocatorOptions().setHasText(family));
        assertThat(row).containsText("Chargée de communication");
        assertThat(row).containsText("français, espagnol");
        long id = Long.parseLong(row.getAttribute("data-contact"));
        int position = Integer.parseInt(row.locator("td.num").innerText().strip());

        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Monter"))).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("monte d’un rang");
        assertThat(row.locator("td.num")).hasText(String.valueOf(position - 1));
        assertThat(page.locator("[data-focus-key='up-" + id + "']")).isFocused();

        HttpResponse<byte[]> card = get("/fr/presse/contacts/" + id + ".vcf");
        assertThat(card.statusCode()).isEqualTo(200);
        VCard vcard = Ezvcard.parse(new String(card.body(), StandardCharsets.UTF_8)).first();
        assertThat(vcard.getFormattedName().getValue()).isEqualTo("Éloïse " + family);
        assertThat(vcard.getTelephoneNumbers().getFirst().getUri().toString()).isEqualTo("tel:+33198765432");
        assertThat(vcard.getLanguages()).extracting(l -> l.getValue()).containsExactly("fr", "es");

        // A release names the contact: deleting it is refused with a translated message, never an error page.
        assumeTrue(portal.database().isPostgres(), "the link is made with SQL in the stack's PostgreSQL");
        try (Connection db = portal.database().connect();
             PreparedStatement link = db.prepareStatement("INSERT INTO press_release_contact (item_id, contact_id, position)"
                     + " SELECT id, ?, 1 FROM content_item ORDER BY id LIMIT 1")) {
            link.setLong(1, id);
            assertThat(link.executeUpdate()).isEqualTo(1);
        }
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Supprimer"))).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Éloïse " + family + " ne peut pas être supprimé : un communiqué le cite.");
        assertThat(row).hasCount(1);
        try (Connection db = portal.database().connect();
             PreparedStatement unlink = db.prepareStatement("DELETE FROM press_release_contact WHERE contact_id = ?")) {
            unlink.setLong(1, id);
            unlink.executeUpdate();
        }
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Supprimer"))).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("supprimé");
        assertThat(row).hasCount(0);
        assertThat(get("/fr/presse/contacts/" + id + ".vcf").statusCode()).isEqualTo(404);
    }

    @Test
    void theContactsScreenIsAccessibleInEnglish() {
        signIn("en-GB", "/en/editorial/media-contacts", "editor");
        assertThat(page.locator("h1")).hasText("Media contacts");
        page.locator("tr.press-contact-row").first().getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName(Pattern.compile("^Edit"))).click();
        assertThat(page.locator("#givenName")).isFocused();
        assertThat(page.locator("#form-title")).containsText("Edit the contact");
        assertThat(accessibilityViolations(page)).as("contacts screen editing, English").isEmpty();
    }

    @Test
    void anEditorPutsACreditedPhotoInTheKitThatThePublicPageAndTheZipShow() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 5);
        String name = "lancement-" + tag + ".jpg";
        signIn("fr-FR", "/fr/redaction/medias", "editor");
        page.locator("#file").setInputFiles(new FilePayload(name, "image/jpeg", jpeg()));
        page.getByLabel("Titre en français").first().fill("Réunion de lancement " + tag);
        page.getByLabel("Titre en anglais").first().fill("Launch meeting " + tag);
        page.getByLabel("Texte alternatif en français").first().fill("Les membres fondateurs autour d’une table " + tag);
        page.getByLabel("Texte alternatif en anglais").first().fill("The founding members around a table " + tag);
        button("Envoyer le fichier").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("ajouté à la médiathèque");

        page.navigate(portal.baseUrl() + "/fr/redaction/kit-presse");
        assertThat(page.locator("h1")).hasText("Kit presse");
        assertThat(accessibilityViolations(page)).as("press kit screen, French").isEmpty();
        page.getByLabel(Pattern.compile("^Fichier de la médiathèque")).selectOption(new SelectOption().setLabel(name + " – Réunion de lancement " + tag));
        page.getByLabel(Pattern.compile("^Rubrique")).selectOption(new SelectOption().setLabel("Photos"));
        button("Ajouter au kit").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Le kit n’est pas modifié");
        assertThat(page.locator("#credit-error")).hasText("Une photo demande son crédit.");
        assertThat(page.locator("#licence-error")).hasText("Une photo demande sa licence.");
        assertThat(page.locator("#credit")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#credit")).isFocused();
        assertThat(accessibilityViolations(page)).as("press kit screen with errors, French").isEmpty();

        page.getByLabel(Pattern.compile("^Crédit")).fill("Photo : Zoë Lefèvre-Rousseau");
        page.getByLabel(Pattern.compile("^Licence")).fill("CC BY 4.0");
        button("Ajouter au kit").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("« " + name + " » ajouté au kit presse.");
        Locator row = page.locator("tr.press-kit-row", new Page.LocatorOptions().setHasText(name));
        assertThat(row).containsText("Photos");
        assertThat(row).containsText("Photo : Zoë Lefèvre-Rousseau");
        assertThat(accessibilityViolations(page)).as("press kit screen with a photo, French").isEmpty();

        Page visitor = anotherVisitor("fr-FR");
        try {
            visitor.navigate(portal.baseUrl() + "/fr/presse/kit");
            Locator photo = visitor.locator("#section-PHOTO li.press-kit-file", new Page.LocatorOptions().setHasText("Réunion de lancement " + tag));
            assertThat(photo.locator("img")).hasAttribute("alt", "Les membres fondateurs autour d’une table " + tag);
            assertThat(photo).containsText("Photo : Zoë Lefèvre-Rousseau");
            assertThat(photo).containsText("CC BY 4.0");
            assertThat(photo).containsText("Image JPEG");
            assertThat(visitor.locator("#kit-zip")).containsText("Télécharger tout le kit (ZIP, ");
            assertThat(accessibilityViolations(visitor)).as("public press kit, French").isEmpty();

            visitor.navigate(portal.baseUrl() + "/en/press/kit");
            assertThat(visitor.locator("h1")).hasText("Press kit");
            assertThat(visitor.locator("#section-PHOTO")).containsText("Launch meeting " + tag);
            assertThat(visitor.locator("#section-PHOTO img").first()).hasAttribute("alt", Pattern.compile("."));
            assertThat(accessibilityViolations(visitor)).as("public press kit, English").isEmpty();
        } finally {
            visitor.context().close();
        }

        Map<String, byte[]> zip = PressDownloadsHttpIT.unzip(get("/fr/presse/kit-presse.zip").body());
        assertThat(zip).containsKey("Photos/" + name);
        assertThat(new String(zip.get("CREDITS-fr.txt"), StandardCharsets.UTF_8))
                .contains("Photos/" + name + "\r\n  Titre : Réunion de lancement " + tag + "\r\n  Crédit : Photo : Zoë Lefèvre-Rousseau\r\n  Licence : CC BY 4.0");

        page.navigate(portal.baseUrl() + "/en/editorial/press-kit");
        assertThat(page.locator("h1")).hasText("Press kit");
        assertThat(accessibilityViolations(page)).as("press kit screen, English").isEmpty();
        page.locator("tr.press-kit-row", new Page.LocatorOptions().setHasText(name))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Remove from the kit"))).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("removed from the press kit");
        assertThat(PressDownloadsHttpIT.unzip(get("/en/press/press-kit.zip").body())).doesNotContainKey("Photos/" + name);
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** A small photo-like JPEG (well under the test portal's 300 kB upload limit). */
    private static byte[] jpeg() throws Exception {
        BufferedImage image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2b5d8c));
        g.fillRect(0, 0, 640, 400);
        g.setColor(new Color((int) (Math.random() * 0xffffff)));
        g.fillOval(160, 80, 320, 240);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    private static HttpResponse<byte[]> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(portal.baseUrl() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
