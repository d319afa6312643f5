package fr.isoc.groupeiot.press;

import fr.isoc.groupeiot.cms.Contents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The press room's media contacts: listed in their editors' order, added, changed (refused when someone else changed
 * the contact since it was read), moved up or down, deleted unless a press release names them.
 */
@ApplicationScoped
public class MediaContacts {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Contents contents;

    @Inject
    Validator validator;

    /** The contact was changed (or deleted) by someone else since the editor read it. */
    public static class ConflictException extends RuntimeException {
        public ConflictException() {
            super("The media contact was changed by someone else");
        }
    }

    /** Press releases name the contact: it may not be deleted. */
    public static class InUseException extends RuntimeException {
        private final long releases;

        public InUseException(long releases) {
            super("The media contact is named by " + releases + " press release(s)");
            this.releases = releases;
        }

        public long releases() {
            return releases;
        }
    }

    @Transactional
    public List<MediaContact> all() {
        return em.createQuery("SELECT c FROM MediaContact c ORDER BY c.position, c.id", MediaContact.class).getResultList();
    }

    @Transactional
    public Optional<MediaContact> find(long id) {
        return Optional.ofNullable(em.find(MediaContact.class, id));
    }

    /** The contacts a press release names (a content item's id), in the release's order: one query. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<MediaContact> ofRelease(long itemId) {
        return em.createNativeQuery("SELECT c.* FROM press_contact c JOIN press_release_contact r ON r.contact_id = c.id"
                        + " WHERE r.item_id = ?1 ORDER BY r.position, c.id", MediaContact.class)
                .setParameter(1, itemId)
                .getResultList();
    }

    /** How many press releases name the contact. */
    @Transactional
    public long releasesNaming(long contactId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM press_release_contact WHERE contact_id = ?1")
                .setParameter(1, contactId).getSingleResult()).longValue();
    }

    /**
     * Adds a contact (no id in the form) at the end of the list, or changes the one the form was read from; refused
     * with {@link ConflictException} when that contact changed since, and {@link ConstraintViolationException} when
     * the form breaks its rules.
     */
    @Transactional
    public MediaContact save(MediaContactForm form) {
        Set<ConstraintViolation<MediaContactForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Instant now = Instant.now();
        if (form.getId() == null) {
            Integer last = em.createQuery("SELECT MAX(c.position) FROM MediaContact c", Integer.class).getSingleResult();
            MediaContact contact = new MediaContact(form, last == null ? 1 : last + 1, now);
            em.persist(contact);
            em.flush();
            return contact;
        }
        MediaContact contact = em.find(MediaContact.class, form.getId());
        if (contact == null || form.getVersion() == null || contact.getVersion() != form.getVersion()) {
            throw new ConflictException();
        }
        contact.apply(form, now);
        // The releases that name the contact show it: their pages and PDFs are no longer current.
        em.createQuery("SELECT r.itemId FROM ReleaseContact r WHERE r.contactId = :id", Long.class)
                .setParameter("id", contact.getId())
                .getResultList()
                .forEach(contents::markChanged);
        em.flush();
        return contact;
    }

    /** Swaps the contact with the one before it (up) or after it; nothing happens at either end. */
    @Transactional
    public void move(long id, boolean up) {
        List<MediaContact> contacts = new ArrayList<>(all());
        int index = indexOf(contacts, id);
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= contacts.size()) {
            return;
        }
        contacts.add(other, contacts.remove(index));
        renumber(contacts);
        em.flush();
    }

    /**
     * Deletes a contact no press release names; {@link InUseException} with how many do otherwise. The row is locked
     * first, so a release being linked to it at the same moment waits, and is counted, or fails on its own foreign key.
     */
    @Transactional
    public void delete(long id) {
        MediaContact contact = em.find(MediaContact.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (contact == null) {
            throw new ConflictException();
        }
        long releases = releasesNaming(id);
        if (releases > 0) {
            throw new InUseException(releases);
        }
        em.remove(contact);
        em.flush();
        List<MediaContact> rest = new ArrayList<>(all());
        renumber(rest);
        em.flush();
    }

    private static int indexOf(List<MediaContact> contacts, long id) {
        for (int i = 0; i < contacts.size(); i++) {
            if (contacts.get(i).getId() == id) {
                return i;
            }
        }
        throw new ConflictException();
    }

    private static void renumber(List<MediaContact> contacts) {
        Instant now = Instant.now();
        for (int i = 0; i < contacts.size(); i++) {
            contacts.get(i).moveTo(i + 1, now);
        }
    }
}
