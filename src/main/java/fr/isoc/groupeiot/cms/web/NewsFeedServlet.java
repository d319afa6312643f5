package fr.isoc.groupeiot.cms.web;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import fr.isoc.groupeiot.cms.ContentItem;
import fr.isoc.groupeiot.cms.ContentRoutes;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.ResourceBundle;

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
        Instant lastChange = contents.lastChange(language);
        long lastModified = lastChange.toEpochMilli() / 1000 * 1000;
        if (request.getDateHeader("If-Modified-Since") >= lastModified) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", language.locale());
        String base = settings.getPublicBaseUrl();
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(bundle.getString("feed.news.title"));
        feed.setDescription(bundle.getString("feed.news.subtitle"));
        feed.setLanguage(language.code());
        feed.setUri(base + path(language));
        feed.setLink(base + Route.NEWS.path(language));
        feed.setLinks(List.of(link(base + path(language), "self", "application/atom+xml"),
                link(base + Route.NEWS.path(language), "alternate", "text/html")));
        feed.setPublishedDate(Date.from(lastChange));
        List<SyndEntry> entries = new ArrayList<>();
        for (ContentItem item : contents.publishedList(language, ContentType.NEWS, null, 0, ENTRIES)) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(item.getTitle());
            entry.setLink(base + ContentRoutes.path(item));
            entry.setUri(base + ContentRoutes.path(item));
            entry.setPublishedDate(Date.from(item.getPublishedAt()));
            entry.setUpdatedDate(Date.from(item.getUpdatedAt()));
            entry.setAuthor(bundle.getString("feed.author"));
            if (item.getSummary() != null) {
                SyndContent summary = new SyndContentImpl();
                summary.setType("text");
                summary.setValue(item.getSummary());
                entry.setDescription(summary);
            }
            SyndContent content = new SyndContentImpl();
            content.setType("html");
            content.setValue(item.getBodyHtml());
            entry.setContents(List.of(content));
            entries.add(entry);
        }
        feed.setEntries(entries);
        response.setContentType("application/atom+xml;charset=UTF-8");
        response.setDateHeader("Last-Modified", lastModified);
        response.setHeader("Cache-Control", "public, no-cache");
        try {
            new SyndFeedOutput().output(feed, response.getWriter(), true);
        } catch (FeedException e) {
            throw new IOException("Could not write the news feed", e);
        }
    }

    private static SyndLink link(String href, String rel, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setHref(href);
        link.setRel(rel);
        link.setType(type);
        return link;
    }
}
