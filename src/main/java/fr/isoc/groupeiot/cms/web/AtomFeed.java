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
import fr.isoc.groupeiot.platform.i18n.Language;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * An Atom feed of content items, built with ROME, with full content: the news feed and the press releases' feed.
 * Answers 304 when nothing public changed since the reader's copy ({@code If-Modified-Since}).
 */
public record AtomFeed(Language language, String selfUrl, String pageUrl, String titleKey, String subtitleKey) {

    /** Writes the feed, or a 304; {@code html} gives an entry's full content (sanitized HTML). */
    public void write(HttpServletRequest request, HttpServletResponse response, Instant lastChange, List<ContentItem> items,
                      String baseUrl, Function<ContentItem, String> html) throws IOException {
        long lastModified = lastChange.toEpochMilli() / 1000 * 1000;
        if (request.getDateHeader("If-Modified-Since") >= lastModified) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", language.locale());
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(bundle.getString(titleKey));
        feed.setDescription(bundle.getString(subtitleKey));
        feed.setLanguage(language.code());
        feed.setUri(selfUrl);
        feed.setLink(pageUrl);
        feed.setLinks(List.of(link(selfUrl, "self", "application/atom+xml"), link(pageUrl, "alternate", "text/html")));
        feed.setPublishedDate(Date.from(lastChange));
        List<SyndEntry> entries = new ArrayList<>();
        for (ContentItem item : items) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(item.getTitle());
            entry.setLink(baseUrl + ContentRoutes.path(item));
            entry.setUri(baseUrl + ContentRoutes.path(item));
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
            content.setValue(html.apply(item));
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
            throw new IOException("Could not write the feed " + selfUrl, e);
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
