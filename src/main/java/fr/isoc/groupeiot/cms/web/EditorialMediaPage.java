package fr.isoc.groupeiot.cms.web;

import fr.isoc.groupeiot.cms.ContentItem;
import fr.isoc.groupeiot.cms.MediaFile;
import fr.isoc.groupeiot.cms.MediaLibrary;
import fr.isoc.groupeiot.cms.MediaRefusedException;
import fr.isoc.groupeiot.cms.MediaTexts;
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
import jakarta.servlet.http.Part;
import jakarta.transaction.TransactionalException;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;

/**
 * The media library in the back office ({@code /fr/redaction/medias}, {@code ?page=}): upload an image or PDF with
 * its texts, see the files newest first, a page at a time, with where each is used, correct a file's texts, delete
 * one nothing uses.
 */
@Named
@ViewScoped
public class EditorialMediaPage implements Serializable {

    static final int PAGE_SIZE = 24;

    @Inject
    MediaLibrary library;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageContext page;

    private transient Part upload;
    private String titleFr;
    private String titleEn;
    private String altFr;
    private String altEn;

    private List<Row> rows = List.of();
    private int pageNumber = 1;
    private long total;

    private Long editId;
    private String editName;
    private String editTitleFr;
    private String editTitleEn;
    private String editAltFr;
    private String editAltEn;

    /** A media file with the content items that use it. */
    public static final class Row implements Serializable {

        private final MediaFile file;
        private final List<ContentItem> usages;

        Row(MediaFile file, List<ContentItem> usages) {
            this.file = file;
            this.usages = usages;
        }

        public MediaFile getFile() {
            return file;
        }

        public List<ContentItem> getUsages() {
            return usages;
        }

        public boolean isUsed() {
            return !usages.isEmpty();
        }
    }

