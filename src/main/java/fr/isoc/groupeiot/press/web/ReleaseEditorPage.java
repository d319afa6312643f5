package fr.isoc.groupeiot.press.web;

import fr.isoc.groupeiot.cms.ContentItem;
import fr.isoc.groupeiot.cms.ContentType;
import fr.isoc.groupeiot.cms.Contents;
import fr.isoc.groupeiot.cms.MediaFile;
import fr.isoc.groupeiot.cms.MediaLibrary;
import fr.isoc.groupeiot.cms.WorkflowException;
import fr.isoc.groupeiot.platform.i18n.Route;
import fr.isoc.groupeiot.platform.persistence.Conflicts;
import fr.isoc.groupeiot.platform.security.CurrentUser;
import fr.isoc.groupeiot.platform.web.FacesMessages;
import fr.isoc.groupeiot.platform.web.PageContext;
import fr.isoc.groupeiot.press.MediaContact;
import fr.isoc.groupeiot.press.MediaContacts;
import fr.isoc.groupeiot.press.PressRelease;
import fr.isoc.groupeiot.press.PressReleases;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A press release's own settings ({@code /fr/redaction/communique?id=}): the embargo, the date line's place, the
 * "about" boilerplate, attachments and media contacts. The text and the workflow stay on the item's editing page.
 */
@Named
@ViewScoped
public class ReleaseEditorPage implements Serializable {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    Contents contents;

    @Inject
    PressReleases releases;

    @Inject
    MediaLibrary library;

    @Inject
    MediaContacts mediaContacts;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageContext page;

    private String idParam;
    private Long id;
    private ContentItem item;
    private ContentItem otherVersion;
    private Integer openedDetailsVersion;

    @Size(max = 120)
    private String place;
    @Size(max = 20_000)
    private String aboutHtml;
    private List<String> attachmentIds = new ArrayList<>();
    private List<String> contactIds = new ArrayList<>();

    private List<MediaFile> mediaFiles;
    private List<MediaContact> contacts;

    private String embargoDate;
    private String embargoTime;
    private String comment;

    public String getId() {
        return idParam;
    }

    public void setId(String id) {
        this.idParam = id;
    }

    /** An unknown id, or an item that is not a release, is a 404. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        id = parse(idParam);
        if (id == null || !reload()) {
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
            return;
        }
        fillForm();
    }

    private static Long parse(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private boolean reload() {
        try {
            item = contents.find(id);
        } catch (IllegalArgumentException unknown) {
            return false;
        }
        if (item.getType() != ContentType.PRESS_RELEASE) {
            return false;
        }
        otherVersion = contents.translation(item.getTranslationGroup(), item.getLanguage().other()).orElse(null);
        return true;
    }

    private void fillForm() {
        Optional<PressRelease> details = releases.details(id);
        openedDetailsVersion = details.map(PressRelease::getVersion).orElse(null);
        place = details.map(PressRelease::getPlace).orElse(null);
        aboutHtml = details.map(PressRelease::getAboutHtml).orElseGet(() -> releases.latestAbout(item.getLanguage()).orElse(null));
        attachmentIds = new ArrayList<>(releases.attachments(id).stream().map(m -> m.getId().toString()).toList());
        contactIds = new ArrayList<>(releases.contactIds(id).stream().map(String::valueOf).toList());
    }

    public void save() {
        try {
            PressRelease saved = releases.save(id, openedDetailsVersion, new PressReleases.Details(place, aboutHtml,
                    ids(attachmentIds), ids(contactIds)));
            openedDetailsVersion = saved.getVersion();
            reload();
            FacesMessages.info("release.editor.saved");
        } catch (Contents.ConflictException changed) {
            FacesMessages.error("release.editor.conflict");
        } catch (PressReleases.UnknownReferenceException gone) {
            FacesMessages.error("release.editor.gone");
        } catch (PersistenceException | TransactionalException failure) {
            if (!Conflicts.isConflict(failure)) {
                throw failure;
            }
            FacesMessages.error("release.editor.conflict");
        }
    }

    /** The other language's place, attachments and contacts (its "about" is in the other language: kept). */
    public void copyFromOtherVersion() {
        if (otherVersion == null) {
            return;
        }
        releases.details(otherVersion.getId()).ifPresent(other -> place = other.getPlace());
        attachmentIds = new ArrayList<>(releases.attachments(otherVersion.getId()).stream().map(m -> m.getId().toString()).toList());
        contactIds = new ArrayList<>(releases.contactIds(otherVersion.getId()).stream().map(String::valueOf).toList());
        FacesMessages.info("release.editor.copied");
    }

