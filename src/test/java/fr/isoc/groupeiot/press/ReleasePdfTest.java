package fr.isoc.groupeiot.press;

import fr.isoc.groupeiot.cms.ContentFields;
import fr.isoc.groupeiot.cms.ContentItem;
import fr.isoc.groupeiot.cms.ContentType;
import fr.isoc.groupeiot.platform.i18n.Language;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ReleasePdfTest {

    private static final String BASE = "https://portail.example.test";

    @Test
    void printsTheWholeReleaseWithItsAccentsAndWorkingLinks() throws Exception {
        ContentItem item = ContentItem.draft(ContentType.PRESS_RELEASE, Language.FRENCH, null, ContentFields.of(
                "Lancement du groupe de travail sur la sécurité des objets connectés", "lancement",
                "Une enquête révèle l’inquiétude des Français.",
                "<h2>Une enquête</h2><p>Selon l’enquête, 76 % des sondés voient un risque. Voir <a href=\"/fr/guides/bien-choisir\">le guide</a>.</p>"
                        + "<script>alert(1)</script><p onclick=\"x()\">Fin.</p>", null, null), "redaction@example.test", Instant.now());
        PressRelease details = new PressRelease(1);
        details.describe("Paris", "<p>Le groupe réunit autorités, société civile, industrie et recherche.</p>");
        MediaContactForm form = new MediaContactForm();
        form.setGivenName("Zoë");
        form.setFamilyName("Nguyễn-Lefèvre");
        form.setOrganisation("Groupe IoT");
        form.setRoleFr("Relations presse");
        form.setEmail("zoe.nguyen@presse.test");
        form.setPhone("+33 1 23 45 67 89");
        form.setLanguages("fr, en");
        MediaContact contact = new MediaContact(form, 1, Instant.now());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReleasePdf.write(new ReleasePdf.Release(item, details, List.of(contact), List.of(), BASE, path -> Optional.empty()), out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Lancement du groupe de travail sur la sécurité des objets connectés")
                    .contains("Paris, ").contains("Une enquête révèle l’inquiétude des Français.")
                    .contains("76 % des sondés").contains("À propos").contains("autorités, société civile")
                    .contains("Contacts presse").contains("Zoë Nguyễn-Lefèvre").contains("zoe.nguyen@presse.test")
                    .containsIgnoringCase("Communiqué de presse").contains("Voir le guide").contains(BASE + "/fr/presse/lancement")
                    .doesNotContain("alert(1)");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(item.getTitle());
            List<String> links = new ArrayList<>();
            for (var page : pdf.getPages()) {
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        links.add(uri.getURI());
                    }
                }
            }
            assertThat(links).contains(BASE + "/fr/guides/bien-choisir", "mailto:zoe.nguyen@presse.test",
                    BASE + "/fr/presse/lancement");
            assertThat(links).anyMatch(l -> l.startsWith("tel:"));
        }
    }
}
