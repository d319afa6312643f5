package fr.isoc.groupeiot.press.web;

import fr.isoc.groupeiot.platform.i18n.LocaleFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * Hands the press room's downloads (feed, vCards, kit archive, release PDFs; see {@link PressPaths}) to their servlets;
 * every other path under the press room goes on to the content filter (releases) and the routes (list, kit page).
 */
public class PressFilter extends HttpFilter {

    /** Request attribute: the slug of the release whose PDF is asked for. */
    public static final String RELEASE_SLUG = "portal.press.release-slug";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<PressPaths.Download> download = PressPaths.match(path);
        if (download.isEmpty()) {
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
}
