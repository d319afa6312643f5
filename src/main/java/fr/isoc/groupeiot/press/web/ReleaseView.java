package fr.isoc.groupeiot.press.web;

import fr.isoc.groupeiot.cms.ContentItem;
import fr.isoc.groupeiot.cms.MediaFile;
import fr.isoc.groupeiot.cms.web.ContentFilter;
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
import java.util.Optional;

/**
 * A release's date line, "about", attachments, contacts and PDF link on its page (and in the editors' preview):
 * the item is the one {@link ContentFilter} or the preview put in the request.
 */
@Named
@RequestScoped
public class ReleaseView {

    @Inject
    HttpServletRequest request;

    @Inject
    PressReleases releases;

    @Inject
    MediaContacts contacts;

    @Inject
    PageContext page;

    private Optional<PressRelease> details;
    private List<MediaFile> attachments;
    private List<MediaContact> releaseContacts;

    private ContentItem item() {
        return (ContentItem) request.getAttribute(ContentFilter.ITEM);
    }

    private Optional<PressRelease> details() {
        if (details == null) {
            details = releases.details(item().getId());
        }
        return details;
    }

    public String getPlace() {
        return details().map(PressRelease::getPlace).orElse(null);
    }

    /** The date of the date line: publication (an embargo's end is one), or, in a draft's preview, today. */
    public String getDate() {
        return page.date(item().getPublishedAt() != null ? item().getPublishedAt()
                : item().getEmbargoUntil() != null ? item().getEmbargoUntil() : java.time.Instant.now());
    }

    public String getAboutHtml() {
        return details().map(PressRelease::getAboutHtml).orElse(null);
    }

    public List<MediaFile> getAttachments() {
        if (attachments == null) {
            attachments = releases.attachments(item().getId());
        }
        return attachments;
    }

    public List<MediaContact> getContacts() {
        if (releaseContacts == null) {
            releaseContacts = contacts.ofRelease(item().getId());
        }
        return releaseContacts;
    }

    public String getPdfUrl() {
        return request.getContextPath() + PressPaths.pdf(item());
    }

    public String attachmentUrl(MediaFile file) {
        return request.getContextPath() + file.getUrl();
    }
}
