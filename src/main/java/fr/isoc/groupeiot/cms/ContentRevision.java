package fr.isoc.groupeiot.cms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One save of an item, as it was: numbered from 1, never changed; restoring one makes a new revision. */
@Entity
@Table(name = "content_revision")
public class ContentRevision {

    @Id
    @SequenceGenerator(name = "content_revision_seq", sequenceName = "content_revision_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_revision_seq")
    private Long id;
    @Column(name = "item_id", nullable = false)
    private Long itemId;
    @Column(nullable = false)
    private int number;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(length = 600)
    private String summary;
    @Column(name = "body_html", nullable = false, length = 1_000_000)
    private String bodyHtml;
    @Column(name = "seo_description", length = 160)
    private String seoDescription;
    @Column(length = 500)
    private String tags;
    @Column(nullable = false, length = 80)
    private String slug;
    @Column(name = "cover_media_id")
    private Long coverMediaId;
    @Column(name = "cover_alt", length = 300)
    private String coverAlt;
    @Column(nullable = false, length = 320)
    private String author;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected ContentRevision() {
    }

    ContentRevision(ContentItem item, int number, String author, Instant now) {
        this.itemId = item.getId();
        this.number = number;
        this.title = item.getTitle();
        this.summary = item.getSummary();
        this.bodyHtml = item.getBodyHtml();
        this.seoDescription = item.getSeoDescription();
        this.tags = item.getTagsText();
        this.slug = item.getSlug();
        this.coverMediaId = item.getCoverMediaId();
        this.coverAlt = item.getCoverAlt();
        this.author = author;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    /** What restoring this revision saves again. */
    public ContentFields fields() {
        return ContentFields.of(title, slug, summary, bodyHtml, seoDescription, tags).withCover(coverMediaId, coverAlt);
    }

    public Long getId() {
        return id;
    }

    public Long getItemId() {
        return itemId;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Long getCoverMediaId() {
        return coverMediaId;
    }

    public String getCoverAlt() {
        return coverAlt;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }
}
