package fr.isoc.groupeiot.press;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The press kit archive: folders per section in the asked language, safe and unique file names, the credits file. */
class KitArchiveTest {

    @TempDir
    Path directory;

    @Test
    void makesEveryNameSafeToUnpackAnywhere() {
        assertThat(KitArchive.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(KitArchive.safeName("C:\\Users\\x\\logo.png")).isEqualTo("logo.png");
        assertThat(KitArchive.safeName(".htaccess")).isEqualTo("htaccess");
        assertThat(KitArchive.safeName("...")).isEqualTo("file");
        assertThat(KitArchive.safeName("")).isEqualTo("file");
        assertThat(KitArchive.safeName(null)).isEqualTo("file");
        assertThat(KitArchive.safeName("a:b*c?d\"e<f>g|h.png")).isEqualTo("a_b_c_d_e_f_g_h.png");
        assertThat(KitArchive.safeName("tab\there\u0000.png")).isEqualTo("tab_here_.png");
        assertThat(KitArchive.safeName("right\u202Egnp.exe")).as("no bidi override").isEqualTo("right_gnp.exe");
        assertThat(KitArchive.safeName("CON.png")).isEqualTo("_CON.png");
        assertThat(KitArchive.safeName("nul")).isEqualTo("_nul");
        assertThat(KitArchive.safeName("photo. ")).isEqualTo("photo");
        assertThat(KitArchive.safeName("Fiche d’information sécurité.pdf")).isEqualTo("Fiche d’information sécurité.pdf");
        assertThat(KitArchive.safeName("e\u0301te\u0301.png")).as("NFC").isEqualTo("été.png");
        String longName = KitArchive.safeName("x".repeat(300) + ".jpeg");
        assertThat(longName).hasSize(120).endsWith(".jpeg");
    }

    @Test
    void numbersNamesTakenAlreadyIgnoringCase() {
        Set<String> taken = new HashSet<>();
        assertThat(KitArchive.unique("Logos/logo.png", taken)).isEqualTo("Logos/logo.png");
        assertThat(KitArchive.unique("Logos/LOGO.png", taken)).isEqualTo("Logos/LOGO (2).png");
        assertThat(KitArchive.unique("Logos/logo.png", taken)).isEqualTo("Logos/logo (3).png");
        assertThat(KitArchive.unique("Photos/logo.png", taken)).as("another folder").isEqualTo("Photos/logo.png");
        assertThat(KitArchive.unique("Logos/README", taken)).isEqualTo("Logos/README");
        assertThat(KitArchive.unique("Logos/readme", taken)).isEqualTo("Logos/readme (2)");
    }

    @Test
    void writesFoldersPerSectionInTheAskedLanguageAndACreditsFile() throws Exception {
        Path svg = Files.writeString(directory.resolve("a"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Path photo = Files.write(directory.resolve("b"), new byte[] {1, 2, 3});
        Path samePhotoName = Files.write(directory.resolve("c"), new byte[] {4, 5});
        Path sheet = Files.writeString(directory.resolve("d"), "%PDF-1.4");
        List<KitArchive.File> files = List.of(
                new KitArchive.File(KitSection.LOGO, "logo.svg", "Logo du groupe", "© Groupe", "CC BY-ND 4.0", svg),
                new KitArchive.File(KitSection.PHOTO, "réunion.jpg", "Réunion de lancement", "Photo : Zoë Lefèvre", "CC BY 4.0", photo),
                new KitArchive.File(KitSection.PHOTO, "Réunion.jpg", null, "Photo : Thành Nguyễn", "CC BY 4.0", samePhotoName),
                new KitArchive.File(KitSection.FACT_SHEET, "../fiche.pdf", "Fiche d’information", null, null, sheet));
        ResourceBundle french = ResourceBundle.getBundle("i18n.messages", Locale.FRENCH);

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        KitArchive.write(files, french, "Service de presse : Hélène Dupré", zip);

        Map<String, byte[]> entries = unzip(zip.toByteArray());
        assertThat(entries.keySet()).containsExactly("Logos/logo.svg", "Photos/réunion.jpg", "Photos/Réunion (2).jpg",
                "Fiches d’information/fiche.pdf", "CREDITS-fr.txt");
        assertThat(entries.get("Photos/Réunion (2).jpg")).containsExactly(4, 5);
        String credits = new String(entries.get("CREDITS-fr.txt"), StandardCharsets.UTF_8);
        assertThat(credits).contains("Photos/réunion.jpg\r\n  Titre : Réunion de lancement\r\n  Crédit : Photo : Zoë Lefèvre\r\n  Licence : CC BY 4.0");
        assertThat(credits).contains("Photos/Réunion (2).jpg\r\n  Titre : (aucun)\r\n  Crédit : Photo : Thành Nguyễn");
        assertThat(credits).endsWith("Service de presse : Hélène Dupré\r\n");

        ByteArrayOutputStream english = new ByteArrayOutputStream();
        KitArchive.write(files.subList(3, 4), ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH), "Press office", english);
        assertThat(unzip(english.toByteArray()).keySet()).containsExactly("Fact sheets/fiche.pdf", "CREDITS.txt");
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
