package fr.isoc.groupeiot.press;

import fr.isoc.groupeiot.cms.MediaKind;
import fr.isoc.groupeiot.cms.MediaStore;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo press kit's generated files: a PNG logo like the SVG one, one-page fact sheets the media library accepts. */
class DemoPressTest {

    /** The test portal's upload limit (PortalStack.MEDIA_MAX_BYTES): the demo files go through the same checks. */
    private static final long TEST_LIMIT = 300_000;

    @TempDir
    Path directory;

    @Test
    void drawsTheLogoAsAPngWithTheThemeColours() throws Exception {
        byte[] png = DemoPress.logoPng(512);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(512);
        assertThat(image.getRGB(256, 40) & 0xffffff).as("blue background").isEqualTo(0x123d6b);
        assertThat(image.getRGB(256, 248) & 0xffffff).as("yellow dot at the centre").isEqualTo(0xffd166);
        assertThat(image.getRGB(0, 0) >>> 24).as("transparent rounded corner").isZero();
        MediaStore.Received received = new MediaStore(directory, TEST_LIMIT).receive(new ByteArrayInputStream(png), png.length);
        assertThat(received.kind()).isEqualTo(MediaKind.PNG);
    }

    @Test
    void laysOutAOnePageFactSheetInEachLanguageWithTheSurveyFigures() throws Exception {
        byte[] logo = DemoPress.logoPng(512);
        byte[] french = DemoPress.factSheet("fact-sheet.fr.html", logo);
        byte[] english = DemoPress.factSheet("fact-sheet.en.html", logo);

        try (PDDocument pdf = Loader.loadPDF(french)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            // The figures keep their no-break spaces ("1 027", "76 %") in the text.
            String text = new PDFTextStripper().getText(pdf).replace('\u00a0', ' ');
            assertThat(text).contains("Groupe de travail sécurité IoT", "OpinionWay", "juin 2018", "76", "30", "1 027",
                    "Pôle Systematic Paris-Région", "Conseil National du Numérique", "8 janvier 2019");
        }
        try (PDDocument pdf = Loader.loadPDF(english)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(pdf)).contains("IoT Security Working Group", "1,027 adults", "76%", "label");
        }
        MediaStore.Received received = new MediaStore(directory, TEST_LIMIT).receive(new ByteArrayInputStream(french), french.length);
        assertThat(received.kind()).isEqualTo(MediaKind.PDF);
    }
}
