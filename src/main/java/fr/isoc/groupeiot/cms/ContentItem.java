package fr.isoc.groupeiot.cms;

import fr.isoc.groupeiot.platform.i18n.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import static fr.isoc.groupeiot.platform.persistence.Columns.blankToNull;
import static fr.isoc.groupeiot.platform.persistence.Columns.utc;

/**
 * A page, guide or news item in one language. Its French and English versions share a translation group. Its rules:
 * the body is stored sanitized, the workflow's transitions and who may publish, and what the public may see.
 */
@Entity
@Table(name = "content_item")
public class ContentItem {

    @Id
    @SequenceGenerator(name = "content_item_seq", sequenceName = "content_item_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_item_seq")
    private Long id;

    @Column(name = "translation_group", nullable = false, length = 36)
    private String translationGroup;
    @Enumerated(EnumType.STRING)
    @Column(name = "content_type", nullable = false, length = 20)
    private ContentType type;
    @Column(nullable = false, length = 2)
    private String language;
    @Column(nullable = false, length = 80)
    private String slug;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(length = 600)
    private String summary;
    @Column(name = "body_html", nullable = false, length = 1_000_000)
    private String bodyHtml;
    /** The body as plain text, for search, excerpts and diffs. */
    @Column(name = "body_text", nullable = false, length = 1_000_000)
    private String bodyText;
    @Column(name = "search_text", nullable = false, length = 1_000_000)
    private String searchText;
    @Column(name = "seo_description", length = 160)
    private String seoDescription;
    @Column(name = "cover_media_id")
    private Long coverMediaId;
    @Column(name = "cover_alt", length = 300)
    private String coverAlt;
    /** Normalised tags, stored as ",tag one,tag two," so that one tag is found with LIKE '%,tag,%'. */
    @Column(length = 500)
    private String tags;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ContentStatus status;
    @Column(name = "publish_at")
    private OffsetDateTime publishAt;
    @Column(name = "published_at")
    private OffsetDateTime publishedAt;
    /** Before this instant the item is not public, whatever its status (press releases under embargo). */
    @Column(name = "embargo_until")
    private OffsetDateTime embargoUntil;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
    @Column(name = "created_by", nullable = false, length = 320)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "ever_published", nullable = false)
    private boolean everPublished;

    @Version
    private int version;

    protected ContentItem() {
    }

    /** A new draft; {@code translationOf} names the group of the other language's version, or null for a new group. */
    public static ContentItem draft(ContentType type, Language language, String translationOf, ContentFields fields,
                                    String author, Instant now) {
        ContentItem item = new ContentItem();
        item.translationGroup = translationOf != null ? translationOf : UUID.randomUUID().toString();
        item.type = Objects.requireNonNull(type);
        item.language = language.code();
        item.status = ContentStatus.DRAFT;
        item.createdBy = author;
        item.createdAt = utc(now);
        item.apply(fields, now);
        return item;
    }

    /** Applies an editor's save: sanitized body, slug from the title when none is given, normalised tags. */
    void apply(ContentFields fields, Instant now) {
        title = required(fields.getTitle());
        String wanted = fields.getSlug() == null || fields.getSlug().isBlank() ? Slugs.of(title) : fields.getSlug().strip();
        slug = wanted.isEmpty() ? type.name().toLowerCase(Locale.ROOT) : wanted;
        summary = blankToNull(fields.getSummary());
        bodyHtml = RichText.sanitize(fields.getBodyHtml());
        bodyText = RichText.plainText(bodyHtml);
        seoDescription = blankToNull(fields.getSeoDescription());
        tags = normaliseTags(fields.getTags());
        searchText = SearchText.normalise(String.join(" ", title, summary == null ? "" : summary,
                tags == null ? "" : tags.replace(',', ' '), bodyText));
        coverMediaId = fields.getCoverMediaId();
        coverAlt = coverMediaId == null ? null : blankToNull(fields.getCoverAlt());
        updatedAt = utc(now);
    }

    void renameSlug(String newSlug) {
        slug = newSlug;
    }

    /** A change to what is shown with the item (not its own fields): a new version, so new ETags. */
    void changed(Instant now) {
        updatedAt = utc(now);
    }

    /** Whether {@code actor} may publish (or schedule) this item now: nobody publishes their own first draft but an admin. */
    public boolean mayBePublishedBy(String actor, boolean admin) {
        return admin || everPublished || !createdBy.equals(actor);
    }

    public void submitForReview(Instant now) {
        require(status == ContentStatus.DRAFT, "submit for review");
        status = ContentStatus.IN_REVIEW;
        updatedAt = utc(now);
    }

    public void backToDraft(Instant now) {
        require(status == ContentStatus.IN_REVIEW || status == ContentStatus.SCHEDULED || status == ContentStatus.ARCHIVED, "return to draft");
        status = ContentStatus.DRAFT;
        publishAt = null;
        updatedAt = utc(now);
    }

    public void publish(String actor, boolean admin, Instant now) {
        require(status != ContentStatus.PUBLISHED, "publish");
        requirePublisher(actor, admin);
        goLive(now);
    }

    /** Goes public at {@code at} by itself (see {@link PublicationScheduler}); a time already past publishes now. */
    public void schedule(Instant at, String actor, boolean admin, Instant now) {
        require(status == ContentStatus.DRAFT || status == ContentStatus.IN_REVIEW, "schedule");
        requirePublisher(actor, admin);
        status = ContentStatus.SCHEDULED;
        // Whole seconds: the database keeps microseconds, rounded, which could put the time just after "now".
        publishAt = utc(Objects.requireNonNull(at).truncatedTo(ChronoUnit.SECONDS));
        updatedAt = utc(now);
    }

    /** The scheduler's step: true when the item was due and is now public. */
    boolean publishIfDue(Instant now) {
        if (status != ContentStatus.SCHEDULED || publishAt == null || publishAt.toInstant().isAfter(now)) {
            return false;
        }
        goLive(publishAt.toInstant());
        return true;
    }

    public void archive(Instant now) {
        require(status == ContentStatus.PUBLISHED, "archive");
        status = ContentStatus.ARCHIVED;
        updatedAt = utc(now);
    }

    private void goLive(Instant when) {
        status = ContentStatus.PUBLISHED;
        if (publishedAt == null) {
            // Under embargo, the item's public date is the embargo's end: the release's date line.
            publishedAt = utc(embargoUntil != null && embargoUntil.toInstant().isAfter(when) ? embargoUntil.toInstant() : when);
        }
        publishAt = null;
        everPublished = true;
        updatedAt = utc(when);
    }

    /** Loading demo content: published at its own date, as if it had gone through the workflow. */
    void publishedOn(Instant when) {
        status = ContentStatus.PUBLISHED;
        publishedAt = utc(when);
        everPublished = true;
        updatedAt = utc(when);
    }

    private void requirePublisher(String actor, boolean admin) {
        if (!mayBePublishedBy(actor, admin)) {
            throw new WorkflowException("own-first-draft");
        }
    }

    private void require(boolean allowed, String transition) {
        if (!allowed) {
            throw new WorkflowException("not-from-" + status.name().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * Sets (or, with null, lifts) the embargo: while it lasts the item stays hidden from the public even when published,
     * and goes public at that instant by itself. Only an item the public has not seen can be put under embargo.
     */
    public void embargo(Instant until, Instant now) {
        if (isPublicAt(now)) {
            throw new WorkflowException("embargo-already-public");
        }
        embargoUntil = until == null ? null : utc(until.truncatedTo(ChronoUnit.SECONDS));
        if (status == ContentStatus.PUBLISHED) {
            // The public date follows the embargo; lifting it now publishes now.
            publishedAt = utc(until != null && until.isAfter(now) ? until.truncatedTo(ChronoUnit.SECONDS) : now);
        }
        updatedAt = utc(now);
    }

    /** Public now: published and not under embargo. */
    public boolean isPublic() {
        return isPublicAt(Instant.now());
    }

    public boolean isPublicAt(Instant now) {
        return status == ContentStatus.PUBLISHED && !isUnderEmbargoAt(now);
    }

    /** An embargo that has not ended yet (whatever the status). */
    public boolean isUnderEmbargoAt(Instant now) {
        return embargoUntil != null && embargoUntil.toInstant().isAfter(now);
    }

    public boolean isUnderEmbargo() {
        return isUnderEmbargoAt(Instant.now());
    }

    static String normaliseTags(String tags) {
        if (tags == null || tags.isBlank()) {
            return null;
        }
        LinkedHashSet<String> unique = new LinkedHashSet<>();
        Arrays.stream(tags.split(",")).map(t -> t.strip().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty()).forEach(unique::add);
        return unique.isEmpty() ? null : "," + String.join(",", unique) + ",";
    }

    private static String required(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A title is required");
        }
        return value.strip();
    }

    public Long getId() {
        return id;
    }

    public String getTranslationGroup() {
        return translationGroup;
    }

    public ContentType getType() {
        return type;
    }

    public Language getLanguage() {
        return Language.fromCodeOr(language, Language.FRENCH);
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getSeoDescription() {
        return seoDescription;
    }

    public Long getCoverMediaId() {
        return coverMediaId;
    }

    public String getCoverAlt() {
        return coverAlt;
    }

    /** The tags in the order the editor gave them. */
    public List<String> getTagList() {
        return tags == null ? List.of() : Arrays.stream(tags.split(",")).filter(t -> !t.isEmpty()).toList();
    }

    /** The tags as the editor types them: "a, b". */
    public String getTagsText() {
        return String.join(", ", getTagList());
    }

    public ContentStatus getStatus() {
        return status;
    }

    public Instant getPublishAt() {
        return publishAt == null ? null : publishAt.toInstant();
    }

    public Instant getPublishedAt() {
        return publishedAt == null ? null : publishedAt.toInstant();
    }

    public Instant getEmbargoUntil() {
        return embargoUntil == null ? null : embargoUntil.toInstant();
    }

    public Instant getUpdatedAt() {
        return updatedAt.toInstant();
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }

    public boolean isEverPublished() {
        return everPublished;
    }

    public int getVersion() {
        return version;
    }
}
