package fr.isoc.groupeiot.press.web;

import fr.isoc.groupeiot.cms.ContentItem;
import fr.isoc.groupeiot.cms.ContentRoutes;
import fr.isoc.groupeiot.platform.i18n.Language;
import fr.isoc.groupeiot.platform.i18n.Route;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The press room's downloads, at public paths under {@code /fr/presse} and {@code /en/press} (the feed, the vCards, the
 * press kit archive, each release's PDF), and the servlets that make them. {@link fr.isoc.groupeiot.cms.web.ContentFilter}
 * forwards a public path to its servlet with the request attributes below; the servlets check visibility themselves.
 */
public final class PressPaths {

    /** The release feed servlet; the language is the request attribute {@link fr.isoc.groupeiot.platform.i18n.LocaleFilter#LANGUAGE}. */
    public static final String FEED_SERVLET = "/feeds/press";
    /** The vCard servlet: one contact when {@link #CONTACT} is set, else all of them. */
    public static final String VCARD_SERVLET = "/press/vcards";
    public static final String KIT_SERVLET = "/press/kit.zip";
    /** The PDF servlet; the release is the attribute {@link fr.isoc.groupeiot.cms.web.ContentFilter#ITEM}. */
    public static final String PDF_SERVLET = "/press/pdf";
    /** Request attribute: the id (Long) of the media contact whose vCard is asked for. */
    public static final String CONTACT = "portal.press.contact";

    private static final Pattern CONTACT_CARD = Pattern.compile("contacts/([0-9]{1,18})\\.vcf");
    private static final Pattern RELEASE_PDF = Pattern.compile("([a-z0-9]+(?:-[a-z0-9]+)*)\\.pdf");

    private PressPaths() {
    }

    /** What a public path under the press room names, for the filter to forward. */
    public record Download(String servlet, Language language, Long contact, String releaseSlug) {
    }

    public static String feed(Language language) {
        return Route.PRESS.path(language) + (language == Language.FRENCH ? "/flux.atom" : "/feed.atom");
    }

    public static String allContacts(Language language) {
        return Route.PRESS.path(language) + "/contacts.vcf";
    }

    public static String contact(Language language, long id) {
        return Route.PRESS.path(language) + "/contacts/" + id + ".vcf";
    }

    public static String kitArchive(Language language) {
        return Route.PRESS.path(language) + (language == Language.FRENCH ? "/kit-presse.zip" : "/press-kit.zip");
    }

    public static String pdf(ContentItem release) {
        return ContentRoutes.path(release) + ".pdf";
    }

    public static Optional<Download> match(String path) {
        for (Language language : Language.values()) {
            String room = Route.PRESS.path(language) + "/";
            if (!path.startsWith(room)) {
                continue;
            }
            if (path.equals(feed(language))) {
                return Optional.of(new Download(FEED_SERVLET, language, null, null));
            }
            if (path.equals(allContacts(language))) {
                return Optional.of(new Download(VCARD_SERVLET, language, null, null));
            }
            if (path.equals(kitArchive(language))) {
                return Optional.of(new Download(KIT_SERVLET, language, null, null));
            }
            String rest = path.substring(room.length());
            Matcher card = CONTACT_CARD.matcher(rest);
            if (card.matches()) {
                return Optional.of(new Download(VCARD_SERVLET, language, Long.valueOf(card.group(1)), null));
            }
            Matcher pdf = RELEASE_PDF.matcher(rest);
            if (pdf.matches()) {
                return Optional.of(new Download(PDF_SERVLET, language, null, pdf.group(1)));
            }
        }
        return Optional.empty();
    }
}
