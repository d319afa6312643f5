package fr.isoc.groupeiot.press;

import fr.isoc.groupeiot.cms.ContentItem;
import fr.isoc.groupeiot.cms.ContentStatus;
import fr.isoc.groupeiot.cms.ContentType;
import fr.isoc.groupeiot.cms.Contents;
import fr.isoc.groupeiot.cms.MediaFile;
import fr.isoc.groupeiot.cms.MediaVisibility;
import fr.isoc.groupeiot.platform.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Press releases beyond their CMS content: date-line place, "about" boilerplate, attachments and media contacts;
 * and the embargo's reach beyond pages: a file only embargoed releases use is not served to the public either
 * ({@link MediaVisibility}, asked by the media servlet).
 */
@ApplicationScoped
public class PressReleases implements MediaVisibility {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Contents contents;

    /** What an editor sets on a release besides its text; ids of media files and media contacts, in order. */
    public record Details(@Size(max = 120) String place, @Size(max = 20_000) String aboutHtml, List<Long> attachmentIds,
                          List<Long> contactIds) {
    }

    /** An attachment or a contact that no longer exists (deleted meanwhile by someone else). */
    public static class UnknownReferenceException extends RuntimeException {
        public UnknownReferenceException(String what) {
            super("Unknown " + what);
        }
    }

    public Optional<PressRelease> details(long itemId) {
        return Optional.ofNullable(em.find(PressRelease.class, itemId));
    }

    /** The details of several releases at once (a list, a feed), by item id. */
    public java.util.Map<Long, PressRelease> detailsOf(java.util.Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery("SELECT r FROM PressRelease r WHERE r.itemId IN :ids", PressRelease.class)
                .setParameter("ids", itemIds)
                .getResultStream()
                .collect(java.util.stream.Collectors.toMap(PressRelease::getItemId, r -> r));
    }

    /** The release's attachments, in order, in one query. */
    public List<MediaFile> attachments(long itemId) {
        return em.createQuery("""
                        SELECT m FROM ReleaseAttachment a, MediaFile m WHERE m.id = a.mediaId AND a.itemId = :item
                        ORDER BY a.position""", MediaFile.class)
                .setParameter("item", itemId)
                .getResultList();
    }

    public List<Long> contactIds(long itemId) {
        return em.createQuery("SELECT c.contactId FROM ReleaseContact c WHERE c.itemId = :item ORDER BY c.position", Long.class)
                .setParameter("item", itemId)
                .getResultList();
    }

    /**
     * Saves a release's details as a whole, provided nobody saved them since {@code openedVersion} (null: the editor
     * saw none). The item itself is marked changed, so that its public page (and PDF) is no longer a cached copy.
     */
    @Transactional
    public PressRelease save(long itemId, Integer openedVersion, Details details) {
        ContentItem item = contents.find(itemId);
        if (item.getType() != ContentType.PRESS_RELEASE) {
            throw new IllegalArgumentException("Item " + itemId + " is not a press release");
        }
        PressRelease release = em.find(PressRelease.class, itemId);
        if (release == null) {
            if (openedVersion != null) {
                throw new Contents.ConflictException();
            }
            release = new PressRelease(itemId);
            em.persist(release);
        } else if (openedVersion == null || release.getVersion() != openedVersion) {
            throw new Contents.ConflictException();
        }
        release.describe(details.place(), details.aboutHtml());

        em.createQuery("DELETE FROM ReleaseAttachment a WHERE a.itemId = :item").setParameter("item", itemId).executeUpdate();
        em.createQuery("DELETE FROM ReleaseContact c WHERE c.itemId = :item").setParameter("item", itemId).executeUpdate();
        int position = 0;
        for (Long mediaId : new LinkedHashSet<>(details.attachmentIds())) {
            if (em.find(MediaFile.class, mediaId) == null) {
                throw new UnknownReferenceException("media file " + mediaId);
            }
            em.persist(new ReleaseAttachment(itemId, mediaId, position++));
        }
        position = 0;
        for (Long contactId : new LinkedHashSet<>(details.contactIds())) {
            if (em.find(MediaContact.class, contactId) == null) {
                throw new UnknownReferenceException("media contact " + contactId);
            }
            em.persist(new ReleaseContact(itemId, contactId, position++));
        }
        contents.markChanged(itemId);
        return release;
    }

    /** The "about" text of the latest release in this language: the starting point of a new release's. */
    public Optional<String> latestAbout(Language language) {
        return em.createQuery("""
                        SELECT r.aboutHtml FROM PressRelease r, ContentItem i
                        WHERE i.id = r.itemId AND i.language = :language AND r.aboutHtml IS NOT NULL
                        ORDER BY i.updatedAt DESC""", String.class)
                .setParameter("language", language.code())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /**
     * True when a media file is used — attached, as cover or in the text — by an item under embargo and by nothing
     * public (a public item, the press kit): until the embargo ends its address answers 404 to the public, like the
     * release. While no embargo runs at all (nearly always), one indexed count is the whole cost.
     */
    @Override
    public boolean hiddenFromPublic(MediaFile file) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long running = em.createQuery("SELECT COUNT(i) FROM ContentItem i WHERE i.embargoUntil > :now", Long.class)
                .setParameter("now", now)
                .getSingleResult();
        if (running == 0) {
            return false;
        }
        long embargoed = em.createQuery("SELECT COUNT(i) FROM ContentItem i WHERE i.embargoUntil > :now AND " + USES, Long.class)
                .setParameter("now", now)
                .setParameter("media", file.getId())
                .setParameter("path", "%/media/" + file.getSha256() + "%")
                .getSingleResult();
        if (embargoed == 0) {
            return false;
        }
        long shown = em.createQuery("SELECT COUNT(i) FROM ContentItem i WHERE i.status = :published"
                        + " AND (i.embargoUntil IS NULL OR i.embargoUntil <= :now) AND " + USES, Long.class)
                .setParameter("published", ContentStatus.PUBLISHED)
                .setParameter("now", now)
                .setParameter("media", file.getId())
                .setParameter("path", "%/media/" + file.getSha256() + "%")
                .getSingleResult();
        long inKit = em.createQuery("SELECT COUNT(k) FROM PressKitEntry k WHERE k.mediaId = :media", Long.class)
                .setParameter("media", file.getId())
                .getSingleResult();
        return shown + inKit == 0;
    }

    private static final String USES = "(i.coverMediaId = :media OR i.bodyHtml LIKE :path OR EXISTS"
            + " (SELECT a FROM ReleaseAttachment a WHERE a.itemId = i.id AND a.mediaId = :media))";
}
