package fr.isoc.groupeiot.cms.web;

import fr.isoc.groupeiot.cms.ContentItem;
import fr.isoc.groupeiot.cms.ContentType;
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

/**
 * The Atom feed of news in one language ({@code /fr/actualites/flux.atom}, {@code /en/news/feed.atom}; {@link
 * ContentFilter} forwards them here), built with ROME: the latest published items with their full content.
 */
@WebServlet("/feeds/news")
public class NewsFeedServlet extends HttpServlet {

    public static final String LANGUAGE = "portal.feed.language";
    private static final int ENTRIES = 20;

    @Inject
    Contents contents;

    @Inject
    PortalSettings settings;

    /** The feed's path in a language. */
    public static String path(Language language) {
        return Route.NEWS.path(language) + (language == Language.FRENCH ? "/flux.atom" : "/feed.atom");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object attribute = request.getAttribute(LANGUAGE);
        Language language = attribute instanceof Language l ? l : Language.fromCodeOr(request.getParameter("lang"), Language.FRENCH);
        String base = settings.getPublicBaseUrl();
        new AtomFeed(language, base + path(language), base + Route.NEWS.path(language), "feed.news.title", "feed.news.subtitle")
                .write(request, response, contents.lastChange(language),
                        contents.publishedList(language, ContentType.NEWS, null, 0, ENTRIES), base, ContentItem::getBodyHtml);
    }
}
