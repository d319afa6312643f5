package fr.isoc.groupeiot.cms;

import fr.isoc.groupeiot.platform.persistence.Conflicts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The CMS media library: uploads (checked, stored as files named by their hash, recorded with their texts), where a
 * file is used, and deletion of unused files. A file is written before its row; if the row cannot be written the new
 * files are deleted again, and a deleted row's files go only once the deletion is committed: never half-stored.
 */
@ApplicationScoped
public class MediaLibrary {

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "portal.media.dir")
    Optional<String> configuredDirectory;

    @Inject
    @ConfigProperty(name = "portal.media.max-bytes", defaultValue = "" + DEFAULT_MAX_BYTES)
    long maxBytes;

    @Inject
    Event<FilesWritten> filesWritten;

    @Inject
    Event<FileDeleted> fileDeleted;

    @Inject
    Event<Deleting> deleting;

    @Inject
    Event<Described> described;

    private MediaStore store;
    private Path directory;

    /** Files an upload created, to delete if its transaction fails. */
    public record FilesWritten(List<Path> files) {
    }

    /** A file's titles or alternative texts changed: what shows them (a release's attachments) is no longer current. */
    public record Described(MediaFile file) {
    }

    /**
     * A file is about to be deleted: an observer that still uses it throws {@link MediaRefusedException} with
     * {@code IN_USE}, and nothing is deleted.
     */
    public record Deleting(MediaFile file) {
    }

    /** A deleted media file's content hash, whose files go once the deletion is committed. */
    public record FileDeleted(String sha256) {
    }

    /** An upload's outcome: the media file, and whether the same content was in the library already. */
    public record Stored(MediaFile file, boolean alreadyThere) {
    }

    @PostConstruct
    void open() {
        directory = configuredDirectory.filter(d -> !d.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.dir"), "groupe-iot-data", "media")).toAbsolutePath();
        store = new MediaStore(directory, maxBytes);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Stores an upload: refused ({@link MediaRefusedException}) when too large, empty, of a type not accepted, or an
     * image without alternative texts, leaving nothing behind. The same content twice is the same media file.
     */
    @Transactional
    public Stored store(InputStream upload, String originalName, long declaredSize, MediaTexts texts, String uploader) {
        MediaStore.Received received;
        try {
            received = store.receive(upload, declaredSize);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<MediaFile> existing = findBySha(received.sha256());
        if (existing.isPresent()) {
            MediaStore.deleteQuietly(List.of(received.temporary()));
            return new Stored(existing.get(), true);
        }
        MediaFile file;
        try {
            file = new MediaFile(received, safeName(originalName, received.kind()), texts, uploader, Instant.now());
        } catch (RuntimeException refused) {
            MediaStore.deleteQuietly(List.of(received.temporary()));
            throw refused;
        }
        List<Path> created;
        try {
            created = store.place(received);
        } catch (IOException e) {
            MediaStore.deleteQuietly(List.of(received.temporary()));
            throw new UncheckedIOException(e);
        }
        try {
            em.persist(file);
            em.flush();
        } catch (RuntimeException failure) {
            // Lost a race with the same content uploaded at the same moment: the file is the winner's now.
            if (!Conflicts.isConflict(failure)) {
                MediaStore.deleteQuietly(created);
            }
            throw failure;
        }
        filesWritten.fire(new FilesWritten(created));
        return new Stored(file, false);
    }

    void forgetFilesOfFailedUpload(@Observes(during = TransactionPhase.AFTER_FAILURE) FilesWritten written) {
        MediaStore.deleteQuietly(written.files());
    }

    /** The name shown and sent with the file: no folders, no control or reserved characters, the right extension. */
    static String safeName(String originalName, MediaKind kind) {
        String name = originalName == null ? "" : originalName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}\\p{Cf}\"*:<>?|%#;]", "_")
                .strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        if (base.isBlank()) {
            base = "file";
        }
        String extension = "." + kind.extension();
        int room = 200 - extension.length();
        return (base.length() > room ? base.substring(0, room) : base) + extension;
    }

    @Transactional
    public List<MediaFile> all() {
        return em.createQuery("SELECT m FROM MediaFile m ORDER BY m.uploadedAt DESC, m.id DESC", MediaFile.class)
                .getResultList();
    }

    /** One page of the library, newest first. */
    @Transactional
    public List<MediaFile> page(int first, int size) {
        return em.createQuery("SELECT m FROM MediaFile m ORDER BY m.uploadedAt DESC, m.id DESC", MediaFile.class)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    @Transactional
    public long count() {
        return em.createQuery("SELECT COUNT(m) FROM MediaFile m", Long.class).getSingleResult();
    }

    /** The newest images (PDFs left out), for the editor's pickers. */
    @Transactional
    public List<MediaFile> images(int max) {
        return em.createQuery("SELECT m FROM MediaFile m WHERE m.mediaType LIKE :image ORDER BY m.uploadedAt DESC, m.id DESC",
                        MediaFile.class)
                .setParameter("image", "image/%")
                .setMaxResults(max)
                .getResultList();
    }

    /** The media files of these ids that exist, by id: the covers of a list of items in one query. */
    @Transactional
    public Map<Long, MediaFile> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT m FROM MediaFile m WHERE m.id IN :ids", MediaFile.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(MediaFile::getId, Function.identity()));
    }

    @Transactional
    public Optional<MediaFile> find(long id) {
        return Optional.ofNullable(em.find(MediaFile.class, id));
    }

    @Transactional
    public Optional<MediaFile> findBySha(String sha256) {
        return em.createQuery("SELECT m FROM MediaFile m WHERE m.sha256 = :sha", MediaFile.class)
                .setParameter("sha", sha256).getResultStream().findFirst();
    }

    /** The stored bytes of a media file, or of its responsive copy {@code width} wide. */
    public Optional<Path> bytes(MediaFile file, Integer width) {
        return store.file(file.getSha256(), width, file.getKind());
    }

    /** The content items (any status, any language) whose body shows the file, or whose cover it is. */
    @Transactional
    public List<ContentItem> usages(long id) {
        MediaFile file = em.find(MediaFile.class, id);
        if (file == null) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM ContentItem c WHERE c.bodyHtml LIKE :path OR c.coverMediaId = :id"
                        + " ORDER BY c.title, c.id", ContentItem.class)
                .setParameter("path", "%/media/" + file.getSha256() + "%")
                .setParameter("id", id)
                .getResultList();
    }

    /**
     * The usages of several files at once (a page of the media page): one query for the items that show any of
     * them, matched here, rather than one query per file.
     */
    @Transactional
    public Map<Long, List<ContentItem>> usagesOf(List<MediaFile> files) {
        if (files.isEmpty()) {
            return Map.of();
        }
        StringBuilder jpql = new StringBuilder("SELECT c FROM ContentItem c WHERE c.coverMediaId IN :ids");
        for (int i = 0; i < files.size(); i++) {
            jpql.append(" OR c.bodyHtml LIKE :path").append(i);
        }
        TypedQuery<ContentItem> query = em.createQuery(jpql.append(" ORDER BY c.title, c.id").toString(), ContentItem.class)
                .setParameter("ids", files.stream().map(MediaFile::getId).toList());
        for (int i = 0; i < files.size(); i++) {
            // A hash is hexadecimal: nothing in it for LIKE to read as a wildcard.
            query.setParameter("path" + i, "%/media/" + files.get(i).getSha256() + "%");
        }
        List<ContentItem> showing = query.getResultList();
        Map<Long, List<ContentItem>> usages = new HashMap<>();
        for (MediaFile file : files) {
            String path = "/media/" + file.getSha256();
            usages.put(file.getId(), showing.stream()
                    .filter(c -> c.getBodyHtml().contains(path) || file.getId().equals(c.getCoverMediaId()))
                    .toList());
        }
        return usages;
    }

    @Transactional
    public MediaFile updateTexts(long id, MediaTexts texts) {
        MediaFile file = find(id).orElseThrow(() -> new IllegalArgumentException("No media file " + id));
        file.describe(texts);
        described.fire(new Described(file));
        return file;
    }

    /** Deletes a media file nothing uses; its files go once the deletion is committed. */
    @Transactional
    public void delete(long id) {
        MediaFile file = find(id).orElseThrow(() -> new IllegalArgumentException("No media file " + id));
        if (!usages(id).isEmpty()) {
            throw new MediaRefusedException(MediaRefusedException.Reason.IN_USE);
        }
        // Other features that hold on to files (release attachments, the press kit) refuse here too.
        deleting.fire(new Deleting(file));
        em.remove(file);
        em.flush();
        fileDeleted.fire(new FileDeleted(file.getSha256()));
    }

    /**
     * Deletes the files of the media directory that no media file names (left by a crash between writing them and
     * committing their row) and abandoned partial uploads, once older than {@code grace}: an upload in progress is
     * never touched. Returns how many files went.
     */
    @Transactional
    public int sweepOrphans(Duration grace, Instant now) {
        return MediaOrphans.sweep(directory, grace, now, this::knownHashes);
    }

    private Set<String> knownHashes(Set<String> hashes) {
        Set<String> known = new HashSet<>();
        List<String> all = List.copyOf(hashes);
        for (int from = 0; from < all.size(); from += 500) {
            known.addAll(em.createQuery("SELECT m.sha256 FROM MediaFile m WHERE m.sha256 IN :hashes", String.class)
                    .setParameter("hashes", all.subList(from, Math.min(all.size(), from + 500)))
                    .getResultList());
        }
        return known;
    }

    void removeFilesOfDeletedMedia(@Observes(during = TransactionPhase.AFTER_SUCCESS) FileDeleted deleted) {
        store.remove(deleted.sha256());
    }
}
