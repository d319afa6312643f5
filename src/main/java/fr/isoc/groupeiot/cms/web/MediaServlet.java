package fr.isoc.groupeiot.cms.web;

import fr.isoc.groupeiot.cms.MediaFile;
import fr.isoc.groupeiot.cms.MediaKind;
import fr.isoc.groupeiot.cms.MediaLibrary;
import fr.isoc.groupeiot.cms.MediaVisibility;
import fr.isoc.groupeiot.platform.security.Role;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /media/<sha256>/<name>} (and {@code ?w=480} for a responsive copy): the media library's files, public, as
 * published pages show them. The address holds the content hash, so a response never changes: cached for a year.
 */
@WebServlet("/media/*")
public class MediaServlet extends HttpServlet {

    /** The policy of an SVG file: its own inline styles, nothing else; in a sandbox (a unique origin, no scripts). */
    static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    private static final Pattern PATH = Pattern.compile("/([0-9a-f]{64})(?:/[^/]*)?");

    @Inject
    MediaLibrary library;

    @Inject
    Instance<MediaVisibility> visibility;

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean body) throws IOException {
        Matcher matcher = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!matcher.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<MediaFile> found = library.findBySha(matcher.group(1));
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        MediaFile file = found.get();
        // Hidden (e.g. only an embargoed release uses it): 404 to the public; editors get it, but no cache may keep it.
        boolean hidden = visibility.stream().anyMatch(v -> v.hiddenFromPublic(file));
        if (hidden && !request.isUserInRole(Role.EDITOR)) {
            response.setHeader("Cache-Control", "no-store");
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Integer width = width(request.getParameter("w"), file);
        Optional<Path> bytes = library.bytes(file, width);
        if (bytes.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"" + file.getSha256() + (width == null ? "" : "-" + width) + "\"";
        response.setHeader("Cache-Control", hidden ? "private, no-store" : "public, max-age=31536000, immutable");
        response.setHeader("ETag", etag);
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        // A responsive copy is in its original's format.
        response.setContentType(file.getMediaType());
        if (file.getKind() == MediaKind.PDF) {
            response.setHeader("Content-Disposition", contentDisposition(file.getOriginalName()));
        }
        if (file.getKind() == MediaKind.SVG) {
            // Opened directly, an SVG is a document of this origin: no script, no request, sandboxed; never sniffed.
            response.setHeader("Content-Security-Policy", SVG_POLICY);
            response.setHeader("X-Content-Type-Options", "nosniff");
        }
        response.setContentLengthLong(Files.size(bytes.get()));
        if (body) {
            Files.copy(bytes.get(), response.getOutputStream());
        }
    }

    /** A responsive width this file has; any other value (or none) serves the original. */
    private static Integer width(String requested, MediaFile file) {
        if (requested == null) {
            return null;
        }
        return file.getResponsiveWidths().stream().filter(w -> String.valueOf(w).equals(requested)).findFirst().orElse(null);
    }

    /** {@code inline} with an ASCII fallback name and the real one encoded as RFC 5987 says. */
    static String contentDisposition(String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7e]", "_").replace("\\", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "inline; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
