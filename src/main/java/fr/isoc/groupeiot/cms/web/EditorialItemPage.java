package fr.isoc.groupeiot.cms.web;

import fr.isoc.groupeiot.cms.ContentFields;
import fr.isoc.groupeiot.cms.ContentItem;
import fr.isoc.groupeiot.cms.ContentRevision;
import fr.isoc.groupeiot.cms.ContentRoutes;
import fr.isoc.groupeiot.cms.ContentStatus;
import fr.isoc.groupeiot.cms.ContentTransition;
import fr.isoc.groupeiot.cms.ContentType;
import fr.isoc.groupeiot.cms.Contents;
import fr.isoc.groupeiot.cms.MediaFile;
import fr.isoc.groupeiot.cms.MediaLibrary;
import fr.isoc.groupeiot.cms.RichText;
import fr.isoc.groupeiot.cms.WordDiff;
import fr.isoc.groupeiot.cms.WorkflowException;
import fr.isoc.groupeiot.platform.i18n.Language;
import fr.isoc.groupeiot.platform.i18n.Route;
import fr.isoc.groupeiot.platform.persistence.Conflicts;
import fr.isoc.groupeiot.platform.security.CurrentUser;
import fr.isoc.groupeiot.platform.web.FacesMessages;
import fr.isoc.groupeiot.platform.web.PageContext;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * One content item in the back office ({@code /fr/redaction/contenu}): {@code ?id=} edits it, {@code ?type=GUIDE&lang=fr}
 * creates one, {@code ?translationOf=} creates the other language's version beside the original. Saving is refused
 * when someone saved since the form was filled (the editor's text stays in the form); workflow steps, history,
 * revisions with their word diff and restore, and the translation box. Images of the media library go in as the
 * cover (with its own alternative text) or into the body (editorial-images.js inserts them in the editor).
 */
@Named
@ViewScoped
public class EditorialItemPage implements Serializable {

    private static final Logger LOG = Logger.getLogger(EditorialItemPage.class.getName());
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** The pickers offer the newest images; older ones are found in the media library by their upload order. */
    static final int PICKER_IMAGES = 200;
    /** ContentFields' limit, checked here: the editor's component itself must never fail (see RichTextConverter). */
    private static final int MAX_BODY = 200_000;

    @Inject
    Contents contents;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageContext page;

    @Inject
    MediaLibrary library;

    private String idParam;
    private String typeParam;
    private String langParam;
    private String translationOfParam;
    private String savedParam;

    private Long id;
    private ContentType type;
    private Language language;
    /** The other language's version this new item translates (creating only). */
    private ContentItem original;
    private ContentItem item;
    private ContentItem otherVersion;
    private List<ContentRevision> revisions = List.of();
    private List<ContentTransition> transitions = List.of();
    private int openedVersion;
    private ContentFields fields = new ContentFields();
    private boolean conflict;

    private String comment;
    private String scheduleDate;
    private String scheduleTime;

    private Integer diffNumber;
    private List<DiffPart> diff;

    private List<ImageChoice> images;

    public String getId() {
        return idParam;
    }

    public void setId(String id) {
        this.idParam = id;
    }

    public String getType() {
        return typeParam;
    }

    public void setType(String type) {
        this.typeParam = type;
    }

    public String getLang() {
        return langParam;
    }

    public void setLang(String lang) {
        this.langParam = lang;
    }

    public String getTranslationOf() {
        return translationOfParam;
    }

    public void setTranslationOf(String translationOf) {
        this.translationOfParam = translationOf;
    }

    public String getSaved() {
        return savedParam;
    }

    public void setSaved(String saved) {
        this.savedParam = saved;
    }

    /** Reads the query string: an unknown item, type or language is a 404. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        boolean found;
        if (idParam != null) {
            id = number(idParam);
            found = id != null && reload(true);
            if (found && savedParam != null && !revisions.isEmpty()) {
                FacesMessages.info("editorial.saved", revisions.getFirst().getNumber());
            }
        } else if (translationOfParam != null) {
            Long originalId = number(translationOfParam);
            original = originalId == null ? null : find(originalId).orElse(null);
            found = original != null;
            if (found) {
                type = original.getType();
                language = original.getLanguage().other();
                Optional<ContentItem> existing = contents.translation(original.getTranslationGroup(), language);
                if (existing.isPresent()) {
                    // Someone translated it already: edit that version rather than start a second one.
                    faces.getExternalContext().redirect(itemUrl(existing.get().getId()));
                    return;
                }
                // The cover's picture is the same; its text is to be written in the other language.
                fields = ContentFields.of(original.getTitle(), null, original.getSummary(), original.getBodyHtml(),
                        original.getSeoDescription(), original.getTagsText()).withCover(original.getCoverMediaId(), null);
                coverChosen();
            }
        } else {
            type = parseType(typeParam);
            language = langParam == null ? null : List.of(Language.values()).stream()
                    .filter(l -> l.code().equals(langParam)).findFirst().orElse(null);
            found = type != null && language != null;
        }
        if (!found) {
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
        }
    }

    /** Reads the item again; {@code refreshForm} also refills the form (not when it holds text that lost a conflict). */
    private boolean reload(boolean refreshForm) {
        Optional<ContentItem> found = find(id);
        if (found.isEmpty()) {
            return false;
        }
        item = found.get();
        type = item.getType();
        language = item.getLanguage();
        otherVersion = contents.translation(item.getTranslationGroup(), language.other()).orElse(null);
        revisions = contents.revisions(id);
        transitions = contents.transitions(id);
        if (refreshForm) {
            openedVersion = item.getVersion();
            fields = ContentFields.of(item.getTitle(), item.getSlug(), item.getSummary(), item.getBodyHtml(),
                    item.getSeoDescription(), item.getTagsText()).withCover(item.getCoverMediaId(), item.getCoverAlt());
            conflict = false;
        }
        return true;
    }

    private Optional<ContentItem> find(long itemId) {
        try {
            return Optional.of(contents.find(itemId));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    // ---- Saving ----

    public void save() throws IOException {
        if (!fieldsAcceptable()) {
            return;
        }
        try {
            if (item == null) {
                ContentItem created = contents.create(type, language, original == null ? null : original.getTranslationGroup(),
                        fields, currentUser.getUsername());
                // From now on the address names the item, so that it can be reopened and shared.
                FacesContext.getCurrentInstance().getExternalContext().redirect(itemUrl(created.getId()) + "&saved=1");
                return;
            }
            contents.save(id, openedVersion, fields, currentUser.getUsername());
            reload(true);
            FacesMessages.info("editorial.saved", revisions.getFirst().getNumber());
        } catch (Contents.SlugTakenException taken) {
            slugTaken();
        } catch (Contents.ConflictException changed) {
            savedMeanwhile();
        } catch (IllegalStateException translated) {
            FacesMessages.error("editorial.error.translationExists");
        } catch (PersistenceException | TransactionalException failure) {
            if (!Conflicts.isConflict(failure)) {
                throw failure;
            }
            // Lost a race by a hair: the same item saved at the same moment, or the same slug taken at once.
            LOG.info(() -> "Concurrent save of content item " + id + ": " + failure);
            if (item == null) {
                slugTaken();
            } else {
                savedMeanwhile();
            }
        }
    }

    /** The rules the form's components cannot check: the body's length once sanitized, and the cover. */
    private boolean fieldsAcceptable() {
        boolean acceptable = true;
        if (fields.getBodyHtml() != null && fields.getBodyHtml().length() > MAX_BODY) {
            invalidate("body");
            FacesMessages.fieldError("body", "editorial.error.body");
            acceptable = false;
        }
        if (fields.getCoverMediaId() != null) {
            if (library.find(fields.getCoverMediaId()).filter(MediaFile::isImage).isEmpty()) {
                invalidate("cover");
                FacesMessages.fieldError("cover", "editorial.cover.error.gone");
                acceptable = false;
            } else if (fields.getCoverAlt() == null || fields.getCoverAlt().isBlank()) {
                invalidate("coverAlt");
                FacesMessages.fieldError("coverAlt", "editorial.cover.error.alt");
                acceptable = false;
            }
        } else {
            fields.setCoverAlt(null);
        }
        if (!acceptable) {
            FacesMessages.error("editorial.error.summary");
            FacesContext.getCurrentInstance().validationFailed();
        }
        return acceptable;
    }

    /** A cover was picked: its text alternative starts as the library's one in the item's language, if none is typed. */
    public void coverChosen() {
        if (fields.getCoverMediaId() == null) {
            return;
        }
        if (fields.getCoverAlt() == null || fields.getCoverAlt().isBlank() || isLibraryAlt(fields.getCoverAlt())) {
            getImages().stream().filter(i -> i.getId() == fields.getCoverMediaId()).findFirst()
                    .ifPresent(image -> fields.setCoverAlt(image.getAlt()));
        }
    }

    /** Whether the text is one of the library's own (a default the editor did not change), not the editor's words. */
    private boolean isLibraryAlt(String alt) {
        return getImages().stream().anyMatch(i -> alt.equals(i.getAlt()));
    }

    private void slugTaken() {
        invalidate("slug");
        String wanted = fields.getSlug() == null || fields.getSlug().isBlank() ? "" : fields.getSlug().strip();
        FacesMessages.fieldError("slug", "editorial.error.slugTaken", wanted);
        FacesMessages.error("editorial.error.summary");
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Marks a field invalid for a rule the service checked (its aria-invalid follows); by client id, as forms do not prepend theirs. */
    private static void invalidate(String clientId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().invokeOnComponent(faces, clientId, (context, field) -> {
            if (field instanceof UIInput input) {
                input.setValid(false);
            }
        });
    }

    /** Someone else saved first: their version stays, this editor's text stays in the form, nothing is overwritten. */
    private void savedMeanwhile() {
        conflict = true;
        reload(false);
        FacesMessages.error("editorial.conflict");
    }

    /** Makes an old revision's text the newest revision. */
    public void restore(int number) {
        try {
            contents.restore(id, number, openedVersion, currentUser.getUsername());
            reload(true);
            diffNumber = null;
            diff = null;
            FacesMessages.info("editorial.restored", number, revisions.getFirst().getNumber());
        } catch (Contents.ConflictException changed) {
            savedMeanwhile();
        } catch (PersistenceException | TransactionalException failure) {
            if (!Conflicts.isConflict(failure)) {
                throw failure;
            }
            savedMeanwhile();
        }
    }

    // ---- Workflow ----

    public void submitForReview() {
        step(() -> contents.submitForReview(id, currentUser.getUsername(), comment), "editorial.workflow.done.submitted");
    }

    public void publish() {
        step(() -> contents.publish(id, currentUser.getUsername(), isAdmin(), comment), "editorial.workflow.done.published");
    }

    public void schedule() {
        Instant at;
        try {
            at = LocalDate.parse(scheduleDate == null ? "" : scheduleDate.strip())
                    .atTime(LocalTime.parse(scheduleTime == null ? "" : scheduleTime.strip()))
                    .atZone(PARIS).toInstant();
        } catch (DateTimeParseException unreadable) {
            invalidate("scheduleDate");
            FacesMessages.fieldError("scheduleDate", "editorial.workflow.error.scheduleAt");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        step(() -> contents.schedule(id, at, currentUser.getUsername(), isAdmin(), comment), "editorial.workflow.done.scheduled");
    }

    public void backToDraft() {
        step(() -> contents.backToDraft(id, currentUser.getUsername(), comment), "editorial.workflow.done.draft");
    }

    public void archive() {
        step(() -> contents.archive(id, currentUser.getUsername(), comment), "editorial.workflow.done.archived");
    }

    private void step(Runnable transition, String doneKey) {
        boolean formUpToDate = !conflict && find(id).map(i -> i.getVersion() == openedVersion).orElse(false);
        try {
            transition.run();
            FacesMessages.info(doneKey);
            comment = null;
            scheduleDate = null;
            scheduleTime = null;
        } catch (WorkflowException refused) {
            FacesMessages.error("editorial.workflow.error." + refused.reason());
        } catch (PersistenceException | TransactionalException failure) {
            if (!Conflicts.isConflict(failure)) {
                throw failure;
            }
            FacesMessages.error("editorial.workflow.error.conflict");
        }
        // A step changes the item's version: the form, unless it holds unsaved text that lost a conflict, follows.
        int formVersion = openedVersion;
        reload(false);
        if (formUpToDate) {
            openedVersion = item.getVersion();
        } else {
            openedVersion = formVersion;
        }
    }

    // ---- Revisions ----

    /** Shows what revision {@code number} changed in the body's text, compared with the revision before it. */
    public void compare(int number) {
        ContentRevision newer = revision(number);
        ContentRevision older = revision(number - 1);
        if (newer == null || older == null) {
            return;
        }
        diffNumber = number;
        diff = WordDiff.between(RichText.plainText(older.getBodyHtml()), RichText.plainText(newer.getBodyHtml())).stream()
                .map(segment -> new DiffPart(segment.kind().name(), segment.text()))
                .toList();
    }

    private ContentRevision revision(int number) {
        return revisions.stream().filter(r -> r.getNumber() == number).findFirst().orElse(null);
    }

    public Integer getDiffNumber() {
        return diffNumber;
    }

    public List<DiffPart> getDiff() {
        return diff;
    }

    /** A run of words of the diff, as the view reads it: SAME, ADDED or REMOVED. */
    public static final class DiffPart implements Serializable {

        private final String kind;
        private final String text;

        DiffPart(String kind, String text) {
            this.kind = kind;
            this.text = text;
        }

        public String getKind() {
            return kind;
        }

        public String getText() {
            return text;
        }
    }

    // ---- Images of the media library ----

    /** The images the pickers offer, newest first, with their text alternative in the item's language. */
    public List<ImageChoice> getImages() {
        if (images == null) {
            Language in = language == null ? page.getLanguage() : language;
            List<ImageChoice> newest = library.images(PICKER_IMAGES).stream().map(file -> new ImageChoice(file, in)).toList();
            // An older cover stays on offer, or the select would silently drop it on the next save.
            Long current = fields.getCoverMediaId();
            images = current == null || newest.stream().anyMatch(i -> i.getId() == current) ? newest
                    : library.find(current).filter(MediaFile::isImage)
                    .map(file -> Stream.concat(newest.stream(), Stream.of(new ImageChoice(file, in))).toList())
                    .orElse(newest);
        }
        return images;
    }

    /** The picked cover, for the form's preview; null when none (or no longer in the library). */
    public ImageChoice getCover() {
        Long chosen = fields.getCoverMediaId();
        if (chosen == null) {
            return null;
        }
        return getImages().stream().filter(i -> i.getId() == chosen).findFirst().orElse(null);
    }

    /** An image as the pickers show it: serializable, unlike the entity, as the view keeps it. */
    public static final class ImageChoice implements Serializable {

        private final long id;
        private final String url;
        private final String thumbnailUrl;
        private final String name;
        private final String alt;
        private final Integer width;
        private final Integer height;

        ImageChoice(MediaFile file, Language language) {
            this.id = file.getId();
            this.url = file.getUrl();
            this.thumbnailUrl = file.getThumbnailUrl();
            this.name = file.getOriginalName();
            this.alt = file.alt(language) == null ? "" : file.alt(language);
            this.width = file.getWidth();
            this.height = file.getHeight();
        }

        public long getId() {
            return id;
        }

        public String getUrl() {
            return url;
        }

        public String getThumbnailUrl() {
            return thumbnailUrl;
        }

        public String getName() {
            return name;
        }

        public String getAlt() {
            return alt;
        }

        public Integer getWidth() {
            return width;
        }

        public Integer getHeight() {
            return height;
        }

        /** What the select shows: the file's name and what it depicts. */
        public String getLabel() {
            return alt.isEmpty() ? name : name + " — " + alt;
        }
    }

    // ---- What the view shows ----

    public boolean isCreating() {
        return item == null;
    }

    public ContentItem getItem() {
        return item;
    }

    public ContentItem getOriginal() {
        return original;
    }

    public ContentItem getOtherVersion() {
        return otherVersion;
    }

    public ContentType getItemType() {
        return type;
    }

    public Language getItemLanguage() {
        return language;
    }

    public ContentFields getFields() {
        return fields;
    }

    public boolean isConflict() {
        return conflict;
    }

    public List<ContentRevision> getRevisions() {
        return revisions;
    }

    public List<ContentTransition> getTransitions() {
        return transitions;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getScheduleDate() {
        return scheduleDate;
    }

    public void setScheduleDate(String scheduleDate) {
        this.scheduleDate = scheduleDate;
    }

    public String getScheduleTime() {
        return scheduleTime;
    }

    public void setScheduleTime(String scheduleTime) {
        this.scheduleTime = scheduleTime;
    }

    public boolean isMayPublish() {
        return item != null && item.mayBePublishedBy(currentUser.getUsername(), isAdmin());
    }

    /** The creator, publishing a first version that nobody else has approved: only an admin may. */
    public boolean isOwnFirstDraftAsAdmin() {
        return item != null && !item.isEverPublished() && item.getCreatedBy().equals(currentUser.getUsername()) && isAdmin();
    }

    public boolean isMaySubmit() {
        return item != null && item.getStatus() == ContentStatus.DRAFT;
    }

    public boolean isMayPublishNow() {
        return isMayPublish() && item.getStatus() != ContentStatus.PUBLISHED;
    }

    public boolean isMaySchedule() {
        return isMayPublish() && (item.getStatus() == ContentStatus.DRAFT || item.getStatus() == ContentStatus.IN_REVIEW);
    }

    public boolean isMayReturnToDraft() {
        return item != null && (item.getStatus() == ContentStatus.IN_REVIEW || item.getStatus() == ContentStatus.SCHEDULED
                || item.getStatus() == ContentStatus.ARCHIVED);
    }

    public boolean isMayArchive() {
        return item != null && item.getStatus() == ContentStatus.PUBLISHED;
    }

    /** The item's public address, once it is public. */
    public String getPublicUrl() {
        return item == null || !item.isPublic() ? null : contextPath() + ContentRoutes.path(item);
    }

    /** The preview, in the item's own language (as the public would read it). */
    public String getPreviewUrl() {
        return item == null ? null : contextPath() + Route.EDITORIAL_PREVIEW.path(item.getLanguage()) + "?id=" + item.getId();
    }

    /** This item's editing page, for the "reopen" link of a conflict. */
    public String getReopenUrl() {
        return item == null ? null : itemUrl(item.getId());
    }

    /** A bundle text with arguments, for button labels (which cannot hold h:outputFormat). */
    public String text(String key, Object argument) {
        return FacesMessages.text(key, argument);
    }

    private boolean isAdmin() {
        return currentUser.hasRole("admin");
    }

    private String itemUrl(long itemId) {
        return contextPath() + Route.EDITORIAL_ITEM.path(page.getLanguage()) + "?id=" + itemId;
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    private static Long number(String value) {
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static ContentType parseType(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ContentType.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
