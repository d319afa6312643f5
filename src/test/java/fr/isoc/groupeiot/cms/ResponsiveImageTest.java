package fr.isoc.groupeiot.cms;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** What a cover's img gets from its media file, and the cover's rule in the editor's fields. */
class ResponsiveImageTest {

    private static final String SHA = "c0".repeat(32);

    @Test
    void aWidePngCoverHasBothCopiesItsSizeAndTheCardsSizes() {
        ResponsiveImage cover = ResponsiveImage.of(file(MediaKind.PNG, 1600, 900), ResponsiveImage.IN_CARD);

        assertThat(cover.src()).isEqualTo("/media/" + SHA + "/une%20photo.png");
        assertThat(cover.srcset()).isEqualTo(cover.src() + "?w=480 480w, " + cover.src() + "?w=960 960w, " + cover.src() + " 1600w");
        assertThat(cover.sizes()).isEqualTo("(max-width: 24rem) 100vw, 24rem");
        assertThat(cover.width()).isEqualTo(1600);
        assertThat(cover.height()).isEqualTo(900);
    }

    @Test
    void aSmallOrUnscaledImageKeepsItsSizeWithoutCopiesAndAPdfIsNoCover() {
        ResponsiveImage small = ResponsiveImage.of(file(MediaKind.JPEG, 400, 300), ResponsiveImage.IN_TEXT);
        assertThat(small.srcset()).isNull();
        assertThat(small.width()).isEqualTo(400);

        ResponsiveImage gif = ResponsiveImage.of(file(MediaKind.GIF, 1600, 900), ResponsiveImage.IN_TEXT);
        assertThat(gif.srcset()).isNull();
        assertThat(gif.height()).isEqualTo(900);

        ResponsiveImage webp = ResponsiveImage.of(file(MediaKind.WEBP, null, null), ResponsiveImage.IN_TEXT);
        assertThat(webp.src()).endsWith(".webp");
        assertThat(webp.width()).isNull();

        assertThat(ResponsiveImage.of(file(MediaKind.PDF, null, null), ResponsiveImage.IN_TEXT)).isNull();
        assertThat(ResponsiveImage.of(null, ResponsiveImage.IN_TEXT)).isNull();
    }

    @Test
    void aCoverNeedsItsTextAlternative() {
        ContentFields fields = ContentFields.of("Titre", null, null, "<p>x</p>", null, null);
        assertThat(fields.isCoverDescribed()).as("no cover").isTrue();
        assertThat(fields.withCover(7L, "  ").isCoverDescribed()).isFalse();
        assertThat(fields.withCover(7L, "Une caméra sur une étagère").isCoverDescribed()).isTrue();
    }

    private static MediaFile file(MediaKind kind, Integer width, Integer height) {
        MediaStore.Received received = new MediaStore.Received(Path.of("x.part"), SHA, kind, 1000, width, height);
        return new MediaFile(received, "une photo." + kind.extension(), new MediaTexts(null, null, "Une photo", "A photo"),
                "editor", Instant.now());
    }
}
