package fr.isoc.groupeiot.cms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One workflow step of an item: from which status to which, who, when, with what comment. */
@Entity
@Table(name = "content_transition")
public class ContentTransition {

    /** The actor of steps nobody took by hand (scheduled publication). */
    public static final String SCHEDULER = "scheduler";

    @Id
    @SequenceGenerator(name = "content_transition_seq", sequenceName = "content_transition_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_transition_seq")
    private Long id;
    @Column(name = "item_id", nullable = false)
    private Long itemId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 12)
    private ContentStatus from;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 12)
    private ContentStatus to;
    @Column(nullable = false, length = 320)
    private String actor;
    @Column(name = "comment_text", length = 1000)
    private String comment;
    @Column(name = "happened_at", nullable = false)
    private OffsetDateTime happenedAt;

    protected ContentTransition() {
    }

    ContentTransition(Long itemId, ContentStatus from, ContentStatus to, String actor, String comment, Instant now) {
        this.itemId = itemId;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.happenedAt = now.atOffset(ZoneOffset.UTC);
    }

    public ContentStatus getFrom() {
        return from;
    }

    public ContentStatus getTo() {
        return to;
    }

    public String getActor() {
        return actor;
    }

    public String getComment() {
        return comment;
    }

    public Instant getHappenedAt() {
        return happenedAt.toInstant();
    }
}
