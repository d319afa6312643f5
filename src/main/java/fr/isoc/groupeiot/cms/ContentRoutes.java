package fr.isoc.groupeiot.cms;

import fr.isoc.groupeiot.platform.i18n.Language;
import fr.isoc.groupeiot.platform.i18n.Route;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public URLs of content items, as in the product brief: {@code /fr/guides/{slug}}, {@code /fr/actualites/{slug}}
 * and pages at {@code /fr/{slug}} (English: {@code /en/guides/…}, {@code /en/news/…}, {@code /en/{slug}}).
 */
public final class ContentRoutes {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern ITEM = Pattern.compile("^/(fr|en)/(?:([a-z]+)/)?([^/]+)$");
    /** The folder of the press room's vCards ({@code /fr/presse/contacts/{id}.vcf}), beside its releases. */
    private static final String PRESS_CONTACTS = "contacts";
    /** Sections to come (issues still open) whose first segment a page may not take either. */
    private static final Set<String> FUTURE_SECTIONS = Set.of("presse", "press", "recherche", "search", "discussions",
            "consultations", "verifier-un-objet", "check-a-device", "medias", "media", "api", "redaction", "editorial");

    private ContentRoutes() {
    }

    public record Target(Language language, ContentType type, String slug) {
    }

    /** The list of a type ({@link Route#GUIDES}, {@link Route#NEWS}); pages have none. */
    public static Optional<Route> listOf(ContentType type) {
        return switch (type) {
            case GUIDE -> Optional.of(Route.GUIDES);
            case NEWS -> Optional.of(Route.NEWS);
            case PRESS_RELEASE -> Optional.of(Route.PRESS);
            case PAGE -> Optional.empty();
        };
    }

    /** The path of an item, e.g. {@code /fr/guides/bien-choisir}. */
    public static String path(ContentItem item) {
        return path(item.getLanguage(), item.getType(), item.getSlug());
    }

    public static String path(Language language, ContentType type, String slug) {
        return listOf(type).map(list -> list.path(language) + "/" + slug).orElse("/" + language.code() + "/" + slug);
    }

    /** The item a path names, if it has the shape of one (whether such an item exists is the caller's question). */
    public static Optional<Target> match(String path) {
        Matcher matcher = ITEM.matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Language language = Language.fromCodeOr(matcher.group(1), Language.FRENCH);
        String section = matcher.group(2);
        String slug = matcher.group(3).toLowerCase(Locale.ROOT);
        if (!SLUG.matcher(slug).matches()) {
            return Optional.empty();
        }
        if (section == null) {
            return isReservedPageSlug(language, slug) ? Optional.empty() : Optional.of(new Target(language, ContentType.PAGE, slug));
        }
        for (ContentType type : ContentType.values()) {
            Optional<String> list = listOf(type).map(route -> route.path(language));
            if (list.isPresent() && list.get().equals("/" + language.code() + "/" + section)) {
                return isReserved(language, type, slug) ? Optional.empty() : Optional.of(new Target(language, type, slug));
            }
        }
        return Optional.empty();
    }

    /**
     * A slug the portal's own paths use where an item of this type would live: a page's first segment
     * ("adherer"), or a route inside a type's section ("kit" in {@code /fr/presse/kit}).
     */
    public static boolean isReserved(Language language, ContentType type, String slug) {
        Optional<Route> list = listOf(type);
        if (list.isEmpty()) {
            return isReservedPageSlug(language, slug);
        }
        String section = list.get().path(language) + "/";
        if (type == ContentType.PRESS_RELEASE && slug.equals(PRESS_CONTACTS)) {
            return true;
        }
        for (Route route : Route.values()) {
            String path = route.path(language);
            if (path.startsWith(section) && path.substring(section.length()).split("/")[0].equals(slug)) {
                return true;
            }
        }
        return false;
    }

    /** A page slug that is the first segment of one of the portal's own paths (e.g. "adherer") is not available. */
    public static boolean isReservedPageSlug(Language language, String slug) {
        if (FUTURE_SECTIONS.contains(slug)) {
            return true;
        }
        String prefix = "/" + language.code() + "/";
        for (Route route : Route.values()) {
            String path = route.path(language);
            if (path.length() > prefix.length()) {
                String first = path.substring(prefix.length()).split("/")[0];
                if (first.equals(slug)) {
                    return true;
                }
            }
        }
        return false;
    }
}
