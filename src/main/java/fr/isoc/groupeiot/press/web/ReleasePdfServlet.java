package fr.isoc.groupeiot.press.web;

import fr.isoc.groupeiot.cms.ContentItem;
import fr.isoc.groupeiot.cms.ContentType;
import fr.isoc.groupeiot.cms.Contents;
import fr.isoc.groupeiot.cms.MediaFile;
import fr.isoc.groupeiot.cms.MediaLibrary;
import fr.isoc.groupeiot.platform.web.Revalidation;
import fr.isoc.groupeiot.platform.config.PortalSettings;
import fr.isoc.groupeiot.platform.i18n.Language;
import fr.isoc.groupeiot.press.MediaContact;
import fr.isoc.groupeiot.press.MediaContacts;
import fr.isoc.groupeiot.press.PressReleases;
import fr.isoc.groupeiot.press.ReleasePdf;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /fr/presse/{slug}.pdf}: a public release as PDF ({@link ReleasePdf}); a release that is not public (draft,
 * embargo) is a 404 like its page. The PDF is made on the first request for a version of the release and its
 * contacts, then kept (a launch sends many journalists to the same few releases at once).
 */
@WebServlet(PressPaths.PDF_SERVLET)
public class ReleasePdfServlet extends HttpServlet {

    private static final Pattern MEDIA = Pattern.compile("/media/([0-9a-f]{64})(?:/[^?]*)?(?:\\?w=([0-9]{1,5}))?");

    @Inject
    Contents contents;

    @Inject
    PressReleases releases;

    @Inject
    MediaContacts mediaContacts;

    @Inject
    MediaLibrary library;

    @Inject
    PortalSettings settings;

    @Inject
    ReleasePdfCache cache;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language language = Downloads.language(request);
        Object slug = request.getAttribute(PressFilter.RELEASE_SLUG);
        Optional<ContentItem> found = slug instanceof String s ? contents.published(language, ContentType.PRESS_RELEASE, s) : Optional.empty();
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ContentItem item = found.get();
        List<MediaContact> contacts = mediaContacts.ofRelease(item.getId());
        String fingerprint = item.getId() + "-" + item.getVersion() + contacts.stream()
                .map(c -> "-" + c.getId() + "." + c.getVersion()).reduce("", String::concat);
        if (Revalidation.notModified(request, response, "pdf|" + fingerprint, item.getUpdatedAt())) {
            return;
        }
        byte[] pdf = cache.get(fingerprint, () -> render(item, contacts));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", Downloads.attachment(item.getSlug() + ".pdf"));
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    private byte[] render(ContentItem item, List<MediaContact> contacts) {
        ReleasePdf.Release release = new ReleasePdf.Release(item, releases.details(item.getId()).orElse(null), contacts,
                releases.attachments(item.getId()), settings.getPublicBaseUrl(), this::media);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            ReleasePdf.write(release, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A media library file (or its responsive copy) by its URL path, read from the media directory. */
    private Optional<InputStream> media(String path) {
        Matcher matcher = MEDIA.matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Optional<MediaFile> file = library.findBySha(matcher.group(1));
        Integer width = matcher.group(2) == null ? null : Integer.valueOf(matcher.group(2));
        return file.flatMap(f -> library.bytes(f, f.getResponsiveWidths().contains(width) ? width : null)).map(p -> {
            try {
                return Files.newInputStream(p);
            } catch (IOException e) {
                return null;
            }
        });
    }
}