    /** Reads the page asked for in the query string (the form posts keep it). */
    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            reload();
        }
    }

    /** The page's files and, in one query, the items that use them. */
    private void reload() {
        total = library.count();
        // Past the end (a stale link, the last file of the last page deleted): the last page.
        pageNumber = (int) Math.min(pageNumber, getPageCount());
        List<MediaFile> files = library.page((pageNumber - 1) * PAGE_SIZE, PAGE_SIZE);
        Map<Long, List<ContentItem>> usages = library.usagesOf(files);
        rows = files.stream().map(f -> new Row(f, usages.get(f.getId()))).toList();
    }

    public void upload() {
        if (upload == null || upload.getSize() == 0 && (upload.getSubmittedFileName() == null || upload.getSubmittedFileName().isBlank())) {
            refuseField("file", "media.error.noFile");
            return;
        }
        try (InputStream in = upload.getInputStream()) {
            MediaLibrary.Stored stored = library.store(in, upload.getSubmittedFileName(), upload.getSize(),
                    new MediaTexts(titleFr, titleEn, altFr, altEn), currentUser.getUsername());
            FacesMessages.info(stored.alreadyThere() ? "media.uploaded.alreadyThere" : "media.uploaded",
                    stored.file().getOriginalName());
            titleFr = titleEn = altFr = altEn = null;
            // The newest file is the first of the first page.
            pageNumber = 1;
            reload();
        } catch (MediaRefusedException refused) {
            switch (refused.reason()) {
                case TOO_LARGE -> refuseField("file", "media.error.TOO_LARGE", megabytes(library.maxBytes()));
                case ALT_REQUIRED -> {
                    if (altFr == null || altFr.isBlank()) {
                        refuseField("altFr", "media.error.altFr");
                    }
                    if (altEn == null || altEn.isBlank()) {
                        refuseField("altEn", "media.error.altEn");
                    }
                }
                default -> refuseField("file", "media.error." + refused.reason());
            }
            FacesMessages.error("media.error.summary." + refused.reason());
        } catch (PersistenceException | TransactionalException failure) {
            if (!Conflicts.isConflict(failure)) {
                throw failure;
            }
            // The same file uploaded by someone else at the same moment: it is in the library now.
            FacesMessages.info("media.uploaded.alreadyThere", upload.getSubmittedFileName());
            reload();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteUpload();
        }
    }

    private void deleteUpload() {
        try {
            if (upload != null) {
                upload.delete();
            }
        } catch (IOException ignored) {
            // The container removes its temporary files at the end of the request anyway.
        }
    }

    public void edit(long id) {
        library.find(id).ifPresentOrElse(file -> {
            editId = id;
            editName = file.getOriginalName();
            editTitleFr = file.getTitleFr();
            editTitleEn = file.getTitleEn();
            editAltFr = file.getAltFr();
            editAltEn = file.getAltEn();
        }, this::gone);
    }

    public void saveTexts() {
        try {
            library.updateTexts(editId, new MediaTexts(editTitleFr, editTitleEn, editAltFr, editAltEn));
            FacesMessages.info("media.texts.saved", editName);
            editId = null;
            reload();
        } catch (MediaRefusedException refused) {
            if (editAltFr == null || editAltFr.isBlank()) {
                refuseField("editAltFr", "media.error.altFr");
            }
            if (editAltEn == null || editAltEn.isBlank()) {
                refuseField("editAltEn", "media.error.altEn");
            }
            FacesMessages.error("media.error.summary.ALT_REQUIRED");
        } catch (IllegalArgumentException unknown) {
            gone();
        } catch (PersistenceException | TransactionalException failure) {
            if (!Conflicts.isConflict(failure)) {
                throw failure;
            }
            FacesMessages.error("media.error.conflict");
            reload();
        }
    }

    public void cancelEdit() {
        editId = null;
    }

    public void delete(long id) {
        try {
            String name = library.find(id).map(MediaFile::getOriginalName).orElse("");
            library.delete(id);
            FacesMessages.info("media.deleted", name);
            if (Long.valueOf(id).equals(editId)) {
                editId = null;
            }
        } catch (MediaRefusedException refused) {
            FacesMessages.error("media.error.summary.IN_USE");
        } catch (IllegalArgumentException unknown) {
            gone();
        }
        reload();
    }

    private void gone() {
        FacesMessages.error("media.error.gone");
        editId = null;
        reload();
    }

    private static void refuseField(String clientId, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().invokeOnComponent(faces, clientId, (context, field) -> {
            if (field instanceof UIInput input) {
                input.setValid(false);
            }
        });
        FacesMessages.fieldError(clientId, key, arguments);
        faces.validationFailed();
    }

    // ---- What the view shows ----

    public List<Row> getRows() {
        return rows;
    }

    public int getPage() {
        return pageNumber;
    }

    public void setPage(int page) {
        // Bounded, so that the offset cannot overflow.
        this.pageNumber = Math.max(1, Math.min(page, 100_000));
    }

    public long getTotal() {
        return total;
    }

    public long getPageCount() {
        return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** This page's address with {@code ?page=n}, for the pager. */
    public String pageUrl(long number) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + Route.EDITORIAL_MEDIA.path(page.getLanguage()) + "?page=" + number;
    }

    public String alt(MediaFile file) {
        String alt = file.alt(page.getLanguage());
        return alt == null ? "" : alt;
    }

    public String title(MediaFile file) {
        return file.title(page.getLanguage());
    }

    /** A size in kB or MB in the page's language. */

    public String getMaxSize() {
        return megabytes(library.maxBytes());
    }

    private String megabytes(long bytes) {
        NumberFormat format = NumberFormat.getNumberInstance(page.getLocale());
        format.setMaximumFractionDigits(1);
        return format.format(bytes / (1024.0 * 1024));
    }

    public String itemUrl(ContentItem item) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + Route.EDITORIAL_ITEM.path(page.getLanguage()) + "?id=" + item.getId();
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public String getTitleFr() {
        return titleFr;
    }

    public void setTitleFr(String titleFr) {
        this.titleFr = titleFr;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getAltFr() {
        return altFr;
    }

    public void setAltFr(String altFr) {
        this.altFr = altFr;
    }

    public String getAltEn() {
        return altEn;
    }

    public void setAltEn(String altEn) {
        this.altEn = altEn;
    }

    public Long getEditId() {
        return editId;
    }

    public String getEditName() {
        return editName;
    }

    public String getEditTitleFr() {
        return editTitleFr;
    }

    public void setEditTitleFr(String editTitleFr) {
        this.editTitleFr = editTitleFr;
    }

    public String getEditTitleEn() {
        return editTitleEn;
    }

    public void setEditTitleEn(String editTitleEn) {
        this.editTitleEn = editTitleEn;
    }

    public String getEditAltFr() {
        return editAltFr;
    }

    public void setEditAltFr(String editAltFr) {
        this.editAltFr = editAltFr;
    }

    public String getEditAltEn() {
        return editAltEn;
    }

    public void setEditAltEn(String editAltEn) {
        this.editAltEn = editAltEn;
    }
}
