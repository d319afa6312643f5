package fr.isoc.groupeiot.guides.web;

import fr.isoc.groupeiot.cms.ContentItem;
import fr.isoc.groupeiot.cms.ContentRoutes;
import fr.isoc.groupeiot.cms.Contents;
import fr.isoc.groupeiot.cms.web.ContentPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.List;

/** Under a guide: the other published guides of its language that share its tags, the most shared first. */
@Named
@RequestScoped
public class RelatedGuides {

    static final int MAX = 4;

    @Inject
    Contents contents;

    @Inject
    ContentPage contentPage;

    @Inject
    HttpServletRequest request;

    private List<ContentItem> items;

    public List<ContentItem> getItems() {
        if (items == null) {
            ContentItem guide = contentPage.getItem();
            items = guide == null || guide.getId() == null ? List.of() : contents.related(guide, MAX);
        }
        return items;
    }

    public String url(ContentItem guide) {
        return request.getContextPath() + ContentRoutes.path(guide);
    }
}
