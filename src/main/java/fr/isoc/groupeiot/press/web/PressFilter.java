package fr.isoc.groupeiot.press.web;

import fr.isoc.groupeiot.cms.Contents;
import fr.isoc.groupeiot.platform.web.Revalidation;
import fr.isoc.groupeiot.platform.i18n.Language;
import fr.isoc.groupeiot.platform.i18n.LocaleFilter;
import fr.isoc.groupeiot.platform.i18n.Route;
import fr.isoc.groupeiot.press.MediaContacts;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Hands the press room's downloads (feed, vCards, kit archive, release PDFs; see {@link PressPaths}) to their servlets;
 * every other path under the press room goes on to the content filter (releases) and the routes (list, kit page).
 * The press room itself answers 304 to an anonymous reader whose copy is current (a launch brings many at once).
 */
public class PressFilter extends HttpFilter {

    /** Request attribute: the slug of the release whose PDF is asked for. */
    public static final String RELEASE_SLUG = "portal.press.release-slug";

    @Inject
    Contents contents;

    @Inject
    MediaContacts contacts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<PressPaths.Download> download = PressPaths.match(path);
        if (download.isEmpty()) {
            if (isRoom(path) && request.getUserPrincipal() == null && "GET".equals(request.getMethod())
                    && roomNotModified(request, response, Route.match(path).orElseThrow().language())) {
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        PressPaths.Download wanted = download.get();
        request.setAttribute(LocaleFilter.LANGUAGE, wanted.language());
        if (wanted.contact() != null) {
            request.setAttribute(PressPaths.CONTACT, wanted.contact());
        }
        if (wanted.releaseSlug() != null) {
            request.setAttribute(RELEASE_SLUG, wanted.releaseSlug());
        }
        request.getRequestDispatcher(wanted.servlet()).forward(request, response);
    }

    private static boolean isRoom(String path) {
        return Route.match(path).map(match -> match.route() == Route.PRESS).orElse(false);
    }

    /** The room shows public releases (their last change, an ended embargo included) and the media contacts. */
    private boolean roomNotModified(HttpServletRequest request, HttpServletResponse response, Language language) {
        Instant lastChange = contents.lastChange(language);
        String fingerprint = "room|" + language.code() + "|" + request.getQueryString() + "|" + lastChange + "|"
                + contacts.all().stream().map(c -> c.getId() + ":" + c.getVersion()).collect(Collectors.joining(","));
        return Revalidation.notModified(request, response, fingerprint, lastChange);
    }
}
