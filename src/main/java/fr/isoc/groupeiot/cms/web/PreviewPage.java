package fr.isoc.groupeiot.cms.web;

import fr.isoc.groupeiot.cms.ContentItem;
import fr.isoc.groupeiot.cms.Contents;
import fr.isoc.groupeiot.platform.i18n.Route;
import fr.isoc.groupeiot.platform.web.PageContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;

/**
 * An item in any status as the public would see it ({@code /fr/redaction/apercu?id=}), for editors only (web.xml):
 * the public item page's own markup, fed the item the way {@link ContentFilter} feeds it, under a "not public" banner.
 */
@Named
@RequestScoped
public class PreviewPage {

    @Inject
    Contents contents;

    @Inject
    HttpServletRequest request;

    @Inject
    PageContext page;

    private String id;
    private ContentItem item;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** Finds the item (an unknown id is a 404) and shows it in its own language's preview address. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            item = id == null ? null : contents.find(Long.parseLong(id.strip()));
        } catch (IllegalArgumentException unknown) {
            item = null;
        }
        if (item == null) {
            external.responseSendError(404, null);
            faces.responseComplete();
            return;
        }
        if (item.getLanguage() != page.getLanguage()) {
            external.redirect(external.getRequestContextPath() + Route.EDITORIAL_PREVIEW.path(item.getLanguage()) + "?id=" + item.getId());
            return;
        }
        // A draft must not linger in any cache.
        external.setResponseHeader("Cache-Control", "private, no-store");
        request.setAttribute(ContentFilter.ITEM, item);
    }

    public ContentItem getItem() {
        return item;
    }

    /** Back to the item's editing page, in the back office's language. */
    public String getEditUrl() {
        return request.getContextPath() + Route.EDITORIAL_ITEM.path(page.getLanguage()) + "?id=" + item.getId();
    }
}
