package fr.isoc.groupeiot.cms.web;

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
import java.util.List;

/** {@code /robots.txt}: everything public may be indexed; private areas, sign-in and the API may not; the sitemap. */
@WebServlet("/robots.txt")
public class RobotsServlet extends HttpServlet {

    private static final List<Route> PRIVATE = List.of(Route.MEMBER_AREA, Route.MODERATION, Route.ADMIN);

    @Inject
    PortalSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=86400");
        PrintWriter out = response.getWriter();
        out.println("User-agent: *");
        for (Route route : PRIVATE) {
            for (Language language : Language.values()) {
                out.println("Disallow: " + route.path(language));
            }
        }
        out.println("Disallow: /login");
        out.println("Disallow: /callback");
        out.println("Disallow: /api/");
        out.println("Disallow: /feeds/");
        out.println("Allow: /");
        out.println();
        out.println("Sitemap: " + settings.getPublicBaseUrl() + "/sitemap.xml");
    }
}
