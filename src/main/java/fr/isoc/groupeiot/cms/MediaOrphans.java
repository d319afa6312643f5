package fr.isoc.groupeiot.cms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and deletes what the media directory holds that the library does not know: files named by a content hash
 * that no media file has (a crash between writing them and committing their row) and partial uploads left in
 * {@code .incoming}. Only files older than the grace period go, so that an upload in progress is never touched;
 * files of other names are left alone.
 */
final class MediaOrphans {

    /** {@code <sha256>} or a responsive copy {@code <sha256>-<width>.<ext>}. */
    private static final Pattern STORED = Pattern.compile("([0-9a-f]{64})(?:-[0-9]+\\.[a-z]+)?");

    private MediaOrphans() {
    }

    /** {@code known} answers which of the given hashes have a media file; returns how many files were deleted. */
    static int sweep(Path directory, Duration grace, Instant now, Function<Set<String>, Set<String>> known) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        Instant before = now.minus(grace);
        Map<String, List<Path>> byHash = new HashMap<>();
        List<Path> stale = new ArrayList<>();
        try {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
                for (Path file : files) {
                    Matcher stored = STORED.matcher(file.getFileName().toString());
                    if (stored.matches() && olderThan(file, before)) {
                        byHash.computeIfAbsent(stored.group(1), hash -> new ArrayList<>()).add(file);
                    }
                }
            }
            Path incoming = directory.resolve(".incoming");
            if (Files.isDirectory(incoming)) {
                try (DirectoryStream<Path> parts = Files.newDirectoryStream(incoming, "*.part")) {
                    for (Path part : parts) {
                        if (olderThan(part, before)) {
                            stale.add(part);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!byHash.isEmpty()) {
            // Asked last, just before deleting: a row committed meanwhile keeps its files.
            known.apply(byHash.keySet()).forEach(byHash::remove);
        }
        byHash.values().forEach(stale::addAll);
        int deleted = 0;
        for (Path file : stale) {
            try {
                if (Files.deleteIfExists(file)) {
                    deleted++;
                }
            } catch (IOException ignored) {
                // Tried again at the next sweep.
            }
        }
        return deleted;
    }

    private static boolean olderThan(Path file, Instant before) throws IOException {
        try {
            return Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isBefore(before);
        } catch (NoSuchFileException gone) {
            return false;
        }
    }
}
