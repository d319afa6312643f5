package fr.isoc.groupeiot.press.web;

import fr.isoc.groupeiot.platform.persistence.Conflicts;
import fr.isoc.groupeiot.platform.web.FacesMessages;
import fr.isoc.groupeiot.platform.web.PageContext;
import fr.isoc.groupeiot.press.MediaContact;
import fr.isoc.groupeiot.press.MediaContactForm;
import fr.isoc.groupeiot.press.MediaContacts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.validation.ConstraintViolationException;

import java.io.Serializable;
import java.sql.SQLException;
import java.util.List;

/**
 * The media contacts in the back office ({@code /fr/redaction/contacts-presse}): add, change, order and delete the
 * people journalists may reach. A contact a press release names cannot be deleted.
 */
@Named
@ViewScoped
public class EditorialContactsPage implements Serializable {

    /** SQLSTATE of a foreign-key violation, the same on PostgreSQL and H2. */
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    @Inject
    MediaContacts contacts;

    @Inject
    PageContext page;

    private List<MediaContact> rows = List.of();
    private MediaContactForm form = new MediaContactForm();
    /** What to focus after the postback (a field, a row's button, the messages), for keyboard and screen reader users. */
    private String focus;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        rows = contacts.all();
    }

    /** Adds one summary at the top when fields are invalid, announced to screen readers (role=alert). */
    public void summarizeErrors() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isValidationFailed()) {
            FacesMessages.error("mediaContacts.error.summary");
        }
    }

    public void save() {
        boolean adding = form.getId() == null;
        try {
            MediaContact saved = contacts.save(form);
            FacesMessages.info(adding ? "mediaContacts.added" : "mediaContacts.saved", saved.getFullName());
            form = new MediaContactForm();
            focus = "row-" + saved.getId();
        } catch (MediaContacts.ConflictException conflict) {
            conflict();
        } catch (ConstraintViolationException invalid) {
            FacesContext.getCurrentInstance().validationFailed();
            FacesMessages.error("mediaContacts.error.summary");
        } catch (PersistenceException | TransactionalException failure) {
            if (!Conflicts.isConflict(failure)) {
                throw failure;
            }
            conflict();
        }
        reload();
    }

    /** Someone else changed or deleted the contact meanwhile: the editor's text stays in the form, nothing is saved. */
    private void conflict() {
        FacesMessages.error("mediaContacts.error.conflict");
        focus = "messages";
    }

    public void edit(long id) {
        contacts.find(id).ifPresentOrElse(contact -> {
            form = MediaContactForm.of(contact);
            focus = "givenName";
        }, this::gone);
    }

    public void cancel() {
        form = new MediaContactForm();
        focus = "messages";
    }

    public void moveUp(long id) {
        move(id, true);
    }

    public void moveDown(long id) {
        move(id, false);
    }

    private void move(long id, boolean up) {
        try {
            contacts.move(id, up);
            contacts.find(id).ifPresent(c -> FacesMessages.info(up ? "mediaContacts.movedUp" : "mediaContacts.movedDown", c.getFullName()));
            focus = (up ? "up-" : "down-") + id;
        } catch (MediaContacts.ConflictException gone) {
            gone();
        } catch (PersistenceException | TransactionalException failure) {
            if (!Conflicts.isConflict(failure)) {
                throw failure;
            }
            FacesMessages.error("mediaContacts.error.moveConflict");
            focus = "messages";
        }
        reload();
    }

    public void delete(long id) {
        String name = contacts.find(id).map(MediaContact::getFullName).orElse("");
        try {
            contacts.delete(id);
            FacesMessages.info("mediaContacts.deleted", name);
            if (Long.valueOf(id).equals(form.getId())) {
                form = new MediaContactForm();
            }
        } catch (MediaContacts.InUseException inUse) {
            FacesMessages.error("mediaContacts.error.inUse", name, inUse.releases());
        } catch (MediaContacts.ConflictException gone) {
            gone();
        } catch (PersistenceException | TransactionalException failure) {
            // A release linked to the contact while it was being deleted: its foreign key refused the deletion.
            if (!isForeignKeyViolation(failure)) {
                throw failure;
            }
            FacesMessages.error("mediaContacts.error.inUse", name, contacts.releasesNaming(id));
        }
        focus = "messages";
        reload();
    }

    private void gone() {
        FacesMessages.error("mediaContacts.error.gone");
        form = new MediaContactForm();
        focus = "messages";
        reload();
    }

    private static boolean isForeignKeyViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    // ---- What the view shows ----

    public List<MediaContact> getRows() {
        return rows;
    }

    public MediaContactForm getForm() {
        return form;
    }

    public boolean isEditing() {
        return form.getId() != null;
    }

    public String getFocus() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isValidationFailed()) {
            return null;
        }
        return focus;
    }

    public String role(MediaContact contact) {
        return contact.role(page.getLanguage());
    }
}
