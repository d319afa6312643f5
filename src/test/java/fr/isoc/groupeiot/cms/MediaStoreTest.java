package fr.isoc.groupeiot.cms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The media directory's rules: type from the bytes, the size limit, nothing left behind when refused, one file per content. */
class MediaStoreTest {

    @TempDir
    Path directory;

    @Test
    void acceptsAPngByItsBytesAndMakesItsResponsiveCopies() throws Exception {
        byte[] png = png(1200, 600, "png");
        MediaStore store = new MediaStore(directory, 1_000_000);

        MediaStore.Received received = store.receive(new ByteArrayInputStream(png), png.length);

        assertThat(received.kind()).isEqualTo(MediaKind.PNG);
        assertThat(received.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png)));
        assertThat(received.size()).isEqualTo(png.length);
        assertThat(received.width()).isEqualTo(1200);
        assertThat(received.height()).isEqualTo(600);
        List<Path> created = store.place(received);
        assertThat(created).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder(received.sha256(), received.sha256() + "-480.png", received.sha256() + "-960.png");
        BufferedImage small = ImageIO.read(store.file(received.sha256(), 480, MediaKind.PNG).orElseThrow().toFile());
        assertThat(small.getWidth()).isEqualTo(480);
        assertThat(small.getHeight()).isEqualTo(240);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void makesNoCopyWiderThanTheOriginal() throws Exception {
        byte[] jpeg = png(600, 300, "jpeg");
        MediaStore store = new MediaStore(directory, 1_000_000);
        MediaStore.Received received = store.receive(new ByteArrayInputStream(jpeg), jpeg.length);
        assertThat(received.kind()).isEqualTo(MediaKind.JPEG);
        assertThat(store.place(received)).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder(received.sha256(), received.sha256() + "-480.jpg");
    }

    @Test
    void refusesHtmlNamedLikeAnImageAndKeepsNothing() {
        byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        MediaStore store = new MediaStore(directory, 1_000_000);
        assertThatThrownBy(() -> store.receive(new ByteArrayInputStream(html), html.length))
                .isInstanceOfSatisfying(MediaRefusedException.class, e -> assertThat(e.reason()).isEqualTo(MediaRefusedException.Reason.WRONG_TYPE));
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void refusesAFileThatOnlyStartsLikeAPng() {
        byte[] fake = new byte[2000];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a}, 0, fake, 0, 8);
        MediaStore store = new MediaStore(directory, 1_000_000);
        assertThatThrownBy(() -> store.receive(new ByteArrayInputStream(fake), fake.length))
                .isInstanceOfSatisfying(MediaRefusedException.class, e -> assertThat(e.reason()).isEqualTo(MediaRefusedException.Reason.WRONG_TYPE));
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void acceptsAPdf() throws Exception {
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        MediaStore store = new MediaStore(directory, 1_000_000);
        MediaStore.Received received = store.receive(new ByteArrayInputStream(pdf), pdf.length);
        assertThat(received.kind()).isEqualTo(MediaKind.PDF);
        assertThat(received.width()).isNull();
        assertThat(store.place(received)).hasSize(1);
    }

    @Test
    void refusesAFileOverTheLimitEvenWhenItsDeclaredSizeLies() {
        byte[] large = new byte[5000];
        MediaStore store = new MediaStore(directory, 4096);
        assertThatThrownBy(() -> store.receive(new ByteArrayInputStream(large), large.length))
                .isInstanceOfSatisfying(MediaRefusedException.class, e -> assertThat(e.reason()).isEqualTo(MediaRefusedException.Reason.TOO_LARGE));
        assertThatThrownBy(() -> store.receive(new ByteArrayInputStream(large), 10))
                .isInstanceOfSatisfying(MediaRefusedException.class, e -> assertThat(e.reason()).isEqualTo(MediaRefusedException.Reason.TOO_LARGE));
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void refusesAnEmptyFile() {
        MediaStore store = new MediaStore(directory, 4096);
        assertThatThrownBy(() -> store.receive(new ByteArrayInputStream(new byte[0]), 0))
                .isInstanceOfSatisfying(MediaRefusedException.class, e -> assertThat(e.reason()).isEqualTo(MediaRefusedException.Reason.EMPTY));
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void keepsOneFileForTheSameContentUploadedTwice() throws Exception {
        byte[] png = png(100, 50, "png");
        MediaStore store = new MediaStore(directory, 1_000_000);
        assertThat(store.place(store.receive(new ByteArrayInputStream(png), png.length))).hasSize(1);
        assertThat(store.place(store.receive(new ByteArrayInputStream(png), png.length))).as("nothing new").isEmpty();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void removesAFileWithItsCopies() throws Exception {
        byte[] png = png(1000, 500, "png");
        MediaStore store = new MediaStore(directory, 1_000_000);
        MediaStore.Received received = store.receive(new ByteArrayInputStream(png), png.length);
        store.place(received);
        store.remove(received.sha256());
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void requiresAnImagesAlternativeTextInBothLanguages() throws Exception {
        byte[] png = png(100, 50, "png");
        MediaStore.Received received = new MediaStore(directory, 1_000_000).receive(new ByteArrayInputStream(png), png.length);
        assertThatThrownBy(() -> new MediaFile(received, "a.png", new MediaTexts("Titre", null, "Un schéma", " "), "editor", java.time.Instant.now()))
                .isInstanceOfSatisfying(MediaRefusedException.class, e -> assertThat(e.reason()).isEqualTo(MediaRefusedException.Reason.ALT_REQUIRED));
        MediaFile file = new MediaFile(received, "a.png", new MediaTexts(" ", null, " Un schéma ", "A diagram"), "editor", java.time.Instant.now());
        assertThat(file.getTitleFr()).isNull();
        assertThat(file.getAltFr()).isEqualTo("Un schéma");
        assertThat(file.getUrl()).isEqualTo("/media/" + received.sha256() + "/a.png");
    }

    @Test
    void cleansTheFileNameAndGivesItTheDetectedTypesExtension() {
        assertThat(MediaLibrary.safeName("C:\\Users\\x\\Rapport annuel.PDF", MediaKind.PDF)).isEqualTo("Rapport annuel.pdf");
        assertThat(MediaLibrary.safeName("../../etc/passwd", MediaKind.PNG)).isEqualTo("passwd.png");
        assertThat(MediaLibrary.safeName("x.png", MediaKind.JPEG)).isEqualTo("x.jpg");
        assertThat(MediaLibrary.safeName("a\"b<c>\n.gif", MediaKind.GIF)).isEqualTo("a_b_c__.gif");
        assertThat(MediaLibrary.safeName(".htaccess", MediaKind.PDF)).isEqualTo("htaccess.pdf");
        assertThat(MediaLibrary.safeName(null, MediaKind.PDF)).isEqualTo("file.pdf");
        assertThat(MediaLibrary.safeName("é".repeat(300) + ".png", MediaKind.PNG)).hasSize(200);
    }

    private List<Path> leftovers() {
        Path incoming = directory.resolve(".incoming");
        if (!Files.isDirectory(incoming)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(incoming)) {
            return files.toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static byte[] png(int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color((int) (Math.random() * 0xffffff)));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
