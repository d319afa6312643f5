package fr.isoc.groupeiot.platform.web;

import fr.isoc.groupeiot.platform.config.PortalSettings;
import fr.isoc.groupeiot.platform.i18n.Language;
import fr.isoc.groupeiot.platform.i18n.LanguageNegotiation;
import fr.isoc.groupeiot.platform.i18n.LocaleFilter;
import fr.isoc.groupeiot.platform.i18n.Route;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import java.text.NumberFormat;
import java.net.URLEncoder;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * What the layout needs to know about the page being rendered: its language, its route, its URLs in both
 * languages (switcher, hreflang, canonical). Error pages have no route: they link to the home pages instead.
 */
@Named("page")
@RequestScoped
public class PageContext {

    @Inject
    HttpServletRequest request;

    @Inject
    PortalSettings settings;

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private Language language;
    private Route route;
    /** A page that is not a route (CMS content): its path per language, and the language switch's target. */
    private Map<Language, String> paths;
    private String switchPath;

    @PostConstruct
    void init() {
        route = (Route) request.getAttribute(LocaleFilter.ROUTE);
        @SuppressWarnings("unchecked")
        Map<Language, String> contentPaths = (Map<Language, String>) request.getAttribute(LocaleFilter.PATHS);
        paths = contentPaths;
        switchPath = (String) request.getAttribute(LocaleFilter.SWITCH_PATH);
        language = (Language) request.getAttribute(LocaleFilter.LANGUAGE);
        if (language == null) {
            language = LocaleFilter.prefixOf(publicPath()).orElseGet(() -> LanguageNegotiation.forRequest(request));
        }
    }

    public Language getLanguage() {
        return language;
    }

    public String getLang() {
        return language.code();
    }

    public Locale getLocale() {
        return language.locale();
    }

    /** Date and time in Paris, as the page's language writes them (e.g. "24 nov. 2026, 14:05"). */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).format(instant.atZone(PARIS));
    }

    /** A file's size as the portal writes it: "340 kB", "1.2 MB" ("1,2 Mo" in French). */
    public String fileSize(long bytes) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(1);
        return bytes < 1024 * 1024
                ? FacesMessages.text("media.size.kb", format.format(Math.max(0.1, bytes / 1024.0)))
                : FacesMessages.text("media.size.mb", format.format(bytes / (1024.0 * 1024)));
    }

    /** The date alone, in Paris, long form ("24 novembre 2026", "24 November 2026"). */
    public String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                .format(instant.atZone(PARIS));
    }

    public String getOtherLang() {
        return language.other().code();
    }

    public boolean isRouted() {
        return route != null || paths != null;
    }

    public boolean is(String routeName) {
        return route == Route.valueOf(routeName);
    }

    /** True on a back-office page other than the editorial list itself (its section is current in the menu). */
    public boolean isEditorial() {
        return route != null && route != Route.EDITORIAL && route.name().startsWith("EDITORIAL");
    }

    /** Site-relative URL of a page in the current language, e.g. {@code #{page.url('MEMBER_AREA')}}. */
    public String url(String routeName) {
        return request.getContextPath() + Route.valueOf(routeName).path(language);
    }

    /** This page in the other language (its home page where the page has no route, as on error pages). */
    public String getAlternateUrl() {
        if (switchPath != null) {
            return request.getContextPath() + switchPath;
        }
        Route target = route != null ? route : Route.HOME;
        return request.getContextPath() + target.path(language.other());
    }

    /** Absolute URLs of this page in each language, for {@code <link rel="alternate" hreflang>}. */
    public List<Alternate> getAlternates() {
        if (paths != null) {
            return paths.entrySet().stream()
                    .map(e -> new Alternate(e.getKey().code(), settings.getPublicBaseUrl() + e.getValue()))
                    .toList();
        }
        if (route == null) {
            return List.of();
        }
        return List.of(Language.values()).stream()
                .map(l -> new Alternate(l.code(), settings.getPublicBaseUrl() + route.path(l)))
                .toList();
    }

    public String getCanonicalUrl() {
        if (paths != null) {
            return settings.getPublicBaseUrl() + paths.get(language);
        }
        return route == null ? null : settings.getPublicBaseUrl() + route.path(language);
    }

    /** The path the visitor asked for, even when a view or an error page is rendering it. */
    public String publicPath() {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (original == null) {
            original = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        }
        String uri = original != null ? original.toString() : request.getRequestURI();
        return uri.substring(Math.min(request.getContextPath().length(), uri.length()));
    }

    /** Sign-in link that brings the visitor back to this page (or to home from an error page). */
    public String getSignInUrl() {
        String back = isRouted() ? publicPath() : language.homePath();
        return request.getContextPath() + "/login?return=" + URLEncoder.encode(back, UTF_8);
    }

    public record Alternate(String lang, String url) {
    }
}
