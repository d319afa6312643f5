package fr.isoc.groupeiot.cms.web;

import fr.isoc.groupeiot.cms.ContentItem;
import fr.isoc.groupeiot.cms.ContentRoutes;
import fr.isoc.groupeiot.cms.ContentType;
import fr.isoc.groupeiot.platform.i18n.Route;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** A published page, guide or news item, as {@link ContentFilter} found it for this request. */
@Named
@RequestScoped
public class ContentPage {

    @Inject
    HttpServletRequest request;

    public ContentItem getItem() {
        return (ContentItem) request.getAttribute(ContentFilter.ITEM);
    }

    public boolean isGuide() {
        return getItem().getType() == ContentType.GUIDE;
    }

    public boolean isNews() {
        return getItem().getType() == ContentType.NEWS;
    }

    public boolean isRelease() {
        return getItem().getType() == ContentType.PRESS_RELEASE;
    }

    /** The list the item belongs to (guides, news), for the breadcrumb and tag links; null for a page. */
    public String getListUrl() {
        return ContentRoutes.listOf(getItem().getType())
                .map(list -> request.getContextPath() + list.path(getItem().getLanguage()))
                .orElse(null);
    }

    /** The route name of the list, for {@code page.url(…)} and the bundle keys. */
    public String getListRoute() {
        return ContentRoutes.listOf(getItem().getType()).map(Route::name).orElse(null);
    }
}
