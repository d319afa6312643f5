package fr.isoc.groupeiot.press;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.property.Title;
import fr.isoc.groupeiot.testing.PortalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static fr.isoc.groupeiot.testing.PortalHttp.get;
import static fr.isoc.groupeiot.testing.PortalHttp.sendForBytes;

/**
 * The press room's downloads over HTTP, on the demo contacts and kit the test stack loads: vCards (one, all, unknown),
 * the kit archive and the kit page, with their types, attachment names, validators and 304s; the SVG logo's policy.
 */
class PressDownloadsHttpIT {

    private static PortalStack portal;

    @BeforeAll
    static void startPortal() {
        portal = PortalStack.get();
    }

    @Test
    void allContactsDownloadAsOneUtf8VcfWithTheDemoCards() throws Exception {
        HttpResponse<byte[]> french = sendForBytes(get("/fr/presse/contacts.vcf"));

        assertThat(french.statusCode()).isEqualTo(200);
        assertThat(header(french, "Content-Type").toLowerCase()).matches("text/vcard; ?charset=utf-8");
        assertThat(header(french, "Content-Disposition"))
                .isEqualTo("attachment; filename=\"contacts-presse-groupe-iot.vcf\"; filename*=UTF-8''contacts-presse-groupe-iot.vcf");
        assertThat(header(french, "Cache-Control")).isEqualTo("public, no-cache");
        assertThat(header(french, "Last-Modified")).isNotEmpty();
        String text = new String(french.body(), StandardCharsets.UTF_8);
        assertThat(text).contains("FN:Hélène Dupré", "FN:Zoë Lefèvre-Rousseau", "FN:Thành Nguyễn");
        List<VCard> cards = Ezvcard.parse(text).all();
        assertThat(cards.size()).isGreaterThanOrEqualTo(3);
        assertThat(cards).allSatisfy(card -> assertThat(card.getVersion()).isEqualTo(VCardVersion.V4_0));
        VCard zoe = byName(cards, "Zoë Lefèvre-Rousseau");
        assertThat(zoe.getTitles()).extracting(Title::getValue).containsExactly("Porte-parole", "Spokesperson");
        assertThat(zoe.getLanguages()).extracting(l -> l.getValue() + ";" + l.getPref()).containsExactly("fr;1", "en;2", "de;3");
        assertThat(byName(cards, "Thành Nguyễn").getTelephoneNumbers().getFirst().getUri().toString()).isEqualTo("tel:+33472102030");

        HttpResponse<byte[]> english = sendForBytes(get("/en/press/contacts.vcf"));
        assertThat(header(english, "Content-Disposition")).contains("filename=\"press-contacts-groupe-iot.vcf\"");
        assertThat(byName(Ezvcard.parse(new String(english.body(), StandardCharsets.UTF_8)).all(), "Zoë Lefèvre-Rousseau").getTitles())
                .extracting(Title::getValue).containsExactly("Spokesperson", "Porte-parole");
        assertThat(header(english, "ETag")).as("another language, another response").isNotEqualTo(header(french, "ETag"));

        HttpResponse<byte[]> again = sendForBytes(get("/fr/presse/contacts.vcf").header("If-None-Match", header(french, "ETag")));
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void oneContactDownloadsAsItsOwnCardNamedAfterThePerson() throws Exception {
        long id = contactId("Hélène Dupré");
        HttpResponse<byte[]> response = sendForBytes(get("/fr/presse/contacts/" + id + ".vcf"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Content-Disposition"))
                .isEqualTo("attachment; filename=\"Helene Dupre.vcf\"; filename*=UTF-8''H%C3%A9l%C3%A8ne%20Dupr%C3%A9.vcf");
        VCard card = Ezvcard.parse(new String(response.body(), StandardCharsets.UTF_8)).first();
        assertThat(card.getVersion()).isEqualTo(VCardVersion.V4_0);
        assertThat(card.getStructuredName().getFamily()).isEqualTo("Dupré");
        assertThat(card.getEmails().getFirst().getValue()).isEqualTo("helene.dupre@groupe-iot.test");
        assertThat(card.getTelephoneNumbers().getFirst().getUri().toString()).isEqualTo("tel:+33123456789");
        assertThat(card.getUid().getValue()).startsWith("urn:uuid:");
        assertThat(sendForBytes(get("/en/press/contacts/" + id + ".vcf")).statusCode()).isEqualTo(200);

        String etag = header(response, "ETag");
        assertThat(sendForBytes(get("/fr/presse/contacts/" + id + ".vcf").header("If-None-Match", etag)).statusCode()).isEqualTo(304);
        assertThat(sendForBytes(get("/fr/presse/contacts/" + id + ".vcf").header("If-None-Match", "\"something-else\"")).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownContactIsATranslated404() throws Exception {
        HttpResponse<byte[]> french = sendForBytes(get("/fr/presse/contacts/987654321.vcf"));
        assertThat(french.statusCode()).isEqualTo(404);
        assertThat(new String(french.body(), StandardCharsets.UTF_8)).contains(" lang=\"fr\"");
        HttpResponse<byte[]> english = sendForBytes(get("/en/press/contacts/987654321.vcf"));
        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(new String(english.body(), StandardCharsets.UTF_8)).contains(" lang=\"en\"");
    }

    @Test
    void theKitDownloadsAsAStreamedZipWithFoldersPerSectionAndCredits() throws Exception {
        HttpResponse<byte[]> french = sendForBytes(get("/fr/presse/kit-presse.zip"));

        assertThat(french.statusCode()).isEqualTo(200);
        assertThat(header(french, "Content-Type")).startsWith("application/zip");
        assertThat(header(french, "Content-Disposition")).startsWith("attachment; filename=\"kit-presse-groupe-iot.zip\"");
        assertThat(header(french, "Cache-Control")).isEqualTo("public, no-cache");
        Map<String, byte[]> files = unzip(french.body());
        assertThat(files).containsKeys("Logos/logo-groupe-iot.svg", "Logos/logo-groupe-iot.png",
                "Fiches d’information/fiche-groupe-iot.pdf", "Fiches d’information/fact-sheet-iot-working-group.pdf", "CREDITS-fr.txt");
        assertThat(new String(files.get("Logos/logo-groupe-iot.svg"), StandardCharsets.UTF_8)).startsWith("<svg");
        assertThat(ImageIO.read(new ByteArrayInputStream(files.get("Logos/logo-groupe-iot.png"))).getWidth()).isEqualTo(512);
        assertThat(new String(files.get("Fiches d’information/fiche-groupe-iot.pdf"), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String credits = new String(files.get("CREDITS-fr.txt"), StandardCharsets.UTF_8);
        assertThat(credits).contains("Logos/logo-groupe-iot.svg\r\n  Titre : Logo du groupe (vectoriel, SVG)",
                "Crédit : © Groupe de travail sécurité IoT", "Licence : CC BY-ND 4.0",
                "Fiches d’information/fiche-groupe-iot.pdf\r\n  Titre : Fiche d’information sur le groupe de travail",
                "Service de presse du Groupe de travail sécurité IoT", "Hélène Dupré — Responsable des relations presse",
                "Thành Nguyễn", "/fr/presse/contacts.vcf");

        HttpResponse<byte[]> english = sendForBytes(get("/en/press/press-kit.zip"));
        Map<String, byte[]> englishFiles = unzip(english.body());
        assertThat(englishFiles).containsKeys("Logos/logo-groupe-iot.png", "Fact sheets/fact-sheet-iot-working-group.pdf", "CREDITS.txt");
        assertThat(new String(englishFiles.get("CREDITS.txt"), StandardCharsets.UTF_8))
                .contains("Title: Group logo (vector, SVG)", "Press office of the IoT Security Working Group", "Head of press relations");

        HttpResponse<byte[]> again = sendForBytes(get("/fr/presse/kit-presse.zip").header("If-None-Match", header(french, "ETag")));
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void theKitPageShowsEachFileInThePageLanguageAndRevalidatesWithA304() throws Exception {
        HttpResponse<byte[]> french = sendForBytes(get("/fr/presse/kit"));
        String html = new String(french.body(), StandardCharsets.UTF_8);

        assertThat(french.statusCode()).isEqualTo(200);
        assertThat(html).contains(" lang=\"fr\"", "<h1>Kit presse</h1>", "Logo du groupe (PNG, 512 px)", "Fiche d’information sur le groupe de travail",
                "alt=\"Logo du Groupe de travail sécurité IoT : un bouclier blanc", "Télécharger tout le kit (ZIP, ", "href=\"/fr/presse/kit-presse.zip\"",
                "CC BY-ND 4.0", "Image SVG");
        assertThat(header(french, "Cache-Control")).isEqualTo("public, no-cache");
        assertThat(french.headers().allValues("Set-Cookie")).as("no session").noneMatch(c -> c.startsWith("JSESSIONID"));
        HttpResponse<byte[]> again = sendForBytes(get("/fr/presse/kit").header("If-None-Match", header(french, "ETag")));
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("Content-Security-Policy")).as("the cached page keeps its own policy").isEmpty();

        String english = new String(sendForBytes(get("/en/press/kit")).body(), StandardCharsets.UTF_8);
        assertThat(english).contains(" lang=\"en\"", "Group logo (PNG, 512 px)", "Fact sheet on the working group",
                "Download the whole kit (ZIP, ", "href=\"/en/press/press-kit.zip\"");
    }

    @Test
    void theSvgLogoIsServedSandboxedSoNoScriptInItRuns() throws Exception {
        String html = new String(sendForBytes(get("/fr/presse/kit")).body(), StandardCharsets.UTF_8);
        Matcher svg = Pattern.compile("src=\"(/media/[0-9a-f]{64}/logo-groupe-iot\\.svg)\"").matcher(html);
        assertThat(svg.find()).as("the SVG logo's thumbnail on the kit page").isTrue();

        HttpResponse<byte[]> logo = sendForBytes(get(svg.group(1)));

        assertThat(logo.statusCode()).isEqualTo(200);
        assertThat(header(logo, "Content-Type")).startsWith("image/svg+xml");
        assertThat(header(logo, "Content-Security-Policy")).isEqualTo("default-src 'none'; style-src 'unsafe-inline'; sandbox");
        assertThat(header(logo, "X-Content-Type-Options")).isEqualTo("nosniff");
    }

    /** The id of a demo contact, found through the public paths (ids come from the database's sequence). */
    private static long contactId(String name) throws Exception {
        for (long id = 1; id <= 30; id++) {
            HttpResponse<byte[]> response = sendForBytes(get("/fr/presse/contacts/" + id + ".vcf"));
            if (response.statusCode() == 200 && new String(response.body(), StandardCharsets.UTF_8).contains("FN:" + name + "\r\n")) {
                return id;
            }
        }
        throw new AssertionError("No contact named " + name);
    }

    private static VCard byName(List<VCard> cards, String name) {
        return cards.stream().filter(c -> c.getFormattedName().getValue().equals(name)).findFirst().orElseThrow();
    }

    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }
}
