package fr.isoc.groupeiot.cms.web;

import fr.isoc.groupeiot.cms.ContentRoutes;
import fr.isoc.groupeiot.cms.ContentSearch;
import fr.isoc.groupeiot.cms.SearchText;
import fr.isoc.groupeiot.platform.web.PageContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URLEncoder;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Search ({@code /fr/recherche?q=}, {@code /en/search?q=}): published content in the page's language, ranked, with
 * highlighted excerpts, paged. An empty or unusable query gets a friendly word, never an error.
 */
@Named
@RequestScoped
public class SearchPage {

    static final int PAGE_SIZE = 10;
    /** Longer queries are cut: searching a pasted page is not a search. */
    static final int MAX_QUERY = 200;

    @Inject
    ContentSearch search;

    @Inject
    PageContext page;

    @Inject
    HttpServletRequest request;

    private String query;
    private int pageNumber = 1;
    private ContentSearch.Results results;

    public String getQ() {
        return query;
    }

    public void setQ(String q) {
        this.query = q == null ? null : q.strip().substring(0, Math.min(q.strip().length(), MAX_QUERY));
    }

    public int getPage() {
        return pageNumber;
    }

    public void setPage(int page) {
        this.pageNumber = Math.max(1, Math.min(page, 1000));
    }

    /** Something was typed but nothing in it can be searched ("!!!", a single letter). */
    public boolean isUnusable() {
        return query != null && !query.isEmpty() && SearchText.terms(query).isEmpty();
    }

    public boolean isAsked() {
        return query != null && !query.isEmpty() && !isUnusable();
    }

    public ContentSearch.Results getResults() {
        if (results == null) {
            results = isAsked() ? search.search(page.getLanguage(), query, (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE)
                    : ContentSearch.Results.NONE;
        }
        return results;
    }

    public long getPageCount() {
        return Math.max(1, (getResults().total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public String url(ContentSearch.Hit hit) {
        return request.getContextPath() + ContentRoutes.path(hit.item());
    }

    public String getQueryParameter() {
        return query == null ? "" : URLEncoder.encode(query, UTF_8);
    }
}
