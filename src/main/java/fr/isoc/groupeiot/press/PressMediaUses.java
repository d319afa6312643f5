package fr.isoc.groupeiot.press;

import fr.isoc.groupeiot.cms.Contents;
import fr.isoc.groupeiot.cms.MediaLibrary;
import fr.isoc.groupeiot.cms.MediaRefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The press room's hold on media files: one attached to a release or in the press kit is in use (the library does
 * not delete it), and new titles of an attachment make the releases that list it current again (pages, PDFs).
 */
@ApplicationScoped
public class PressMediaUses {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Contents contents;

    void refreshReleasesListing(@Observes MediaLibrary.Described described) {
        em.createQuery("SELECT a.itemId FROM ReleaseAttachment a WHERE a.mediaId = :id", Long.class)
                .setParameter("id", described.file().getId())
                .getResultList()
                .forEach(contents::markChanged);
    }

    void refuseDeletionOfAFileInUse(@Observes MediaLibrary.Deleting deleting) {
        long id = deleting.file().getId();
        long attached = em.createQuery("SELECT COUNT(a) FROM ReleaseAttachment a WHERE a.mediaId = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        long inKit = em.createQuery("SELECT COUNT(k) FROM PressKitEntry k WHERE k.mediaId = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        if (attached + inKit > 0) {
            throw new MediaRefusedException(MediaRefusedException.Reason.IN_USE);
        }
    }
}
