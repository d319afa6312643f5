package fr.isoc.groupeiot.cms;

import fr.isoc.groupeiot.platform.i18n.Language;
import fr.isoc.groupeiot.platform.persistence.Like;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The CMS's content: what editors create, save (each save a revision), move through the workflow (each step
 * recorded) and restore; and what the public reads (published items only, by slug, in lists, as translations).
 */
@ApplicationScoped
public class Contents {

    private static final java.time.ZoneId PARIS = java.time.ZoneId.of("Europe/Paris");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Someone saved the item since this editor opened it: their text is not overwritten. */
    public static class ConflictException extends RuntimeException {
        public ConflictException() {
            super("The item was changed by someone else since it was opened");
        }
    }

    /** The slug the editor chose is another item's (or a portal page's) in that language. */
    public static class SlugTakenException extends RuntimeException {
        public SlugTakenException(String slug) {
            super("Slug taken: " + slug);
        }
    }

    // ---- Editors ----

    /** A new draft (revision 1); a slug made from the title gets a number when taken, a chosen one must be free. */
    @Transactional
    public ContentItem create(ContentType type, Language language, String translationOf, @Valid ContentFields fields,
                              String author) {
        Instant now = Instant.now();
        if (translationOf != null && translation(translationOf, language).isPresent()) {
            throw new IllegalStateException("This translation group already has a " + language + " version");
        }
        requireCoverImage(fields);
        ContentItem item = ContentItem.draft(type, language, translationOf, fields, author, now);
        item.renameSlug(freeSlug(item, fields.getSlug() == null || fields.getSlug().isBlank()));
        em.persist(item);
        em.flush();
        em.persist(new ContentRevision(item, 1, author, now));
        em.persist(new ContentTransition(item.getId(), null, ContentStatus.DRAFT, author, null, now));
        return item;
    }

    /**
     * Saves an editor's changes as a new revision, provided nobody saved in between ({@code openedVersion} is the
     * version the editor's form was filled from). A renamed slug keeps redirecting.
     */
    @Transactional
    public ContentItem save(long id, int openedVersion, @Valid ContentFields fields, String author) {
        requireCoverImage(fields);
        ContentItem item = find(id);
        if (item.getVersion() != openedVersion) {
            throw new ConflictException();
        }
        String formerSlug = item.getSlug();
        Instant now = Instant.now();
        item.apply(fields, now);
        item.renameSlug(freeSlug(item, fields.getSlug() == null || fields.getSlug().isBlank(), formerSlug));
        if (!formerSlug.equals(item.getSlug()) && item.isEverPublished()) {
            SlugRedirect existing = em.find(SlugRedirect.class, new SlugRedirect.Key(item.getLanguage().code(), item.getType(), formerSlug));
            if (existing == null) {
                em.persist(new SlugRedirect(item, formerSlug));
            } else {
                existing.pointTo(item.getId());
            }
        }
        em.persist(new ContentRevision(item, lastRevision(id) + 1, author, now));
        return item;
    }

    /** Restores an old revision: its text becomes a new revision (history is never rewritten). */
    @Transactional
    public ContentItem restore(long id, int revisionNumber, int openedVersion, String author) {
        ContentRevision revision = revisions(id).stream().filter(r -> r.getNumber() == revisionNumber).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No revision " + revisionNumber + " of item " + id));
        ContentFields fields = revision.fields();
        if (fields.getCoverMediaId() != null && !isImage(fields.getCoverMediaId())) {
            // The old cover has left the media library since: the text comes back without it.
            fields.setCoverMediaId(null);
            fields.setCoverAlt(null);
        }
        return save(id, openedVersion, fields, author);
    }

    @Transactional
    public void submitForReview(long id, String actor, String comment) {
        step(id, actor, comment, item -> item.submitForReview(Instant.now()));
    }

    @Transactional
    public void publish(long id, String actor, boolean admin, String comment) {
        step(id, actor, comment, item -> item.publish(actor, admin, Instant.now()));
    }

    @Transactional
    public void schedule(long id, Instant at, String actor, boolean admin, String comment) {
        step(id, actor, comment, item -> item.schedule(at, actor, admin, Instant.now()));
    }

    /** Something shown with the item changed (e.g. a release's contacts): its public copies are stale. */
    @Transactional
    public void markChanged(long id) {
        find(id).changed(Instant.now());
    }

    /** Sets or lifts an item's embargo (see {@link ContentItem#embargo}); recorded with the workflow's steps. */
    @Transactional
    public void embargo(long id, int openedVersion, Instant until, String actor, String comment) {
        ContentItem item = find(id);
        if (item.getVersion() != openedVersion) {
            throw new ConflictException();
        }
        step(id, actor, comment, i -> i.embargo(until, Instant.now()));
    }

