package fr.isoc.groupeiot.press;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import fr.isoc.groupeiot.cms.ContentItem;
import fr.isoc.groupeiot.cms.ContentRoutes;
import fr.isoc.groupeiot.cms.MediaFile;
import fr.isoc.groupeiot.platform.i18n.Language;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * A press release as a PDF in its language: the group's logo, title, date line, summary, text, "about", media
 * contacts and attachments, with working links, laid out by openhtmltopdf (PDFBox) in Liberation Sans (embedded, so
 * every accent prints) and tagged for accessibility (PDF/UA). Only sanitized HTML (body, about) and escaped text
 * reach it; images are read from the media library, never fetched from the network.
 */
public final class ReleasePdf {

    private static final String FONT = "Liberation Sans";
    private static final String LOGO = "data:image/png;base64," + Base64.getEncoder().encodeToString(resource("/press/logo.png"));

    /** What the PDF shows; {@code mediaBytes} opens a media library file (by its URL path) or nothing. */
    public record Release(ContentItem item, PressRelease details, List<MediaContact> contacts, List<MediaFile> attachments,
                          String baseUrl, Function<String, Optional<InputStream>> mediaBytes) {
    }

    private ReleasePdf() {
    }

    public static void write(Release release, OutputStream out) throws IOException {
        Document html = html(release);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        for (String[] face : new String[][]{{"Regular", "400", "NORMAL"}, {"Bold", "700", "NORMAL"},
                {"Italic", "400", "ITALIC"}, {"BoldItalic", "700", "ITALIC"}}) {
            String file = "/liberation/LiberationSans-" + face[0] + ".ttf";
            builder.useFont(() -> ReleasePdf.class.getResourceAsStream(file), FONT, Integer.valueOf(face[1]),
                    BaseRendererBuilder.FontStyle.valueOf(face[2]), true);
        }
        FSStreamFactory media = new MediaStreams(release);
        builder.useProtocolsStreamImplementation(media, "http", "https", "file", "jar");
        builder.withW3cDocument(new W3CDom().fromJsoup(html), release.baseUrl() + "/");
        builder.toStream(out);
        builder.run();
    }

