package fr.isoc.groupeiot.platform.web;

import fr.isoc.groupeiot.cms.ContentItem;
import fr.isoc.groupeiot.cms.ContentRoutes;
import fr.isoc.groupeiot.cms.ContentType;
import fr.isoc.groupeiot.cms.Contents;
import fr.isoc.groupeiot.membership.College;
import fr.isoc.groupeiot.membership.Colleges;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.time.LocalDate;
import java.util.List;

/** The home page: a read-only, cacheable page, so request-scoped rather than view-scoped (no session needed). */
@Named
@RequestScoped
public class HomePage {

    /** The day the group was announced in Paris, on the eve of the winter sales. */
    public static final LocalDate LAUNCH_DATE = LocalDate.of(2019, 1, 8);

    /** How many news items and guides the home page shows; the lists have the rest. */
    static final int LATEST = 3;

    @Inject
    Colleges colleges;

    @Inject
    Contents contents;

    @Inject
    PageContext page;

    @Inject
    HttpServletRequest request;

    private List<College> collegeList;
    private List<ContentItem> latestNews;
    private List<ContentItem> latestGuides;

    public List<College> getColleges() {
        if (collegeList == null) {
            collegeList = colleges.inOrder();
        }
        return collegeList;
    }

    public LocalDate getLaunchDate() {
        return LAUNCH_DATE;
    }

    /** The newest published news in the page's language. */
    public List<ContentItem> getLatestNews() {
        if (latestNews == null) {
            latestNews = contents.publishedList(page.getLanguage(), ContentType.NEWS, null, 0, LATEST);
        }
        return latestNews;
    }

    /** The newest published guides in the page's language. */
    public List<ContentItem> getLatestGuides() {
        if (latestGuides == null) {
            latestGuides = contents.publishedList(page.getLanguage(), ContentType.GUIDE, null, 0, LATEST);
        }
        return latestGuides;
    }

    public String url(ContentItem item) {
        return request.getContextPath() + ContentRoutes.path(item);
    }
}