    @Transactional
    public void archive(long id, String actor, String comment) {
        step(id, actor, comment, item -> item.archive(Instant.now()));
    }

    @Transactional
    public void backToDraft(long id, String actor, String comment) {
        step(id, actor, comment, item -> item.backToDraft(Instant.now()));
    }

    private void step(long id, String actor, String comment, Consumer<ContentItem> transition) {
        ContentItem item = find(id);
        ContentStatus from = item.getStatus();
        transition.accept(item);
        em.persist(new ContentTransition(id, from, item.getStatus(), actor, comment, Instant.now()));
    }

    /** Publishes every scheduled item whose time has come; returns how many went public. */
    @Transactional
    public int publishDue(Instant now) {
        List<ContentItem> due = em.createQuery("""
                        SELECT i FROM ContentItem i WHERE i.status = :scheduled AND i.publishAt <= :now ORDER BY i.publishAt""",
                        ContentItem.class)
                .setParameter("scheduled", ContentStatus.SCHEDULED)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .getResultList();
        int published = 0;
        for (ContentItem item : due) {
            if (item.publishIfDue(now)) {
                em.persist(new ContentTransition(item.getId(), ContentStatus.SCHEDULED, ContentStatus.PUBLISHED,
                        ContentTransition.SCHEDULER, null, now));
                published++;
            }
        }
        return published;
    }

    /** A cover is an image of the media library (the editor's page says so first; this holds for every caller). */
    private void requireCoverImage(ContentFields fields) {
        if (fields.getCoverMediaId() != null && !isImage(fields.getCoverMediaId())) {
            throw new IllegalArgumentException("The cover " + fields.getCoverMediaId() + " is not an image of the media library");
        }
    }

    private boolean isImage(long mediaId) {
        MediaFile file = em.find(MediaFile.class, mediaId);
        return file != null && file.isImage();
    }

    public ContentItem find(long id) {
        ContentItem item = em.find(ContentItem.class, id);
        if (item == null) {
            throw new IllegalArgumentException("No content item " + id);
        }
        return item;
    }

    public List<ContentRevision> revisions(long itemId) {
        return em.createQuery("SELECT r FROM ContentRevision r WHERE r.itemId = :item ORDER BY r.number DESC", ContentRevision.class)
                .setParameter("item", itemId)
                .getResultList();
    }

    public List<ContentTransition> transitions(long itemId) {
        return em.createQuery("SELECT t FROM ContentTransition t WHERE t.itemId = :item ORDER BY t.happenedAt DESC, t.id DESC",
                        ContentTransition.class)
                .setParameter("item", itemId)
                .getResultList();
    }

    private int lastRevision(long itemId) {
        Integer last = em.createQuery("SELECT MAX(r.number) FROM ContentRevision r WHERE r.itemId = :item", Integer.class)
                .setParameter("item", itemId)
                .getSingleResult();
        return last == null ? 0 : last;
    }

    private String freeSlug(ContentItem item, boolean generated) {
        return freeSlug(item, generated, null);
    }

    /** The item's slug if free (or {@code keep}, its own), else a numbered one when generated, else refused. */
    private String freeSlug(ContentItem item, boolean generated, String keep) {
        String wanted = item.getSlug();
        if (wanted.equals(keep)) {
            return wanted;
        }
        for (int n = 2; isTaken(item, wanted); n++) {
            if (!generated) {
                throw new SlugTakenException(wanted);
            }
            wanted = Slugs.withSuffix(item.getSlug(), n);
        }
        return wanted;
    }

