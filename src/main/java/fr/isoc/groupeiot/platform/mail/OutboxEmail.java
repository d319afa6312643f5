package fr.isoc.groupeiot.platform.mail;

import fr.isoc.groupeiot.platform.work.BackOff;
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

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import static fr.isoc.groupeiot.platform.persistence.Columns.utc;

/**
 * One e-mail waiting in (or gone through) the outbox. Its rules: when it is due again after a failure (exponential
 * back-off), when it gives up, and how an admin sends a failed one again.
 */
@Entity
@Table(name = "outbox_email")
public class OutboxEmail {

    public enum Status { PENDING, SENT, FAILED }

    /** After this many failed attempts (about 20 hours of retries) the message is FAILED and waits for an admin. */
    static final int MAX_ATTEMPTS = 13;
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_RETRY = Duration.ofHours(6);
    private static final BackOff BACK_OFF = new BackOff(FIRST_RETRY, LONGEST_RETRY);

    /** From a sequence rather than IDENTITY: EclipseLink reads IDENTITY keys on H2 with a function H2 2.x removed. */
    @Id
    @SequenceGenerator(name = "outbox_email_seq", sequenceName = "outbox_email_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_email_seq")
    private Long id;

    /** The Message-ID header, fixed at enqueue time, so that a resend after a crash is recognisable as the same message. */
    @Column(name = "message_id", nullable = false, unique = true, length = 200)
    private String messageId;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(name = "text_body", nullable = false, length = 100000)
    private String textBody;

    @Column(name = "html_body", length = 200000)
    private String htmlBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;

    @Column(name = "claimed_by", length = 64)
    private String claimedBy;

    @Column(name = "claimed_until")
    private OffsetDateTime claimedUntil;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Version
    private int version;

    // Columns are OffsetDateTime in UTC (see Columns); the entity speaks Instant.
    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    protected OutboxEmail() {
    }

    OutboxEmail(Email email, String domain, Instant now) {
        this.messageId = "<" + UUID.randomUUID() + "@" + domain + ">";
        this.recipient = email.recipient();
        this.language = email.language().code();
        this.subject = email.subject();
        this.textBody = email.textBody();
        this.htmlBody = email.htmlBody();
        this.status = Status.PENDING;
        this.nextAttemptAt = utc(now);
        this.createdAt = utc(now);
    }

    void markSent(Instant now) {
        status = Status.SENT;
        sentAt = utc(now);
        attempts++;
        lastError = null;
        release();
    }

    /** Records a failed attempt: due again later (30 s, 1 min, 2 min… at most 6 h apart), or FAILED for good. */
    void recordFailure(String error, Instant now) {
        attempts++;
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 2000));
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = utc(now.plus(backOffAfter(attempts)));
        }
        release();
    }

    static Duration backOffAfter(int attempts) {
        return BACK_OFF.after(attempts);
    }

    /** An admin's "send again" on a FAILED message: a fresh round of attempts, starting now. */
    public void retry(Instant now) {
        if (status != Status.FAILED) {
            throw new IllegalStateException("Only a failed message can be sent again");
        }
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = utc(now);
    }

    private void release() {
        claimedBy = null;
        claimedUntil = null;
    }

    public Long getId() {
        return id;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return instant(nextAttemptAt);
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return instant(createdAt);
    }

    public Instant getSentAt() {
        return instant(sentAt);
    }
}
