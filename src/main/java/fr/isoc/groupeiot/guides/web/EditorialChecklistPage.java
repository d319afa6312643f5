package fr.isoc.groupeiot.guides.web;

import fr.isoc.groupeiot.guides.ChecklistQuestion;
import fr.isoc.groupeiot.guides.ChecklistQuestionFields;
import fr.isoc.groupeiot.guides.DeviceChecklist;
import fr.isoc.groupeiot.platform.persistence.Conflicts;
import fr.isoc.groupeiot.platform.web.FacesMessages;
import fr.isoc.groupeiot.platform.web.PageContext;
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
import java.util.stream.IntStream;

/**
 * The checklist's questions in the back office ({@code /fr/redaction/questionnaire}): add, edit (both languages,
 * weight, advice), reorder and remove them. Each change is refused, with the editor's text kept, when someone else
 * changed the question since this page showed it.
 */
@Named
@ViewScoped
public class EditorialChecklistPage implements Serializable {

    @Inject
    DeviceChecklist checklist;

    @Inject
    PageContext page;

    private List<Row> rows = List.of();

    /** The form: closed, a new question (editId null), or the question editId at openedVersion. */
    private boolean formOpen;
    private Long editId;
    private int openedVersion;
    private String editKey;
    private ChecklistQuestionFields fields = new ChecklistQuestionFields();

    /** The question waiting for the editor to confirm its removal. */
    private Long removeId;
    private int removeVersion;
    private String removeText;

    /** What the list shows of a question (serializable, unlike the entity's lazy state). */
    public record Row(long id, int version, String key, int weight, String text, boolean essential) implements Serializable {
    }

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        rows = checklist.questions().stream()
                .map(q -> new Row(q.getId(), q.getVersion(), q.getKey(), q.getWeight(), q.text(page.getLanguage()), q.isEssential()))
                .toList();
    }

    public void startNew() {
        fields = new ChecklistQuestionFields();
        fields.setWeight(3);
        editId = null;
        editKey = null;
        formOpen = true;
        removeId = null;
    }

    public void edit(long id) {
        checklist.questions().stream().filter(q -> q.getId() == id).findFirst().ifPresentOrElse(question -> {
            fields = ChecklistQuestionFields.of(question);
            editId = id;
            editKey = question.getKey();
            openedVersion = question.getVersion();
            formOpen = true;
            removeId = null;
        }, this::gone);
    }

    public void save() {
        try {
            if (editId == null) {
                ChecklistQuestion added = checklist.add(fields);
                FacesMessages.info("checklist.editor.added", added.getKey());
            } else {
                checklist.update(editId, openedVersion, fields);
                FacesMessages.info("checklist.editor.saved", editKey);
            }
            formOpen = false;
            editId = null;
            reload();
        } catch (DeviceChecklist.KeyTakenException taken) {
            refuseField("key", "checklist.editor.error.keyTaken");
        } catch (DeviceChecklist.ConflictException changed) {
            conflict();
        } catch (PersistenceException | TransactionalException failure) {
            if (!Conflicts.isConflict(failure)) {
                throw failure;
            }
            if (editId == null) {
                // The same key added by someone else at the same moment (unique index).
                refuseField("key", "checklist.editor.error.keyTaken");
            } else {
                conflict();
            }
        }
    }

    public void cancel() {
        formOpen = false;
        editId = null;
    }

    public void moveUp(long id, int version) {
        move(id, version, true);
    }

    public void moveDown(long id, int version) {
        move(id, version, false);
    }

    private void move(long id, int version, boolean up) {
        try {
            checklist.move(id, version, up);
            FacesMessages.info(up ? "checklist.editor.movedUp" : "checklist.editor.movedDown", keyOf(id));
        } catch (DeviceChecklist.ConflictException changed) {
            FacesMessages.error("checklist.editor.error.changed");
        } catch (PersistenceException | TransactionalException failure) {
            if (!Conflicts.isConflict(failure)) {
                throw failure;
            }
            FacesMessages.error("checklist.editor.error.changed");
        }
        reload();
    }

    public void askRemove(long id, int version) {
        rows.stream().filter(r -> r.id() == id).findFirst().ifPresentOrElse(row -> {
            removeId = id;
            removeVersion = version;
            removeText = row.text();
        }, this::gone);
    }

    public void confirmRemove() {
        if (removeId == null) {
            return;
        }
        String key = keyOf(removeId);
        try {
            checklist.remove(removeId, removeVersion);
            FacesMessages.info("checklist.editor.removed", key);
            if (removeId.equals(editId)) {
                formOpen = false;
                editId = null;
            }
        } catch (DeviceChecklist.ConflictException changed) {
            FacesMessages.error("checklist.editor.error.changed");
        } catch (PersistenceException | TransactionalException failure) {
            if (!Conflicts.isConflict(failure)) {
                throw failure;
            }
            FacesMessages.error("checklist.editor.error.changed");
        }
        removeId = null;
        reload();
    }

    public void cancelRemove() {
        removeId = null;
    }

    /** Someone else saved or removed the question first: their version stays, this editor's text stays in the form. */
    private void conflict() {
        FacesMessages.error("checklist.editor.error.conflict");
        FacesContext.getCurrentInstance().validationFailed();
        reload();
    }

    private void gone() {
        FacesMessages.error("checklist.editor.error.changed");
        formOpen = false;
        editId = null;
        reload();
    }

    private String keyOf(long id) {
        return rows.stream().filter(r -> r.id() == id).map(Row::key).findFirst().orElse("");
    }

    private static void refuseField(String clientId, String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().invokeOnComponent(faces, clientId, (context, field) -> {
            if (field instanceof UIInput input) {
                input.setValid(false);
            }
        });
        FacesMessages.fieldError(clientId, key);
        faces.validationFailed();
    }

    // ---- What the view shows ----

    public List<Row> getRows() {
        return rows;
    }

    public List<Integer> getWeights() {
        return IntStream.rangeClosed(ChecklistQuestion.MIN_WEIGHT, ChecklistQuestion.MAX_WEIGHT).boxed().toList();
    }

    public boolean isFormOpen() {
        return formOpen;
    }

    public boolean isCreating() {
        return formOpen && editId == null;
    }

    public String getEditKey() {
        return editKey;
    }

    public ChecklistQuestionFields getFields() {
        return fields;
    }

    public Long getRemoveId() {
        return removeId;
    }

    public String getRemoveText() {
        return removeText;
    }
}
