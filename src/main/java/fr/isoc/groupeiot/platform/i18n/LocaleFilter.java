package fr.isoc.groupeiot.platform.i18n;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * Turns the language prefix of a URL into the active language and forwards a page's public path to its view.
 * {@code /fr} and {@code /en} get their slash; an unknown path under a language prefix is a 404 in that language.
 * ({@code /} itself is {@link LanguageRedirectServlet}'s.) Mapped in web.xml, after the security headers.
 */
public class LocaleFilter extends HttpFilter {

    /** Request attributes the page context reads: the route being shown and its language. */
    public static final String ROUTE = "portal.route";
    public static final String LANGUAGE = "portal.language";
    /**
     * For pages that are not routes (CMS content): the page's path in each language it exists in (hreflang,
     * canonical), and where the language switch leads (the translation, or the other language's list).
     */
    public static final String PATHS = "portal.paths";
    public static final String SWITCH_PATH = "portal.switch-path";

    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());

        Optional<Language> prefix = prefixOf(path);
        if (prefix.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Language language = prefix.get();
        request.setAttribute(LANGUAGE, language);
        if (path.length() == 3) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + language.homePath());
            return;
        }
        Optional<Route.Match> match = Route.match(path);
        if (match.isEmpty() || match.get().language() != language) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        remember(language, request, response);
        request.setAttribute(ROUTE, match.get().route());
        request.getRequestDispatcher(match.get().route().viewId()).forward(request, response);
    }

    /** The language of a path that starts with {@code /fr} or {@code /en} as a whole segment. */
    public static Optional<Language> prefixOf(String path) {
        for (Language language : Language.values()) {
            String prefix = "/" + language.code();
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** Set only when it changes, so that most page responses carry no Set-Cookie and stay cacheable. */
    public static void remember(Language language, HttpServletRequest request, HttpServletResponse response) {
        if (LanguageNegotiation.remembered(request) == language) {
            return;
        }
        Cookie cookie = new Cookie(LanguageNegotiation.COOKIE, language.code());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
