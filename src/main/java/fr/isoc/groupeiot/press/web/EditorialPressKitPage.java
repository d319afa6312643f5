package fr.isoc.groupeiot.press.web;

import fr.isoc.groupeiot.cms.MediaFile;
import fr.isoc.groupeiot.cms.MediaLibrary;
import fr.isoc.groupeiot.platform.persistence.Conflicts;
import fr.isoc.groupeiot.platform.web.FacesMessages;
import fr.isoc.groupeiot.platform.web.PageContext;
import fr.isoc.groupeiot.press.KitRefusedException;
import fr.isoc.groupeiot.press.KitSection;
import fr.isoc.groupeiot.press.PressKit;
import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The press kit in the back office ({@code /fr/redaction/kit-presse}): pick files of the media library for the kit's
 * sections with their credits and licences, change, order or take them out (the files stay in the library).
 */
@Named
@ViewScoped
public class EditorialPressKitPage implements Serializable {

    @Inject
    PressKit kit;

    @Inject
    MediaLibrary library;

    @Inject
    PageContext page;

    private List<PressKit.Item> items = List.of();
    private List<MediaFile> available = List.of();

    private Long mediaId;
    private KitSection section;
    private String credit;
    private String licence;

    private Long editId;
    private int editVersion;
    private String editName;
    private KitSection editSection;
    private String editCredit;
    private String editLicence;

