package fr.isoc.groupeiot.press.web;

import fr.isoc.groupeiot.cms.ContentItem;
import fr.isoc.groupeiot.press.PressRelease;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ResourceBundle;

/** A release as one piece of HTML, outside a page (feed entries): date line, body, "about"; all sanitized or escaped. */
final class ReleaseText {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private ReleaseText() {
    }

    /** "Paris, 8 janvier 2019" (the place is optional). */
    static String dateline(ContentItem release, PressRelease details) {
        String date = release.getPublishedAt() == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(release.getLanguage().locale()).format(release.getPublishedAt().atZone(PARIS));
        String place = details == null ? null : details.getPlace();
        return place == null ? date : place + ", " + date;
    }

    static String html(ContentItem release, PressRelease details) {
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
