package fr.isoc.groupeiot.cms.web;

import fr.isoc.groupeiot.cms.ContentItem;
import fr.isoc.groupeiot.cms.ContentRoutes;
import fr.isoc.groupeiot.cms.Contents;
import fr.isoc.groupeiot.platform.config.PortalSettings;
import fr.isoc.groupeiot.platform.i18n.Language;
import fr.isoc.groupeiot.platform.i18n.Route;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /sitemap.xml}: the public pages of the portal and every published item, each language version with its
 * {@code xhtml:link} hreflang alternates, so that search engines pair the French and English versions.
 */
@WebServlet("/sitemap.xml")
public class SitemapServlet extends HttpServlet {

    /** The portal's own public pages (the rest are forms' steps, private or not pages at all). */
    private static final List<Route> PUBLIC_ROUTES = List.of(Route.HOME, Route.JOIN, Route.DIRECTORY, Route.GUIDES,
            Route.NEWS, Route.PRESS, Route.PRESS_KIT, Route.SURVEY, Route.CHECK_DEVICE);

    @Inject
    Contents contents;

    @Inject
    PortalSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = settings.getPublicBaseUrl();
        List<Map<Language, String>> pages = new ArrayList<>();
        for (Route route : PUBLIC_ROUTES) {
            Map<Language, String> versions = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                versions.put(language, route.path(language));
            }
            pages.add(versions);
        }
        Map<String, Map<Language, String>> groups = new LinkedHashMap<>();
        for (ContentItem item : contents.allPublished()) {
            groups.computeIfAbsent(item.getTranslationGroup(), g -> new EnumMap<>(Language.class))
                    .put(item.getLanguage(), ContentRoutes.path(item));
        }
        pages.addAll(groups.values());
        response.setContentType("application/xml;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        PrintWriter out = response.getWriter();
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">");
        for (Map<Language, String> versions : pages) {
            for (String path : versions.values()) {
                out.println("  <url>");
                out.println("    <loc>" + xml(base + path) + "</loc>");
                if (versions.size() > 1) {
                    versions.forEach((language, alternate) -> out.println("    <xhtml:link rel=\"alternate\" hreflang=\""
                            + language.code() + "\" href=\"" + xml(base + alternate) + "\"/>"));
                }
                out.println("  </url>");
            }
        }
        out.println("</urlset>");
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
