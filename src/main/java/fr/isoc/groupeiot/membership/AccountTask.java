package fr.isoc.groupeiot.membership;

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

import static fr.isoc.groupeiot.platform.persistence.Columns.utc;

/**
 * Work to carry out in Keycloak for one member, written in the same transaction as the decision that needs it
 * (the outbox pattern). The worker retries it with back-off for as long as Keycloak is unreachable: an approved
 * member must get an account eventually, so it never gives up; admins see what is still waiting and why.
 */
@Entity
@Table(name = "account_task")
public class AccountTask {

    public enum Kind {
        /** Create the account, or link the one that already has the member's address; role and college set. */
        PROVISION,
        /** Copy an accepted college change to the account's attribute. */
        UPDATE_COLLEGE,
        /** Remove the account of a member who erased their data (an account the portal made). */
        DELETE,
        /** Take the membership off an account the portal only linked (its owner keeps the account). */
        UNLINK
    }

    public enum Status { PENDING, DONE }

    static final BackOff BACK_OFF = new BackOff(Duration.ofSeconds(10), Duration.ofHours(1));

    @Id
    @SequenceGenerator(name = "account_task_seq", sequenceName = "account_task_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_task_seq")
    private Long id;

    @Column(name = "member_id", nullable = false)
    private Long memberId;
    @Enumerated(EnumType.STRING)
    @Column(name = "task_kind", nullable = false, length = 20)
    private Kind kind;
    /** For DELETE: the account to remove (the member row no longer names it once erased). */
    @Column(name = "keycloak_user_id", length = 64)
    private String keycloakUserId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;
    @Column(name = "claimed_by", length = 40)
    private String claimedBy;
    @Column(name = "claimed_until")
    private OffsetDateTime claimedUntil;
    @Column(name = "last_error", length = 2000)
    private String lastError;
    /** PROVISION made the account itself (rather than linking one): it then owes the "set your password" e-mail. */
    @Column(name = "account_created", nullable = false)
    private boolean accountCreated;
    @Column(name = "password_mail_sent", nullable = false)
    private boolean passwordMailSent;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "done_at")
    private OffsetDateTime doneAt;

    @Version
    private int version;

    protected AccountTask() {
    }

    AccountTask(Long memberId, Kind kind, String keycloakUserId, Instant now) {
        this.memberId = memberId;
        this.kind = kind;
        this.keycloakUserId = keycloakUserId;
        this.status = Status.PENDING;
        this.nextAttemptAt = utc(now);
        this.createdAt = utc(now);
    }

    /** The same work asked for again (e.g. a second college change): due now, whatever happened before. */
    void rearm(String keycloakUserId, Instant now) {
        this.keycloakUserId = keycloakUserId;
        // A run still busy with the previous request must not mark this one done: its claim no longer counts.
        release();
        status = Status.PENDING;
        attempts = 0;
        lastError = null;
        nextAttemptAt = utc(now);
    }

    void accountCreated() {
        accountCreated = true;
    }

    void passwordMailSent() {
        passwordMailSent = true;
    }

    void done(Instant now) {
        status = Status.DONE;
        doneAt = utc(now);
        attempts++;
        lastError = null;
        release();
    }

    void failed(String error, Instant now) {
        attempts++;
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 2000));
        nextAttemptAt = utc(now.plus(BACK_OFF.after(attempts)));
        release();
    }

    private void release() {
        claimedBy = null;
        claimedUntil = null;
    }

    public Long getId() {
        return id;
    }

    /** Whether this claim still owns the task (it was not re-armed or taken over since). */
    boolean isClaimedBy(String claim) {
        return claim.equals(claimedBy);
    }

    public Long getMemberId() {
        return memberId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getKeycloakUserId() {
        return keycloakUserId;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt.toInstant();
    }

    public String getLastError() {
        return lastError;
    }

    public boolean isAccountCreated() {
        return accountCreated;
    }

    public boolean isPasswordMailSent() {
        return passwordMailSent;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }
}