    private boolean isTaken(ContentItem item, String slug) {
        if (ContentRoutes.isReserved(item.getLanguage(), item.getType(), slug)) {
            return true;
        }
        // Two queries rather than ":id IS NULL OR …", which PostgreSQL cannot type for a null id.
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(i) FROM ContentItem i WHERE i.language = :language"
                        + " AND i.type = :type AND i.slug = :slug" + (item.getId() == null ? "" : " AND i.id <> :id"), Long.class)
                .setParameter("language", item.getLanguage().code())
                .setParameter("type", item.getType())
                .setParameter("slug", slug);
        if (item.getId() != null) {
            query.setParameter("id", item.getId());
        }
        return query.getSingleResult() > 0;
    }

    /** The back office's list filters; a null (or false) field does not filter. */
    public record EditorialFilter(ContentType type, Language language, ContentStatus status, String author,
                                  boolean missingTranslation) {
    }

    /** One page of every item (any status) matching the filters, most recently changed first. */
    public List<ContentItem> editorialList(EditorialFilter filter, int first, int size) {
        return editorialQuery(filter, ContentItem.class, "i", " ORDER BY i.updatedAt DESC, i.id DESC")
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public long countEditorial(EditorialFilter filter) {
        return editorialQuery(filter, Long.class, "COUNT(i)", "").getSingleResult();
    }

    /** Every item of these translation groups (any status), for the list's translation column. */
    public List<ContentItem> inTranslationGroups(Collection<String> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT i FROM ContentItem i WHERE i.translationGroup IN :groups", ContentItem.class)
                .setParameter("groups", groups)
                .getResultList();
    }

    /** The query string is built from the filters that are set, so that every parameter has a value and a type. */
    private <T> TypedQuery<T> editorialQuery(EditorialFilter filter, Class<T> result, String select, String order) {
        StringBuilder jpql = new StringBuilder("SELECT ").append(select).append(" FROM ContentItem i WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.type() != null) {
            jpql.append(" AND i.type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.language() != null) {
            jpql.append(" AND i.language = :language");
            parameters.put("language", filter.language().code());
        }
        if (filter.status() != null) {
            jpql.append(" AND i.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.author() != null && !filter.author().isBlank()) {
            jpql.append(" AND LOWER(i.createdBy) LIKE :author");
            parameters.put("author", Like.containing(filter.author()));
        }
        if (filter.missingTranslation()) {
            jpql.append(" AND NOT EXISTS (SELECT o FROM ContentItem o WHERE o.translationGroup = i.translationGroup AND o.id <> i.id)");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), result);
        parameters.forEach(query::setParameter);
        return query;
    }

    // ---- The public ----

    /**
     * What the public may see, in every public query (pages, lists, feeds, sitemap, search, PDFs): published and not
     * under embargo at {@code :now}. An embargo thus ends to the second, without waiting for any job.
     */
    static final String PUBLIC = "i.status = :published AND (i.embargoUntil IS NULL OR i.embargoUntil <= :now)";

    private static <T> TypedQuery<T> publicParameters(TypedQuery<T> query) {
        return query.setParameter("published", ContentStatus.PUBLISHED)
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC));
    }

    public Optional<ContentItem> published(Language language, ContentType type, String slug) {
        return publicParameters(em.createQuery("""
                        SELECT i FROM ContentItem i
                        WHERE i.language = :language AND i.type = :type AND i.slug = :slug AND""" + " " + PUBLIC,
                        ContentItem.class))
                .setParameter("language", language.code())
                .setParameter("type", type)
                .setParameter("slug", slug.toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    /**
     * Published items of the same type and language sharing at least one tag with {@code item}, the most shared
     * tags first, then the newest.
     */
    public List<ContentItem> related(ContentItem item, int max) {
        return withAnyTag(item.getLanguage(), item.getType(), item.getTagList(), item.getId(), max);
    }

    /**
     * Public items of a type and language that carry at least one of {@code tags} (but {@code excluded}, when not
     * null), those with the most of them first, then the newest: one query for the candidates, ranked here.
     */
    public List<ContentItem> withAnyTag(Language language, ContentType type, Collection<String> tags, Long excluded, int max) {
        List<String> wanted = tags.stream().distinct().toList();
        if (wanted.isEmpty() || max <= 0) {
            return List.of();
        }
        StringBuilder anyTag = new StringBuilder();
        for (int n = 0; n < wanted.size(); n++) {
            anyTag.append(n == 0 ? "" : " OR ").append("i.tags LIKE :tag").append(n);
        }
        TypedQuery<ContentItem> query = publicParameters(em.createQuery("SELECT i FROM ContentItem i WHERE i.language = :language"
                + " AND i.type = :type" + (excluded == null ? "" : " AND i.id <> :id") + " AND " + PUBLIC
                + " AND (" + anyTag + ")", ContentItem.class))
                .setParameter("language", language.code())
                .setParameter("type", type);
        if (excluded != null) {
            query.setParameter("id", excluded);
        }
        for (int n = 0; n < wanted.size(); n++) {
            query.setParameter("tag" + n, "%," + Like.plain(wanted.get(n)) + ",%");
        }
        java.util.Set<String> own = new java.util.HashSet<>(wanted);
        return query.getResultList().stream()
                .sorted(java.util.Comparator.comparingLong((ContentItem other) -> other.getTagList().stream().filter(own::contains).count())
                        .reversed()
                        .thenComparing(ContentItem::getPublishedAt, java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())))
                .limit(max)
                .toList();
    }

    /** The published item a former slug now points to. */
    public Optional<ContentItem> renamed(Language language, ContentType type, String slug) {
        return Optional.ofNullable(em.find(SlugRedirect.class, new SlugRedirect.Key(language.code(), type, slug)))
                .map(redirect -> em.find(ContentItem.class, redirect.getItemId()))
                .filter(ContentItem::isPublic);
    }

    /** The published version of the same item in another language. */
    public Optional<ContentItem> translation(String translationGroup, Language language) {
        return em.createQuery("""
                        SELECT i FROM ContentItem i WHERE i.translationGroup = :group AND i.language = :language""",
                        ContentItem.class)
                .setParameter("group", translationGroup)
                .setParameter("language", language.code())
                .getResultStream()
                .findFirst();
    }

    /** One page of published items of a type, newest first, optionally with a tag. */
    public List<ContentItem> publishedList(Language language, ContentType type, String tag, int first, int size) {
        return listQuery(language, type, tag, ContentItem.class, "i", "ORDER BY i.publishedAt DESC, i.id DESC")
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public long countPublished(Language language, ContentType type, String tag) {
        return listQuery(language, type, tag, Long.class, "COUNT(i)", "").getSingleResult();
    }

    /**
     * When anything public of this language last changed: the Last-Modified of lists, feeds and the home page. An
     * embargo that ended is a change at its end (nothing was written then), one still running is none yet.
     */
    public Instant lastChange(Language language) {
        Object[] last = em.createQuery("""
                        SELECT MAX(i.updatedAt), MAX(i.embargoUntil) FROM ContentItem i
                        WHERE i.language = :language AND i.everPublished = :ever AND (i.embargoUntil IS NULL OR i.embargoUntil <= :now)""",
                        Object[].class)
                .setParameter("ever", true)
                .setParameter("language", language.code())
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .getSingleResult();
        Instant updated = last[0] == null ? Instant.EPOCH : ((OffsetDateTime) last[0]).toInstant();
        Instant embargoEnded = last[1] == null ? Instant.EPOCH : ((OffsetDateTime) last[1]).toInstant();
        return updated.isAfter(embargoEnded) ? updated : embargoEnded;
    }

    /** Every public item, for the sitemap. */
    public List<ContentItem> allPublished() {
        return publicParameters(em.createQuery("SELECT i FROM ContentItem i WHERE " + PUBLIC + " ORDER BY i.type, i.language, i.slug",
                ContentItem.class))
                .getResultList();
    }

    /** The years (Europe/Paris) in which public items of a type were published, newest first: the press room's filter. */
    public List<Integer> publishedYears(Language language, ContentType type) {
        return publicParameters(em.createQuery("SELECT i.publishedAt FROM ContentItem i WHERE i.language = :language"
                        + " AND i.type = :type AND " + PUBLIC, OffsetDateTime.class))
                .setParameter("language", language.code())
                .setParameter("type", type)
                .getResultStream()
                .filter(java.util.Objects::nonNull)
                .map(at -> at.atZoneSameInstant(PARIS).getYear())
                .distinct()
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
    }

    /** One page of public items of a type published in a year (Europe/Paris), newest first. */
    public List<ContentItem> publishedInYear(Language language, ContentType type, int year, int first, int size) {
        return yearQuery(language, type, year, ContentItem.class, "i", " ORDER BY i.publishedAt DESC, i.id DESC")
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public long countPublishedInYear(Language language, ContentType type, int year) {
        return yearQuery(language, type, year, Long.class, "COUNT(i)", "").getSingleResult();
    }

    private <T> TypedQuery<T> yearQuery(Language language, ContentType type, int year, Class<T> result, String select, String order) {
        return publicParameters(em.createQuery("SELECT " + select + " FROM ContentItem i WHERE i.language = :language"
                        + " AND i.type = :type AND " + PUBLIC + " AND i.publishedAt >= :from AND i.publishedAt < :to" + order, result))
                .setParameter("language", language.code())
                .setParameter("type", type)
                .setParameter("from", java.time.LocalDate.of(year, 1, 1).atStartOfDay(PARIS).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC))
                .setParameter("to", java.time.LocalDate.of(year + 1, 1, 1).atStartOfDay(PARIS).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
    }

    private <T> TypedQuery<T> listQuery(Language language, ContentType type, String tag, Class<T> result, String select, String order) {
        boolean byTag = tag != null && !tag.isBlank();
        TypedQuery<T> query = publicParameters(em.createQuery("SELECT " + select + " FROM ContentItem i WHERE i.language = :language"
                        + " AND i.type = :type AND " + PUBLIC + (byTag ? " AND i.tags LIKE :tag" : "")
                        + " " + order, result))
                .setParameter("language", language.code())
                .setParameter("type", type);
        if (byTag) {
            query.setParameter("tag", "%," + Like.plain(tag) + ",%");
        }
        return query;
    }
}
