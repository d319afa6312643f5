package fr.isoc.groupeiot.guides;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The questions of the "check a device before you buy" questionnaire: what the public page asks (in order), and what
 * editors change (add, edit, reorder, remove), each change refused when someone else changed the question since the
 * editor opened it.
 */
@ApplicationScoped
public class DeviceChecklist {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Someone changed or removed the question since this editor opened it: nothing was overwritten. */
    public static class ConflictException extends RuntimeException {
        public ConflictException() {
            super("The question was changed by someone else since it was opened");
        }
    }

    /** Another question already has this key. */
    public static class KeyTakenException extends RuntimeException {
        public KeyTakenException(String key) {
            super("Question key taken: " + key);
        }
    }

    /** Every question, in the order the public answers them. */
    public List<ChecklistQuestion> questions() {
        return em.createQuery("SELECT q FROM ChecklistQuestion q ORDER BY q.position, q.id", ChecklistQuestion.class)
                .getResultList();
    }

    @Transactional
    public ChecklistQuestion add(@Valid ChecklistQuestionFields fields) {
        String key = fields.getKey() == null ? "" : fields.getKey().strip().toLowerCase(Locale.ROOT);
        Long taken = em.createQuery("SELECT COUNT(q) FROM ChecklistQuestion q WHERE q.key = :key", Long.class)
                .setParameter("key", key)
                .getSingleResult();
        if (taken > 0) {
            throw new KeyTakenException(key);
        }
        Integer last = em.createQuery("SELECT MAX(q.position) FROM ChecklistQuestion q", Integer.class).getSingleResult();
        ChecklistQuestion question = ChecklistQuestion.create(fields, last == null ? 1 : last + 1, Instant.now());
        em.persist(question);
        em.flush();
        return question;
    }

    /** Saves an editor's changes, provided the question is still at the version the editor's form was filled from. */
    @Transactional
    public ChecklistQuestion update(long id, int openedVersion, @Valid ChecklistQuestionFields fields) {
        ChecklistQuestion question = current(id, openedVersion);
        question.apply(fields, Instant.now());
        em.flush();
        return question;
    }

    @Transactional
    public void remove(long id, int openedVersion) {
        em.remove(current(id, openedVersion));
        em.flush();
    }

    /** Swaps the question with its neighbour before ({@code up}) or after it; at either end, nothing moves. */
    @Transactional
    public void move(long id, int openedVersion, boolean up) {
        List<ChecklistQuestion> ordered = questions();
        ChecklistQuestion question = current(id, openedVersion);
        int index = ordered.indexOf(question);
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= ordered.size()) {
            return;
        }
        ChecklistQuestion neighbour = ordered.get(other);
        Instant now = Instant.now();
        // Positions may have gaps (removed questions) or ties: renumber the whole list in its new order.
        ordered = new ArrayList<>(ordered);
        ordered.set(index, neighbour);
        ordered.set(other, question);
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getPosition() != i + 1) {
                ordered.get(i).moveTo(i + 1, now);
            }
        }
        em.flush();
    }

    private ChecklistQuestion current(long id, int openedVersion) {
        ChecklistQuestion question = em.find(ChecklistQuestion.class, id);
        if (question == null || question.getVersion() != openedVersion) {
            throw new ConflictException();
        }
        return question;
    }
}
