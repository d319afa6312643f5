package fr.isoc.groupeiot.membership;

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

/** One line of the admin decision log: what was decided on which application or member, by whom, when. */
@Entity
@Table(name = "membership_decision")
public class MembershipDecision {

    public enum Kind { APPROVED, REJECTED, INFORMATION_REQUESTED, COLLEGE_CHANGE_ACCEPTED, COLLEGE_CHANGE_REFUSED }

    @Id
    @SequenceGenerator(name = "membership_decision_seq", sequenceName = "membership_decision_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "membership_decision_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Kind decision;
    @Column(name = "application_id")
    private Long applicationId;
    @Column(name = "member_id")
    private Long memberId;
    @Column(name = "college_code", length = 40)
    private String collegeCode;
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private RejectionReason reason;
    @Column(name = "comment_text", length = 2000)
    private String comment;
    @Column(name = "decided_by", nullable = false, length = 320)
    private String decidedBy;
    @Column(name = "decided_at", nullable = false)
    private OffsetDateTime decidedAt;

    protected MembershipDecision() {
    }

    MembershipDecision(Kind decision, Long applicationId, Long memberId, String collegeCode, RejectionReason reason,
                       String comment, String decidedBy, Instant now) {
        this.decision = decision;
        this.applicationId = applicationId;
        this.memberId = memberId;
        this.collegeCode = collegeCode;
        this.reason = reason;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.decidedBy = decidedBy;
        this.decidedAt = now.atOffset(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public Kind getDecision() {
        return decision;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getCollegeCode() {
        return collegeCode;
    }

    public RejectionReason getReason() {
        return reason;
    }

    public String getComment() {
        return comment;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt.toInstant();
    }
}