    private static List<Long> ids(List<String> values) {
        return values == null ? List.of() : values.stream().map(ReleaseEditorPage::parse).filter(v -> v != null).toList();
    }

    // ---- Embargo ----

    public void setEmbargo() {
        Instant at;
        try {
            at = LocalDate.parse(embargoDate == null ? "" : embargoDate.strip())
                    .atTime(LocalTime.parse(embargoTime == null ? "" : embargoTime.strip()))
                    .atZone(PARIS).toInstant();
        } catch (DateTimeParseException unreadable) {
            FacesMessages.fieldError("embargoDate", "release.embargo.error.at");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (!at.isAfter(Instant.now())) {
            FacesMessages.fieldError("embargoDate", "release.embargo.error.past");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        embargoStep(at, "release.embargo.done.set");
    }

    public void liftEmbargo() {
        embargoStep(null, "release.embargo.done.lifted");
    }

    private void embargoStep(Instant at, String doneKey) {
        try {
            contents.embargo(id, item.getVersion(), at, currentUser.getUsername(), comment);
            FacesMessages.info(doneKey);
            embargoDate = null;
            embargoTime = null;
            comment = null;
        } catch (WorkflowException refused) {
            FacesMessages.error("editorial.workflow.error." + refused.reason());
        } catch (Contents.ConflictException changed) {
            FacesMessages.error("release.editor.conflict");
        } catch (PersistenceException | TransactionalException failure) {
            if (!Conflicts.isConflict(failure)) {
                throw failure;
            }
            FacesMessages.error("release.editor.conflict");
        }
        reload();
    }

    // ---- For the view ----

    public ContentItem getItem() {
        return item;
    }

    public ContentItem getOtherVersion() {
        return otherVersion;
    }

    /** Whether an embargo may still be set or changed: nobody outside has seen the release yet. */
    public boolean isEmbargoEditable() {
        return item != null && !item.isPublic();
    }

    public boolean isUnderEmbargo() {
        return item != null && item.isUnderEmbargo();
    }

    public String getEmbargoText() {
        return item == null || item.getEmbargoUntil() == null ? "" : page.dateTime(item.getEmbargoUntil());
    }

    /** The choices, read once per view (the selects read them at render and again at validation). */
    public List<MediaFile> getMediaFiles() {
        if (mediaFiles == null) {
            mediaFiles = library.all();
        }
        return mediaFiles;
    }

    public List<MediaContact> getContacts() {
        if (contacts == null) {
            contacts = mediaContacts.all();
        }
        return contacts;
    }

    public String getItemUrl() {
        return page.url(Route.EDITORIAL_ITEM.name()) + "?id=" + id;
    }

    public String getPreviewUrl() {
        return page.url(Route.EDITORIAL_PREVIEW.name()) + "?id=" + id;
    }

    public String getOtherVersionUrl() {
        return otherVersion == null ? null : page.url(Route.EDITORIAL_RELEASE.name()) + "?id=" + otherVersion.getId();
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getAboutHtml() {
        return aboutHtml;
    }

    public void setAboutHtml(String aboutHtml) {
        this.aboutHtml = aboutHtml;
    }

    public List<String> getAttachmentIds() {
        return attachmentIds;
    }

    public void setAttachmentIds(List<String> attachmentIds) {
        this.attachmentIds = attachmentIds;
    }

    public List<String> getContactIds() {
        return contactIds;
    }

    public void setContactIds(List<String> contactIds) {
        this.contactIds = contactIds;
    }

    public String getEmbargoDate() {
        return embargoDate;
    }

    public void setEmbargoDate(String embargoDate) {
        this.embargoDate = embargoDate;
    }

    public String getEmbargoTime() {
        return embargoTime;
    }

    public void setEmbargoTime(String embargoTime) {
        this.embargoTime = embargoTime;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
