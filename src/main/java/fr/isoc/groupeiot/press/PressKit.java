package fr.isoc.groupeiot.press;

import fr.isoc.groupeiot.cms.MediaFile;
import fr.isoc.groupeiot.cms.MediaLibrary;
import fr.isoc.groupeiot.platform.persistence.Conflicts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The press kit: files of the media library that editors pick, each in a section (logos, photos, fact sheets) with its
 * credit and licence, in the editors' order. The media library stays the owner of the files; the kit reads them.
 */
@ApplicationScoped
public class PressKit {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    MediaLibrary library;

    /** An entry with its media file. */
    public record Item(PressKitEntry entry, MediaFile file) {
    }

    /** Every entry with its file, by section then the editors' order: two queries, whatever the kit's size. */
    @Transactional
    public List<Item> items() {
        List<PressKitEntry> entries = entries();
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<Long, MediaFile> files = library.byIds(entries.stream().map(PressKitEntry::getMediaId).toList());
        return entries.stream().filter(e -> files.containsKey(e.getMediaId()))
                .map(e -> new Item(e, files.get(e.getMediaId()))).toList();
    }

    private List<PressKitEntry> entries() {
        List<PressKitEntry> entries = new ArrayList<>(em.createQuery("SELECT e FROM PressKitEntry e ORDER BY e.position, e.id",
                PressKitEntry.class).getResultList());
        entries.sort(Comparator.comparing(PressKitEntry::getSection));
        return entries;
    }

    @Transactional
    public Optional<PressKitEntry> find(long id) {
        return Optional.ofNullable(em.find(PressKitEntry.class, id));
    }

    /** Adds a media file to the kit, at the end of its section; refused ({@link KitRefusedException}) with the reason. */
    @Transactional
    public PressKitEntry add(Long mediaId, KitSection section, String credit, String licence) {
        MediaFile file = mediaId == null ? null : library.find(mediaId).orElse(null);
        if (file == null) {
            throw new KitRefusedException(KitRefusedException.Reason.MEDIA_REQUIRED);
        }
        checkKind(file, section);
        if (!em.createQuery("SELECT e.id FROM PressKitEntry e WHERE e.mediaId = :media", Long.class)
                .setParameter("media", mediaId).getResultList().isEmpty()) {
            throw new KitRefusedException(KitRefusedException.Reason.ALREADY_IN_KIT);
        }
        Integer last = em.createQuery("SELECT MAX(e.position) FROM PressKitEntry e", Integer.class).getSingleResult();
        PressKitEntry entry = new PressKitEntry(mediaId, section, credit, licence, last == null ? 1 : last + 1, Instant.now());
        try {
            em.persist(entry);
            em.flush();
        } catch (PersistenceException failure) {
            // The same file added by someone else at the same moment (unique index on media_id).
            if (Conflicts.isConflict(failure)) {
                throw new KitRefusedException(KitRefusedException.Reason.ALREADY_IN_KIT);
            }
            throw failure;
        }
        renumber(entries());
        return entry;
    }

    /** Changes an entry as it was read (its version); refused when someone else changed it since. */
    @Transactional
    public void update(long id, int version, KitSection section, String credit, String licence) {
        PressKitEntry entry = em.find(PressKitEntry.class, id);
        if (entry == null || entry.getVersion() != version) {
            throw new KitRefusedException(KitRefusedException.Reason.CONFLICT);
        }
        library.find(entry.getMediaId()).ifPresent(file -> checkKind(file, section));
        entry.describe(section, credit, licence, Instant.now());
        em.flush();
        renumber(entries());
    }

    /** Takes a file out of the kit (the file stays in the media library). */
    @Transactional
    public void remove(long id) {
        PressKitEntry entry = em.find(PressKitEntry.class, id);
        if (entry == null) {
            throw new KitRefusedException(KitRefusedException.Reason.CONFLICT);
        }
        em.remove(entry);
        em.flush();
        renumber(entries());
    }

    /** Swaps an entry with the previous (up) or next one of its section; nothing happens at either end. */
    @Transactional
    public void move(long id, boolean up) {
        List<PressKitEntry> entries = entries();
        int index = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).getId() == id) {
                index = i;
            }
        }
        if (index < 0) {
            throw new KitRefusedException(KitRefusedException.Reason.CONFLICT);
        }
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= entries.size() || entries.get(other).getSection() != entries.get(index).getSection()) {
            return;
        }
        entries.add(other, entries.remove(index));
        renumber(entries);
    }

    /** Whether a media file is in the kit (the media library should then refuse to delete it). */
    @Transactional
    public boolean contains(long mediaId) {
        return !em.createQuery("SELECT e.id FROM PressKitEntry e WHERE e.mediaId = :media", Long.class)
                .setParameter("media", mediaId).getResultList().isEmpty();
    }

    private static void checkKind(MediaFile file, KitSection section) {
        if (section != null && section.isImagesOnly() && !file.isImage()) {
            throw new KitRefusedException(KitRefusedException.Reason.NOT_AN_IMAGE);
        }
    }

    /** Positions 1, 2, 3… in the order shown (section, then position), so moves and the next addition stay simple. */
    private void renumber(List<PressKitEntry> ordered) {
        Instant now = Instant.now();
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i + 1, now);
        }
        em.flush();
    }
}
