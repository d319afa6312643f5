package fr.isoc.groupeiot.press.web;

import fr.isoc.groupeiot.cms.ContentItem;
import fr.isoc.groupeiot.cms.ContentRoutes;
import fr.isoc.groupeiot.cms.ContentType;
import fr.isoc.groupeiot.cms.Contents;
import fr.isoc.groupeiot.platform.web.PageContext;
import fr.isoc.groupeiot.press.MediaContact;
import fr.isoc.groupeiot.press.MediaContacts;
import fr.isoc.groupeiot.press.PressRelease;
import fr.isoc.groupeiot.press.PressReleases;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.List;
import java.util.Map;

/**
 * The press room ({@code /fr/presse}): public releases newest first, by year ({@code ?year=2019}) and page, with the
 * media contacts, the press kit and the feed. A stateless GET page: every list state has its URL.
 */
@Named
@RequestScoped
public class PressRoomPage {

    static final int PAGE_SIZE = 10;

    @Inject
    Contents contents;

    @Inject
    PressReleases releases;

    @Inject
    MediaContacts mediaContacts;

    @Inject
    PageContext page;

    @Inject
    HttpServletRequest request;

    private Integer year;
    private int pageNumber = 1;
    private List<Integer> years;
    private List<ContentItem> items;
    private Map<Long, PressRelease> details;
    private Long total;
    private List<MediaContact> contacts;

    public String getYear() {
        return year == null ? null : year.toString();
    }

    /** A year with no release (or not a year) shows every year rather than an error. */
    public void setYear(String value) {
        try {
            int wanted = Integer.parseInt(value == null ? "" : value.strip());
            year = getYears().contains(wanted) ? wanted : null;
        } catch (NumberFormatException notAYear) {
            year = null;
        }
    }

    public int getPage() {
        return pageNumber;
    }

    public void setPage(int page) {
        this.pageNumber = Math.max(1, Math.min(page, 100_000));
    }

    public List<Integer> getYears() {
        if (years == null) {
            years = contents.publishedYears(page.getLanguage(), ContentType.PRESS_RELEASE);
        }
        return years;
    }

    public boolean isYearSelected(int candidate) {
        return year != null && year == candidate;
    }

    public List<ContentItem> getReleases() {
        if (items == null) {
            int first = (pageNumber - 1) * PAGE_SIZE;
            items = year == null
                    ? contents.publishedList(page.getLanguage(), ContentType.PRESS_RELEASE, null, first, PAGE_SIZE)
                    : contents.publishedInYear(page.getLanguage(), ContentType.PRESS_RELEASE, year, first, PAGE_SIZE);
            details = releases.detailsOf(items.stream().map(ContentItem::getId).toList());
        }
        return items;
    }

    public long getTotal() {
        if (total == null) {
            total = year == null ? contents.countPublished(page.getLanguage(), ContentType.PRESS_RELEASE, null)
                    : contents.countPublishedInYear(page.getLanguage(), ContentType.PRESS_RELEASE, year);
        }
        return total;
    }

    public long getPageCount() {
        return Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** "&year=2019" for the pager's links, or "". */
    public String getFilterQuery() {
        return year == null ? "" : "&year=" + year;
    }

    public String place(ContentItem release) {
        getReleases();
        PressRelease found = details.get(release.getId());
        return found == null ? null : found.getPlace();
    }

    public List<MediaContact> getContacts() {
        if (contacts == null) {
            contacts = mediaContacts.all();
        }
        return contacts;
    }

    public String itemUrl(ContentItem release) {
        return request.getContextPath() + ContentRoutes.path(release);
    }

    public String pdfUrl(ContentItem release) {
        return request.getContextPath() + PressPaths.pdf(release);
    }

    public String getFeedUrl() {
        return request.getContextPath() + PressPaths.feed(page.getLanguage());
    }

    public String getKitArchiveUrl() {
        return request.getContextPath() + PressPaths.kitArchive(page.getLanguage());
    }
}
