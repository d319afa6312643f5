package fr.isoc.groupeiot.cms;

import org.apache.tika.Tika;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The media directory: receives an upload into a temporary file (at most the size limit, hashed on the way), checks
 * its type from its bytes with Tika (never from its name), then puts it in place as {@code <sha256>} with its
 * responsive copies {@code <sha256>-<width>.<ext>}. No database here: {@link MediaLibrary} records the rows.
 */
public class MediaStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    /** Larger images are not decoded for copies: a small file can hold a huge, memory-eating picture. */
    private static final long MAX_PIXELS_FOR_COPIES = 40_000_000L;
    private static final Tika TIKA = new Tika();

    private final Path directory;
    private final long maxBytes;

    public MediaStore(Path directory, long maxBytes) {
        this.directory = directory;
        this.maxBytes = maxBytes;
    }

    /** An upload that passed the checks, still in its temporary file. */
    public record Received(Path temporary, String sha256, MediaKind kind, long size, Integer width, Integer height) {
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Reads the upload (at most one byte more than the limit) into a temporary file; refuses it, leaving nothing
     * behind, when it is too large, empty or of a type not accepted.
     */
    public Received receive(InputStream upload, long declaredSize) throws IOException {
        if (declaredSize > maxBytes) {
            throw new MediaRefusedException(MediaRefusedException.Reason.TOO_LARGE);
        }
        Path incoming = Files.createDirectories(directory.resolve(".incoming"));
        Path temporary = incoming.resolve(UUID.randomUUID() + ".part");
        boolean kept = false;
        try {
            MessageDigest sha = sha256();
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), sha)) {
                size = upload.transferTo(new LimitedOutputStream(out, maxBytes));
            } catch (LimitedOutputStream.LimitExceeded tooLarge) {
                throw new MediaRefusedException(MediaRefusedException.Reason.TOO_LARGE);
            }
            if (size == 0) {
                throw new MediaRefusedException(MediaRefusedException.Reason.EMPTY);
            }
            MediaKind kind = detect(temporary).orElseThrow(() -> new MediaRefusedException(MediaRefusedException.Reason.WRONG_TYPE));
            int[] dimensions = kind == MediaKind.SVG ? svgDimensions(temporary) : kind.isImage() ? dimensions(temporary) : null;
            if (kind.isImage() && dimensions == null && kind != MediaKind.WEBP && kind != MediaKind.SVG) {
                // Says it is an image, but no image reader makes sense of it.
                throw new MediaRefusedException(MediaRefusedException.Reason.WRONG_TYPE);
            }
            kept = true;
            return new Received(temporary, HexFormat.of().formatHex(sha.digest()), kind, size,
                    dimensions == null ? null : dimensions[0], dimensions == null ? null : dimensions[1]);
        } finally {
            if (!kept) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** The accepted type of these bytes, detected from their content only (magic numbers), not from any name. */
    public static Optional<MediaKind> detect(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return MediaKind.ofMediaType(TIKA.detect(in));
        }
    }

    /**
     * Moves the received file into place and makes its responsive copies. Returns the files this call created (the
     * caller deletes them if recording the upload fails); none when the same content was there already.
     */
    public List<Path> place(Received received) throws IOException {
        List<Path> created = new ArrayList<>();
        Path target = directory.resolve(received.sha256());
        if (Files.exists(target)) {
            // The same content is there already (same hash, same bytes).
            Files.deleteIfExists(received.temporary());
        } else {
            // Renaming within the directory: atomic, so a reader never sees half a file.
            Files.move(received.temporary(), target, StandardCopyOption.ATOMIC_MOVE);
            created.add(target);
        }
        try {
            created.addAll(responsiveCopies(target, received));
        } catch (IOException | RuntimeException unreadable) {
            // An image the JDK cannot scale is served at its own size only.
        }
        return created;
    }

    private List<Path> responsiveCopies(Path original, Received received) throws IOException {
        if (!received.kind().hasResponsiveCopies() || received.width() == null
                || (long) received.width() * received.height() > MAX_PIXELS_FOR_COPIES) {
            return List.of();
        }
        List<Integer> widths = MediaFile.RESPONSIVE_WIDTHS.stream().filter(w -> w < received.width()).toList();
        if (widths.isEmpty()) {
            return List.of();
        }
        BufferedImage image = ImageIO.read(original.toFile());
        if (image == null) {
            return List.of();
        }
        List<Path> created = new ArrayList<>();
        for (int width : widths) {
            Path copy = copyPath(received.sha256(), width, received.kind());
            if (Files.exists(copy)) {
                continue;
            }
            BufferedImage scaled = scale(image, width, received.kind() == MediaKind.JPEG);
            Path part = directory.resolve(".incoming").resolve(UUID.randomUUID() + ".part");
            ImageIO.write(scaled, received.kind() == MediaKind.JPEG ? "jpeg" : "png", part.toFile());
            Files.move(part, copy, StandardCopyOption.REPLACE_EXISTING);
            created.add(copy);
        }
        return created;
    }

    /** Halves the picture step by step, then draws the last step, which keeps thin lines and text readable. */
    static BufferedImage scale(BufferedImage source, int width, boolean opaque) {
        int type = opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB;
        int targetHeight = Math.max(1, (int) Math.round((double) source.getHeight() * width / source.getWidth()));
        BufferedImage current = source;
        int w = source.getWidth();
        int h = source.getHeight();
        do {
            w = Math.max(width, w / 2);
            h = w == width ? targetHeight : Math.max(targetHeight, h / 2);
            BufferedImage next = new BufferedImage(w, h, type);
            Graphics2D g = next.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                if (opaque) {
                    g.setColor(java.awt.Color.WHITE);
                    g.fillRect(0, 0, w, h);
                }
                g.drawImage(current, 0, 0, w, h, null);
            } finally {
                g.dispose();
            }
            current = next;
        } while (w > width);
        return current;
    }

    /** Width and height read from the header, without decoding the picture; null when no reader knows it. */
    private static int[] dimensions(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return null;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } catch (IOException | RuntimeException unreadable) {
                return null;
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * An SVG's size from its root element's width and height, in pixels or unit-less; null when they are missing or
     * relative (a viewBox alone gives a shape, not a size). Refused when the file is not well-formed XML with an
     * {@code svg} root.
     * No DTD or external entity is read.
     */
    static int[] svgDimensions(Path file) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            try {
                while (reader.hasNext() && reader.next() != XMLStreamConstants.START_ELEMENT) {
                    // Skips the prolog (declaration, comments, processing instructions).
                }
                if (!reader.isStartElement() || !"svg".equals(reader.getLocalName())) {
                    throw new MediaRefusedException(MediaRefusedException.Reason.WRONG_TYPE);
                }
                Integer width = pixels(reader.getAttributeValue(null, "width"));
                Integer height = pixels(reader.getAttributeValue(null, "height"));
                while (reader.hasNext()) {
                    // Read to the end: a file that is not well-formed XML is no image a browser shows.
                    reader.next();
                }
                return width != null && height != null ? new int[] {width, height} : null;
            } finally {
                reader.close();
            }
        } catch (XMLStreamException notXml) {
            throw new MediaRefusedException(MediaRefusedException.Reason.WRONG_TYPE);
        }
    }

    /** "120", "120.5" or "120px" as whole pixels; null for other units (%, em, cm…) or nonsense. */
    private static Integer pixels(String length) {
        if (length == null || !length.strip().matches("[0-9]{1,6}(\\.[0-9]+)?(px)?")) {
            return null;
        }
        long rounded = Math.round(Double.parseDouble(length.strip().replace("px", "")));
        return rounded > 0 ? (int) rounded : null;
    }

    /** The stored file of a content hash, or of its copy {@code width} wide; empty when there is none. */
    public Optional<Path> file(String sha256, Integer width, MediaKind kind) {
        if (!SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        Path path = width == null ? directory.resolve(sha256) : copyPath(sha256, width, kind);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    private Path copyPath(String sha256, int width, MediaKind kind) {
        return directory.resolve(sha256 + "-" + width + "." + kind.extension());
    }

    /** Deletes a file and its copies. */
    public void remove(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, sha256 + "*")) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteQuietly(List<Path> files) {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // Left behind, it is an unused file: harmless, and replaced if the same content comes again.
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops writing once the limit is passed: an upload is never read further than one byte over it. */
    private static final class LimitedOutputStream extends OutputStream {

        static final class LimitExceeded extends IOException {
        }

        private final OutputStream out;
        private final long limit;
        private long written;

        LimitedOutputStream(OutputStream out, long limit) {
            this.out = out;
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            check(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            check(len);
            out.write(b, off, len);
        }

        private void check(int more) throws IOException {
            written += more;
            if (written > limit) {
                throw new LimitExceeded();
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }
}
