package fr.isoc.groupeiot.cms.web;

import fr.isoc.groupeiot.cms.ContentItem;
import fr.isoc.groupeiot.cms.ContentRoutes;
import fr.isoc.groupeiot.cms.ContentType;
import fr.isoc.groupeiot.cms.Contents;
import fr.isoc.groupeiot.platform.i18n.LocaleFilter;
import fr.isoc.groupeiot.platform.i18n.Route;
import fr.isoc.groupeiot.platform.web.PageContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URLEncoder;
import java.util.List;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The guides ({@code /fr/guides}) and news ({@code /fr/actualites}) lists: published items newest first, paged,
 * narrowed to a tag from the query string; also says when the visitor came from an item not translated yet.
 */
@Named
@RequestScoped
public class ContentListPage {

    static final int PAGE_SIZE = 10;

    @Inject
    Contents contents;

    @Inject
    PageContext page;

    @Inject
    HttpServletRequest request;

    private String tag;
    private int pageNumber = 1;
    private String translation;
    private List<ContentItem> items;
    private Long total;

    public ContentType getType() {
        return request.getAttribute(LocaleFilter.ROUTE) == Route.NEWS ? ContentType.NEWS : ContentType.GUIDE;
    }

    /** The list's route name (GUIDES or NEWS), for links and bundle keys. */
    public String getRoute() {
        return ContentRoutes.listOf(getType()).orElseThrow().name();
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag == null || tag.isBlank() ? null : tag.strip().substring(0, Math.min(tag.strip().length(), 60));
    }

    public int getPage() {
        return pageNumber;
    }

    public void setPage(int page) {
        // Bounded, so that the offset cannot overflow.
        this.pageNumber = Math.max(1, Math.min(page, 100_000));
    }

    public String getTranslation() {
        return translation;
    }

    public void setTranslation(String translation) {
        this.translation = translation;
    }

    /** The visitor switched language on an item that has no version in this language yet. */
    public boolean isTranslationMissing() {
        return "missing".equals(translation);
    }

    public List<ContentItem> getItems() {
        if (items == null) {
            items = contents.publishedList(page.getLanguage(), getType(), tag, (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return items;
    }

    public long getTotal() {
        if (total == null) {
            total = contents.countPublished(page.getLanguage(), getType(), tag);
        }
        return total;
    }

    public long getPageCount() {
        return Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** "&tag=…" for the pager's links, or "". */
    public String getFilterQuery() {
        return tag == null ? "" : "&tag=" + URLEncoder.encode(tag, UTF_8);
    }

    /** The Atom feed of news in the page's language (linked from the news list's head). */
    public String getFeedUrl() {
        return request.getContextPath() + NewsFeedServlet.path(page.getLanguage());
    }

    public String itemUrl(ContentItem item) {
        return request.getContextPath() + ContentRoutes.path(item);
    }

    public String tagUrl(String tagName) {
        return request.getContextPath() + ContentRoutes.listOf(getType()).orElseThrow().path(page.getLanguage())
                + "?tag=" + URLEncoder.encode(tagName, UTF_8);
    }
}
