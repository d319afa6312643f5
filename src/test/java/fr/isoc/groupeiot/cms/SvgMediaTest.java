package fr.isoc.groupeiot.cms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SVG in the media library (for the press kit's logo): accepted by its content, sized from its root, no copies. */
class SvgMediaTest {

    @TempDir
    Path directory;

    @Test
    void acceptsTheGroupLogoAsSvgWithItsSizeAndMakesNoCopies() throws Exception {
        byte[] svg;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("press/demo/logo-groupe-iot.svg")) {
            svg = in.readAllBytes();
        }
        MediaStore store = new MediaStore(directory, 1_000_000);

        MediaStore.Received received = store.receive(new ByteArrayInputStream(svg), svg.length);

        assertThat(received.kind()).isEqualTo(MediaKind.SVG);
        assertThat(received.kind().isImage()).isTrue();
        assertThat(received.width()).isEqualTo(512);
        assertThat(received.height()).isEqualTo(512);
        assertThat(store.place(received)).extracting(p -> p.getFileName().toString()).containsExactly(received.sha256());
    }

    @Test
    void leavesTheSizeUnknownWhenTheRootGivesNoneInPixels() throws Exception {
        byte[] svg = ("<?xml version=\"1.0\"?>\n<!-- a comment -->\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" "
                + "viewBox=\"0 0 64 64\"><circle cx=\"32\" cy=\"32\" r=\"8\"/></svg>").getBytes(StandardCharsets.UTF_8);

        MediaStore.Received received = new MediaStore(directory, 1_000_000).receive(new ByteArrayInputStream(svg), svg.length);

        assertThat(received.kind()).isEqualTo(MediaKind.SVG);
        assertThat(received.width()).isNull();
        assertThat(received.height()).isNull();
    }

    @Test
    void refusesAnSvgThatIsNotWellFormedAndKeepsNothing() throws IOException {
        byte[] broken = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><g></svg>".getBytes(StandardCharsets.UTF_8);
        MediaStore store = new MediaStore(directory, 1_000_000);

        assertThatThrownBy(() -> store.receive(new ByteArrayInputStream(broken), broken.length))
                .isInstanceOfSatisfying(MediaRefusedException.class, e -> assertThat(e.reason()).isEqualTo(MediaRefusedException.Reason.WRONG_TYPE));
        try (Stream<Path> files = Files.walk(directory)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }
}
