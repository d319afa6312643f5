package fr.isoc.groupeiot.press;

import fr.isoc.groupeiot.cms.ContentItem;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ResourceBundle;

/** A release outside its page: its date line (feeds, PDF) and, for feed entries, one piece of HTML (sanitized or escaped). */
public final class ReleaseText {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private ReleaseText() {
    }

    /** "Paris, 8 janvier 2019" (the place is optional). */
    public static String dateline(ContentItem release, PressRelease details) {
        String date = release.getPublishedAt() == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(release.getLanguage().locale()).format(release.getPublishedAt().atZone(PARIS));
        String place = details == null ? null : details.getPlace();
        return place == null ? date : place + ", " + date;
    }

    public static String html(ContentItem release, PressRelease details) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", release.getLanguage().locale());
        StringBuilder html = new StringBuilder("<p><strong>").append(escape(dateline(release, details))).append("</strong></p>")
                .append(release.getBodyHtml());
        if (details != null && details.getAboutHtml() != null) {
            html.append("<h2>").append(escape(bundle.getString("release.about.title"))).append("</h2>").append(details.getAboutHtml());
        }
        return html.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
