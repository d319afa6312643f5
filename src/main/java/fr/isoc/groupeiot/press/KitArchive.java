package fr.isoc.groupeiot.press;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The press kit as one ZIP, written straight to a stream (never built in memory or in a temporary file): a folder per
 * section named in the archive's language, each file under a safe, unique version of its original name, and a
 * credits file (UTF-8) listing every file with its title, credit and licence, and how to reach the press office.
 */
public final class KitArchive {

    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}\\p{Cf}\\\\/:*?\"<>|%#;]");
    /** Names Windows refuses for a file, whatever the extension. */
    private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");
    private static final int MAX_NAME = 120;

    private KitArchive() {
    }

    /** A file of the kit, as the archive needs it. */
    public record File(KitSection section, String originalName, String title, String credit, String licence, Path bytes) {
    }

    /**
     * Writes the archive. {@code texts} is the portal's bundle in the archive's language; {@code contact} the line that
     * says how to reach the press office. The stream is finished (the ZIP's directory written) but not closed.
     */
    public static void write(List<File> files, ResourceBundle texts, String contact, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        Set<String> taken = new HashSet<>();
        StringBuilder credits = new StringBuilder()
                .append(texts.getString("pressKit.credits.heading")).append("\r\n")
                .append("=".repeat(texts.getString("pressKit.credits.heading").length())).append("\r\n\r\n");
        for (File file : files) {
            String path = unique(texts.getString("pressKit.folder." + file.section()) + "/" + safeName(file.originalName()), taken);
            ZipEntry entry = new ZipEntry(path);
            entry.setLastModifiedTime(Files.getLastModifiedTime(file.bytes()));
            zip.putNextEntry(entry);
            Files.copy(file.bytes(), zip);
            zip.closeEntry();
            credits.append(path).append("\r\n");
            line(credits, texts, "pressKit.credits.title", file.title());
            line(credits, texts, "pressKit.credits.credit", file.credit());
            line(credits, texts, "pressKit.credits.licence", file.licence());
            credits.append("\r\n");
        }
        credits.append(contact).append("\r\n");
        zip.putNextEntry(new ZipEntry(texts.getString("pressKit.credits.fileName")));
        zip.write(credits.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    private static void line(StringBuilder credits, ResourceBundle texts, String key, String value) {
        String shown = value == null || value.isBlank() ? texts.getString("pressKit.credits.none") : value;
        credits.append("  ").append(MessageFormat.format(texts.getString(key), shown)).append("\r\n");
    }

    /**
     * A name every system can unpack: no folders, no control, format or reserved characters, no leading dot, no
     * trailing dot or space, not a reserved Windows device name, at most 120 characters with its extension kept.
     */
    public static String safeName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        name = UNSAFE.matcher(name).replaceAll("_").strip();
        name = name.replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        if (name.isEmpty()) {
            name = "file";
        }
        if (RESERVED.matcher(name).matches()) {
            name = "_" + name;
        }
        if (name.length() > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME - extension.length()).strip() + extension;
        }
        return name;
    }

    /** The path itself, or "name (2).ext", "name (3).ext"… when taken (compared without case, as Windows and macOS do). */
    static String unique(String path, Set<String> taken) {
        String candidate = path;
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        String base = dot > slash + 1 ? path.substring(0, dot) : path;
        String extension = dot > slash + 1 ? path.substring(dot) : "";
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = base + " (" + n + ")" + extension;
        }
        return candidate;
    }
}