    private String focus;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        items = kit.items();
        Set<Long> inKit = items.stream().map(i -> i.file().getId()).collect(Collectors.toSet());
        available = library.all().stream().filter(f -> !inKit.contains(f.getId())).toList();
    }

    public void add() {
        if (!complete("media", mediaId, "section", section, "credit", credit, "licence", licence)) {
            return;
        }
        try {
            kit.add(mediaId, section, credit, licence);
            String name = library.find(mediaId).map(MediaFile::getOriginalName).orElse("");
            FacesMessages.info("pressKit.added", name);
            focus = "entry-" + mediaId;
            mediaId = null;
            section = null;
            credit = licence = null;
        } catch (KitRefusedException refused) {
            refuse(refused.reason(), false);
        } catch (PersistenceException | TransactionalException failure) {
            if (!Conflicts.isConflict(failure)) {
                throw failure;
            }
            refuse(KitRefusedException.Reason.ALREADY_IN_KIT, false);
        }
        reload();
    }

    public void edit(long id) {
        items.stream().filter(i -> i.entry().getId() == id).findFirst().ifPresentOrElse(item -> {
            editId = id;
            editVersion = item.entry().getVersion();
            editName = item.file().getOriginalName();
            editSection = item.entry().getSection();
            editCredit = item.entry().getCredit();
            editLicence = item.entry().getLicence();
            focus = "editSection";
        }, this::gone);
    }

    public void saveEdit() {
        if (!complete(null, editId, "editSection", editSection, "editCredit", editCredit, "editLicence", editLicence)) {
            return;
        }
        try {
            kit.update(editId, editVersion, editSection, editCredit, editLicence);
            FacesMessages.info("pressKit.saved", editName);
            focus = "entry-" + items.stream().filter(i -> i.entry().getId().equals(editId)).findFirst()
                    .map(i -> i.file().getId()).orElse(0L);
            editId = null;
        } catch (KitRefusedException refused) {
            refuse(refused.reason(), true);
        } catch (PersistenceException | TransactionalException failure) {
            if (!Conflicts.isConflict(failure)) {
                throw failure;
            }
            refuse(KitRefusedException.Reason.CONFLICT, true);
        }
        reload();
    }

    public void cancelEdit() {
        editId = null;
        focus = "messages";
    }

    public void remove(long id) {
        String name = items.stream().filter(i -> i.entry().getId() == id).findFirst()
                .map(i -> i.file().getOriginalName()).orElse("");
        try {
            kit.remove(id);
            FacesMessages.info("pressKit.removed", name);
            if (Long.valueOf(id).equals(editId)) {
                editId = null;
            }
        } catch (KitRefusedException gone) {
            gone();
        }
        focus = "messages";
        reload();
    }

    public void moveUp(long id) {
        move(id, true);
    }

    public void moveDown(long id) {
        move(id, false);
    }

    private void move(long id, boolean up) {
        try {
            kit.move(id, up);
            focus = (up ? "up-" : "down-") + id;
        } catch (KitRefusedException gone) {
            gone();
        } catch (PersistenceException | TransactionalException failure) {
            if (!Conflicts.isConflict(failure)) {
                throw failure;
            }
            FacesMessages.error("pressKit.error.CONFLICT");
            focus = "messages";
        }
        reload();
    }

    /**
     * Checks what the form must hold before asking the service (which checks again), so that every missing field is
     * marked at once: the file (when adding), the section, and a photo's credit and licence.
     */
    private boolean complete(String mediaField, Long media, String sectionField, KitSection chosen, String creditField,
                             String creditValue, String licenceField, String licenceValue) {
        boolean ok = true;
        if (mediaField != null && media == null) {
            fieldError(mediaField, "pressKit.error.MEDIA_REQUIRED");
            ok = false;
        }
        if (chosen == null) {
            fieldError(sectionField, "pressKit.error.SECTION_REQUIRED");
            ok = false;
        } else if (chosen.isCreditRequired()) {
            if (creditValue == null || creditValue.isBlank()) {
                fieldError(creditField, "pressKit.error.CREDIT_REQUIRED");
                ok = false;
            }
            if (licenceValue == null || licenceValue.isBlank()) {
                fieldError(licenceField, "pressKit.error.LICENCE_REQUIRED");
                ok = false;
            }
        }
        if (!ok) {
            FacesMessages.error("pressKit.error.summary");
            FacesContext.getCurrentInstance().validationFailed();
        }
        return ok;
    }

    /** A refusal of the service, shown next to its field of the add form or of the edit form. */
    private void refuse(KitRefusedException.Reason reason, boolean editing) {
        String field = switch (reason) {
            case MEDIA_REQUIRED, ALREADY_IN_KIT -> editing ? "editSection" : "media";
            case NOT_AN_IMAGE, SECTION_REQUIRED -> editing ? "editSection" : "section";
            case CREDIT_REQUIRED, TOO_LONG -> editing ? "editCredit" : "credit";
            case LICENCE_REQUIRED -> editing ? "editLicence" : "licence";
            case CONFLICT -> null;
        };
        if (field == null) {
            gone();
            return;
        }
        fieldError(field, "pressKit.error." + reason);
        FacesMessages.error("pressKit.error.summary");
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void fieldError(String clientId, String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().invokeOnComponent(faces, clientId, (context, field) -> {
            if (field instanceof UIInput input) {
                input.setValid(false);
            }
        });
        FacesMessages.fieldError(clientId, key);
    }

    private void gone() {
        FacesMessages.error("pressKit.error.CONFLICT");
        editId = null;
        focus = "messages";
    }

    // ---- What the view shows ----

    public List<PressKit.Item> getItems() {
        return items;
    }

    public List<MediaFile> getAvailable() {
        return available;
    }

    public KitSection[] getSections() {
        return KitSection.values();
    }

    /** "name.png – Title" for the file picker. */
    public String label(MediaFile file) {
        String title = file.title(page.getLanguage());
        return title == null ? file.getOriginalName() : file.getOriginalName() + " – " + title;
    }

    public String title(MediaFile file) {
        return file.titleOrOther(page.getLanguage());
    }

    public String alt(MediaFile file) {
        String alt = file.alt(page.getLanguage());
        return alt == null ? "" : alt;
    }

    /** Whether an entry is the first (up disabled) or last (down disabled) of its section. */
    public boolean firstOfSection(int index) {
        return index == 0 || items.get(index - 1).entry().getSection() != items.get(index).entry().getSection();
    }

    public boolean lastOfSection(int index) {
        return index == items.size() - 1 || items.get(index + 1).entry().getSection() != items.get(index).entry().getSection();
    }

    public String getFocus() {
        return FacesContext.getCurrentInstance().isValidationFailed() ? null : focus;
    }

    public Long getMediaId() {
        return mediaId;
    }

    public void setMediaId(Long mediaId) {
        this.mediaId = mediaId;
    }

    public KitSection getSection() {
        return section;
    }

    public void setSection(KitSection section) {
        this.section = section;
    }

    public String getCredit() {
        return credit;
    }

    public void setCredit(String credit) {
        this.credit = credit;
    }

    public String getLicence() {
        return licence;
    }

    public void setLicence(String licence) {
        this.licence = licence;
    }

    public Long getEditId() {
        return editId;
    }

    public String getEditName() {
        return editName;
    }

    public KitSection getEditSection() {
        return editSection;
    }

    public void setEditSection(KitSection editSection) {
        this.editSection = editSection;
    }

    public String getEditCredit() {
        return editCredit;
    }

    public void setEditCredit(String editCredit) {
        this.editCredit = editCredit;
    }

    public String getEditLicence() {
        return editLicence;
    }

    public void setEditLicence(String editLicence) {
        this.editLicence = editLicence;
    }
}
