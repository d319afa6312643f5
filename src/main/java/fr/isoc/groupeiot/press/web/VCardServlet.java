package fr.isoc.groupeiot.press.web;

import fr.isoc.groupeiot.platform.web.Revalidation;
import fr.isoc.groupeiot.platform.i18n.Language;
import fr.isoc.groupeiot.press.KitArchive;
import fr.isoc.groupeiot.press.MediaContact;
import fr.isoc.groupeiot.press.MediaContacts;
import fr.isoc.groupeiot.press.VCards;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Media contacts as vCard 4.0: one contact ({@code /fr/presse/contacts/{id}.vcf}) or all of them in one file
 * ({@code /fr/presse/contacts.vcf}); {@link PressFilter} forwards the public paths here. Revalidated by ETag.
 */
@WebServlet(PressPaths.VCARD_SERVLET)
public class VCardServlet extends HttpServlet {

    @Inject
    MediaContacts contacts;

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
        Long id = request.getAttribute(PressPaths.CONTACT) instanceof Long contact ? contact : null;
        List<MediaContact> cards = id == null ? contacts.all() : contacts.find(id).map(List::of).orElse(List.of());
        if (id != null && cards.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String fingerprint = "vcard|" + language.code() + "|" + id + "|"
                + cards.stream().map(c -> c.getId() + ":" + c.getVersion()).collect(Collectors.joining(","));
        Instant lastModified = cards.stream().map(MediaContact::getUpdatedAt).max(Comparator.naturalOrder()).orElse(null);
        if (Revalidation.notModified(request, response, fingerprint, lastModified)) {
            return;
        }
        response.setContentType("text/vcard; charset=utf-8");
        String name = id == null
                ? ResourceBundle.getBundle("i18n.messages", language.locale()).getString("mediaContacts.file.all")
                : KitArchive.safeName(cards.getFirst().getFullName() + ".vcf");
        response.setHeader("Content-Disposition", Downloads.attachment(name));
        if (body) {
            Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
            VCards.write(cards, language, out);
            out.flush();
        }
    }
}
