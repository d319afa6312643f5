package fr.isoc.groupeiot.press.web;

import fr.isoc.groupeiot.cms.MediaLibrary;
import fr.isoc.groupeiot.platform.web.Revalidation;
import fr.isoc.groupeiot.platform.config.PortalSettings;
import fr.isoc.groupeiot.platform.i18n.Language;
import fr.isoc.groupeiot.platform.i18n.Route;
import fr.isoc.groupeiot.press.KitArchive;
import fr.isoc.groupeiot.press.MediaContact;
import fr.isoc.groupeiot.press.MediaContacts;
import fr.isoc.groupeiot.press.PressKit;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The whole press kit as one ZIP ({@code /fr/presse/kit-presse.zip}, {@code /en/press/press-kit.zip}; {@link
 * PressFilter} forwards them here), streamed as it is written. Revalidated by ETag; an empty kit is a 404.
 */
@WebServlet(PressPaths.KIT_SERVLET)
public class KitArchiveServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(KitArchiveServlet.class.getName());

    @Inject
    PressKit kit;

    @Inject
    MediaLibrary library;

    @Inject
    MediaContacts contacts;

    @Inject
    PortalSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean body) throws IOException {
        Language language = Downloads.language(request);
        List<PressKit.Item> items = kit.items();
        if (items.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<MediaContact> people = contacts.all();
        if (Revalidation.notModified(request, response, "kit|" + language.code() + "|" + fingerprint(items, people),
                lastModified(items, people))) {
            return;
        }
        ResourceBundle texts = ResourceBundle.getBundle("i18n.messages", language.locale());
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", Downloads.attachment(texts.getString("pressKit.file.zip")));
        if (!body) {
            return;
        }
        List<KitArchive.File> files = new ArrayList<>();
        for (PressKit.Item item : items) {
            Optional<Path> bytes = library.bytes(item.file(), null);
            if (bytes.isEmpty()) {
                LOG.warning(() -> "Press kit file missing from the media directory: " + item.file().getSha256());
                continue;
            }
            files.add(new KitArchive.File(item.entry().getSection(), item.file().getOriginalName(),
                    item.file().titleOrOther(language), item.entry().getCredit(), item.entry().getLicence(), bytes.get()));
        }
        KitArchive.write(files, texts, contactLines(people, language, texts), response.getOutputStream());
    }


    static String fingerprint(List<PressKit.Item> items, List<MediaContact> people) {
        return Stream.concat(
                items.stream().map(i -> i.entry().getId() + ":" + i.entry().getVersion() + "/" + i.file().getId() + ":" + i.file().getVersion()),
                people.stream().map(c -> "c" + c.getId() + ":" + c.getVersion())).collect(Collectors.joining(","));
    }

    static Instant lastModified(List<PressKit.Item> items, List<MediaContact> people) {
        return Stream.concat(Stream.concat(items.stream().map(i -> i.entry().getUpdatedAt()), items.stream().map(i -> i.file().getUploadedAt())),
                people.stream().map(MediaContact::getUpdatedAt)).max(Instant::compareTo).orElse(null);
    }

    /** The press office: the room's address, then each media contact with their role, e-mail and phone. */
    private String contactLines(List<MediaContact> people, Language language, ResourceBundle texts) {
        StringBuilder lines = new StringBuilder()
                .append(MessageFormat.format(texts.getString("pressKit.credits.room"), texts.getString("site.name"),
                        settings.getPublicBaseUrl() + Route.PRESS.path(language)));
        if (!people.isEmpty()) {
            lines.append("\r\n").append(texts.getString("pressKit.credits.contacts"));
            for (MediaContact person : people) {
                lines.append("\r\n  ").append(person.getFullName()).append(" — ").append(person.role(language))
                        .append(", ").append(person.getOrganisation()).append(" — ").append(person.getEmail());
                if (person.getPhone() != null) {
                    lines.append(" — ").append(person.getPhone());
                }
            }
            lines.append("\r\n").append(MessageFormat.format(texts.getString("pressKit.credits.vcards"),
                    settings.getPublicBaseUrl() + PressPaths.allContacts(language)));
        }
        return lines.toString();
    }
}
