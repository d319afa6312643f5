package fr.isoc.groupeiot.cms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The orphan sweep of the media directory, on real files: what no row names goes once old, nothing else. */
class MediaOrphansTest {

    private static final Duration GRACE = Duration.ofHours(1);

    @TempDir
    Path directory;

    private final Instant now = Instant.now();

    @Test
    void removesOldFilesThatNoMediaFileNamesWithTheirCopies() throws Exception {
        MediaStore store = new MediaStore(directory, 1_000_000);
        MediaStore.Received known = received(store, MediaStoreTest.png(1200, 600, "png"));
        MediaStore.Received orphan = received(store, MediaStoreTest.png(1000, 500, "png"));
        List<Path> knownFiles = store.place(known);
        List<Path> orphanFiles = store.place(orphan);
        assertThat(orphanFiles).hasSize(3);
        ageAll(directory, Duration.ofHours(2));
        Set<Set<String>> asked = new HashSet<>();

        int deleted = MediaOrphans.sweep(directory, GRACE, now, hashes -> {
            asked.add(Set.copyOf(hashes));
            return Set.of(known.sha256());
        });

        assertThat(deleted).isEqualTo(3);
        assertThat(orphanFiles).noneMatch(Files::exists);
        assertThat(knownFiles).allMatch(Files::exists);
        assertThat(asked).as("one question for every candidate").containsExactly(Set.of(known.sha256(), orphan.sha256()));
    }

    @Test
    void leavesRecentFilesAnUploadInProgressAndFilesOfOtherNames() throws Exception {
        MediaStore store = new MediaStore(directory, 1_000_000);
        MediaStore.Received recent = received(store, MediaStoreTest.png(600, 300, "png"));
        List<Path> recentFiles = store.place(recent);
        Path uploading = Files.createDirectories(directory.resolve(".incoming")).resolve("upload-in-progress.part");
        Files.write(uploading, new byte[] {1, 2, 3});
        Path foreign = Files.writeString(directory.resolve("README.txt"), "kept");
        age(foreign, Duration.ofDays(3));
        age(uploading, Duration.ofMinutes(10));

        int deleted = MediaOrphans.sweep(directory, GRACE, now, hashes -> Set.of());

        assertThat(deleted).isZero();
        assertThat(recentFiles).allMatch(Files::exists);
        assertThat(uploading).exists();
        assertThat(foreign).exists();
    }

    @Test
    void removesAPartialUploadAbandonedLongAgoWithoutAskingTheDatabase() throws Exception {
        Path stale = Files.createDirectories(directory.resolve(".incoming")).resolve("crashed.part");
        Files.write(stale, new byte[] {1});
        age(stale, Duration.ofHours(5));

        int deleted = MediaOrphans.sweep(directory, GRACE, now, hashes -> {
            throw new AssertionError("no hash to ask about");
        });

        assertThat(deleted).isEqualTo(1);
        assertThat(stale).doesNotExist();
    }

    @Test
    void aMissingDirectoryIsNothingToSweep() {
        assertThat(MediaOrphans.sweep(directory.resolve("none"), GRACE, now, hashes -> Set.of())).isZero();
    }

    private static MediaStore.Received received(MediaStore store, byte[] bytes) throws Exception {
        return store.receive(new ByteArrayInputStream(bytes), bytes.length);
    }

    private void ageAll(Path root, Duration age) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                age(file, age);
            }
        }
    }

    private void age(Path file, Duration age) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(now.minus(age)));
    }
}