    /** The release as an HTML document; text goes in through jsoup (escaped), HTML only when sanitized. */
    static Document html(Release release) {
        ContentItem item = release.item();
        Language language = item.getLanguage();
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", language.locale());
        Document doc = Jsoup.parse("<!DOCTYPE html><html><head><meta charset=\"utf-8\"/></head><body></body></html>");
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml);
        doc.selectFirst("html").attr("lang", language.code());
        Element head = doc.head();
        head.appendElement("title").text(item.getTitle());
        head.appendElement("meta").attr("name", "author").attr("content", bundle.getString("site.name"));
        head.appendElement("meta").attr("name", "subject").attr("content", bundle.getString("pdf.release.kind"));
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(css(bundle)));

        Element body = doc.body();
        Element header = body.appendElement("div").addClass("letterhead");
        header.appendElement("img").attr("src", LOGO).attr("alt", bundle.getString("pdf.logo.alt")).addClass("logo");
        Element who = header.appendElement("div").addClass("who");
        who.appendElement("p").addClass("group").text(bundle.getString("site.name"));
        who.appendElement("p").addClass("kind").text(bundle.getString("pdf.release.kind"));

        body.appendElement("h1").text(item.getTitle());
        body.appendElement("p").addClass("dateline").text(ReleaseText.dateline(item, release.details()));
        if (item.getSummary() != null) {
            body.appendElement("p").addClass("lead").text(item.getSummary());
        }
        body.appendElement("div").addClass("text").append(item.getBodyHtml());

        if (release.details() != null && release.details().getAboutHtml() != null) {
            body.appendElement("h2").text(bundle.getString("release.about.title"));
            body.appendElement("div").addClass("about").append(release.details().getAboutHtml());
        }
        if (!release.contacts().isEmpty()) {
            body.appendElement("h2").text(bundle.getString("release.contacts.title"));
            Element list = body.appendElement("ul").addClass("contacts");
            for (MediaContact contact : release.contacts()) {
                Element entry = list.appendElement("li");
                entry.appendElement("strong").text(contact.getFullName());
                String role = contact.role(language);
                entry.appendText(" — " + contact.getOrganisation() + (role == null || role.isBlank() ? "" : ", " + role));
                entry.appendElement("br");
                entry.appendElement("a").attr("href", "mailto:" + contact.getEmail()).text(contact.getEmail());
                contact.telUri().ifPresent(tel -> {
                    entry.appendText(" · ");
                    entry.appendElement("a").attr("href", tel).text(contact.getPhone());
                });
            }
        }
        if (!release.attachments().isEmpty()) {
            body.appendElement("h2").text(bundle.getString("release.attachments.title"));
            Element list = body.appendElement("ul").addClass("attachments");
            for (MediaFile file : release.attachments()) {
                String title = file.title(language);
                list.appendElement("li").appendElement("a").attr("href", release.baseUrl() + file.getUrl())
                        .text(title == null || title.isBlank() ? file.getOriginalName() : title);
            }
        }
        String online = release.baseUrl() + ContentRoutes.path(item);
        Element source = body.appendElement("p").addClass("online");
        source.appendText(bundle.getString("pdf.release.online") + " ");
        source.appendElement("a").attr("href", online).text(online);
        // Links inside the text (relative in the CMS) must work from a file: make them absolute.
        // PDF/UA wants a text for every link annotation: its own words.
        for (Element link : body.select("a[href]")) {
            link.attr("href", absolute(release.baseUrl(), link.attr("href")));
            if (!link.hasAttr("title")) {
                link.attr("title", link.text());
            }
        }
        return doc;
    }

    private static String absolute(String baseUrl, String href) {
        return href.startsWith("/") && !href.startsWith("//") ? baseUrl + href : href;
    }

    private static String css(ResourceBundle bundle) {
        String footer = bundle.getString("site.name").replace("\\", "").replace("\"", "'");
        return """
                @page { size: A4; margin: 20mm 20mm 22mm 20mm;
                  @bottom-left { content: "%s"; font-family: '%s'; font-size: 8pt; color: #4a4a4a; }
                  @bottom-right { content: counter(page) " / " counter(pages); font-family: '%s'; font-size: 8pt; color: #4a4a4a; } }
                body { font-family: '%s'; font-size: 10.5pt; line-height: 1.45; color: #1a1a1a; }
                .letterhead { border-bottom: 2pt solid #123d6b; padding-bottom: 4mm; margin-bottom: 8mm; }
                .logo { width: 16mm; height: 16mm; float: left; margin-right: 4mm; }
                .who { padding-top: 1mm; }
                .who p { margin: 0; }
                .group { font-weight: bold; font-size: 11pt; color: #123d6b; }
                .kind { text-transform: uppercase; letter-spacing: 0.08em; font-size: 9pt; color: #4a4a4a; clear: none; }
                .letterhead:after { content: ""; display: block; clear: both; }
                h1 { font-size: 18pt; line-height: 1.2; color: #123d6b; margin: 0 0 3mm; }
                h2 { font-size: 12.5pt; color: #123d6b; margin: 7mm 0 2mm; page-break-after: avoid; }
                h3 { font-size: 11pt; margin: 5mm 0 2mm; page-break-after: avoid; }
                .dateline { font-weight: bold; margin: 0 0 4mm; }
                .lead { font-size: 11.5pt; margin: 0 0 5mm; }
                p, li { orphans: 2; widows: 2; }
                a { color: #0b4f9c; }
                blockquote { margin: 3mm 0 3mm 6mm; padding-left: 4mm; border-left: 2pt solid #9fb4cc; font-style: italic; }
                img { max-width: 100%%; }
                table { border-collapse: collapse; width: 100%%; margin: 3mm 0; }
                th, td { border: 0.5pt solid #8a8a8a; padding: 1.5mm 2mm; text-align: left; vertical-align: top; }
                .about { font-size: 9.5pt; }
                ul.contacts { list-style: none; padding: 0; }
                ul.contacts li { margin-bottom: 2mm; }
                .online { margin-top: 8mm; font-size: 8.5pt; color: #4a4a4a; }
                """.formatted(footer, FONT, FONT, FONT);
    }

    private static byte[] resource(String path) {
        try (InputStream in = ReleasePdf.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Images of the media library by their URL path; anything else (another host, a file, a jar) is not read. */
    private record MediaStreams(Release release) implements FSStreamFactory {
        @Override
        public FSStream getUrl(String url) {
            Optional<InputStream> bytes;
            try {
                URI uri = URI.create(url);
                boolean ours = url.startsWith(release.baseUrl() + "/media/") && uri.getRawPath() != null;
                bytes = ours ? release.mediaBytes().apply(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()))
                        : Optional.empty();
            } catch (IllegalArgumentException malformed) {
                bytes = Optional.empty();
            }
            Optional<InputStream> found = bytes;
            return new FSStream() {
                @Override
                public InputStream getStream() {
                    return found.orElse(null);
                }

                @Override
                public Reader getReader() {
                    return null;
                }
            };
        }
    }
}
