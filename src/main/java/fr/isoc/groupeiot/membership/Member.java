package fr.isoc.groupeiot.membership;

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
import java.util.Locale;
import java.util.Objects;

import static fr.isoc.groupeiot.platform.persistence.Columns.blankToNull;
import static fr.isoc.groupeiot.platform.persistence.Columns.utc;

/**
 * A member of the group, created when an admin approves an application (or, for the demo, loaded as such). The
 * account itself lives in Keycloak; this holds the profile, the college and the member's choices. Erasure blanks
 * every personal field but keeps the row, so that what the member wrote stays attributed to a "former member".
 */
@Entity
@Table(name = "member")
public class Member {

    public enum Status { ACTIVE, FORMER }

    @Id
    @SequenceGenerator(name = "member_seq", sequenceName = "member_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_kind", nullable = false, length = 12)
    private ApplicantKind kind;

    @Column(length = 320)
    private String email;
    @Column(name = "first_name", length = 100)
    private String firstName;
    @Column(name = "last_name", length = 100)
    private String lastName;
    @Column(name = "display_name", length = 200)
    private String displayName;
    @Column(length = 200)
    private String affiliation;
    @Column(length = 100)
    private String country;
    @Column(name = "organisation_name", length = 200)
    private String organisationName;
    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_kind", length = 20)
    private OrganisationKind organisationKind;
    @Column(length = 300)
    private String website;
    @Column(name = "representative_role", length = 120)
    private String representativeRole;
    @Column(length = 1000)
    private String bio;

    @Column(name = "college_code", nullable = false, length = 40)
    private String collegeCode;
    @Column(name = "requested_college_code", length = 40)
    private String requestedCollegeCode;
    @Column(name = "college_requested_at")
    private OffsetDateTime collegeRequestedAt;

    @Column(nullable = false, length = 2)
    private String language;
    @Column(name = "listed_in_directory", nullable = false)
    private boolean listedInDirectory;
    @Column(nullable = false)
    private boolean founding;
    @Column(nullable = false)
    private boolean newsletter;
    @Column(name = "notify_replies", nullable = false)
    private boolean notifyReplies;
    @Column(name = "notify_consultations", nullable = false)
    private boolean notifyConsultations;

    @Column(name = "keycloak_user_id", length = 64)
    private String keycloakUserId;
    @Column(name = "application_id")
    private Long applicationId;
    @Column(name = "joined_at", nullable = false)
    private OffsetDateTime joinedAt;
    @Column(name = "erased_at")
    private OffsetDateTime erasedAt;

    @Version
    private int version;

    protected Member() {
    }

    /** The member an approved application makes: what the applicant gave, their choices kept as they made them. */
    public static Member approvedFrom(MembershipApplication application, Long applicationId, Instant now) {
        Member member = new Member();
        member.status = Status.ACTIVE;
        member.kind = application.getKind();
        member.email = application.getEmail();
        member.firstName = application.getFirstName();
        member.lastName = application.getLastName();
        member.affiliation = application.getAffiliation();
        member.country = application.getCountry();
        member.organisationName = application.getOrganisationName();
        member.organisationKind = application.getOrganisationKind();
        member.website = application.getWebsite();
        member.representativeRole = application.getRepresentativeRole();
        member.collegeCode = application.getCollegeCode();
        member.language = application.getLanguage().code();
        member.listedInDirectory = application.isListedInDirectory();
        member.newsletter = application.isNewsletter();
        member.notifyReplies = true;
        member.notifyConsultations = true;
        member.applicationId = applicationId;
        member.joinedAt = utc(now);
        return member;
    }

    /** A founding or demo member, loaded rather than approved (dev run only). */
    static Member loaded(ApplicantKind kind, String email, String firstName, String lastName, String organisationName,
                         OrganisationKind organisationKind, String website, String collegeCode, Language language,
                         boolean listed, boolean founding, Instant joinedAt) {
        Member member = new Member();
        member.status = Status.ACTIVE;
        member.kind = kind;
        member.email = email.toLowerCase(Locale.ROOT);
        member.firstName = firstName;
        member.lastName = lastName;
        member.organisationName = organisationName;
        member.organisationKind = organisationKind;
        member.website = website;
        member.collegeCode = collegeCode;
        member.language = language.code();
        member.listedInDirectory = listed;
        member.founding = founding;
        member.notifyReplies = true;
        member.notifyConsultations = true;
        member.joinedAt = utc(now(joinedAt));
        return member;
    }

    /** Demo loading only: the affiliation shown beside a person's name. */
    void updateAffiliation(String affiliation) {
        this.affiliation = blankToNull(affiliation);
    }

    private static Instant now(Instant instant) {
        return instant == null ? Instant.now() : instant;
    }

    /** The member's own profile changes. The college is not among them: see {@link #requestCollege}. */
    public void updateProfile(ProfileForm form) {
        requireActive();
        displayName = blankToNull(form.getDisplayName());
        affiliation = blankToNull(form.getAffiliation());
        bio = blankToNull(form.getBio());
        language = Language.fromCodeOr(form.getLanguage(), getLanguage()).code();
        listedInDirectory = form.isListedInDirectory();
        newsletter = form.isNewsletter();
        notifyReplies = form.isNotifyReplies();
        notifyConsultations = form.isNotifyConsultations();
    }

    /** Moving to another college is a request an admin confirms; asking for the current college withdraws it. */
    public void requestCollege(String code, Instant now) {
        requireActive();
        if (Objects.equals(code, collegeCode)) {
            requestedCollegeCode = null;
            collegeRequestedAt = null;
        } else {
            requestedCollegeCode = Objects.requireNonNull(code);
            collegeRequestedAt = utc(now);
        }
    }

    /** The admin's answer to a college change request; returns whether the college changed. */
    public boolean decideCollegeRequest(boolean accept) {
        if (requestedCollegeCode == null) {
            throw new IllegalStateException("Member " + id + " has no college change request");
        }
        boolean changed = accept;
        if (accept) {
            collegeCode = requestedCollegeCode;
        }
        requestedCollegeCode = null;
        collegeRequestedAt = null;
        return changed;
    }

    public void linkAccount(String keycloakUserId) {
        this.keycloakUserId = Objects.requireNonNull(keycloakUserId);
    }

    /**
     * Erasure at the member's request: every personal field blanked, the row kept as a "former member" so that
     * contributions keep an author. Returns the Keycloak account id to delete (null when none was linked).
     */
    public String erase(Instant now) {
        requireActive();
        String account = keycloakUserId;
        status = Status.FORMER;
        email = null;
        firstName = null;
        lastName = null;
        displayName = null;
        affiliation = null;
        country = null;
        organisationName = null;
        website = null;
        representativeRole = null;
        bio = null;
        requestedCollegeCode = null;
        collegeRequestedAt = null;
        listedInDirectory = false;
        newsletter = false;
        notifyReplies = false;
        notifyConsultations = false;
        keycloakUserId = null;
        applicationId = null;
        erasedAt = utc(now);
        return account;
    }

    private void requireActive() {
        if (status != Status.ACTIVE) {
            throw new IllegalStateException("Member " + id + " is a former member");
        }
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    /**
     * The name shown on the member's contributions and in the directory: the organisation, or the chosen display
     * name, or first and last name. Null for a former member (pages then show "former member").
     */
    public String getPublicName() {
        if (!isActive()) {
            return null;
        }
        if (kind == ApplicantKind.ORGANISATION && organisationName != null) {
            return organisationName;
        }
        return displayName != null ? displayName : firstName + " " + lastName;
    }

    public Long getId() {
        return id;
    }

    public Status getStatus() {
        return status;
    }

    public ApplicantKind getKind() {
        return kind;
    }

    public String getEmail() {
        return email;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getAffiliation() {
        return affiliation;
    }

    public String getCountry() {
        return country;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public OrganisationKind getOrganisationKind() {
        return organisationKind;
    }

    public String getWebsite() {
        return website;
    }

    public String getRepresentativeRole() {
        return representativeRole;
    }

    public String getBio() {
        return bio;
    }

    public String getCollegeCode() {
        return collegeCode;
    }

    public String getRequestedCollegeCode() {
        return requestedCollegeCode;
    }

    public Instant getCollegeRequestedAt() {
        return collegeRequestedAt == null ? null : collegeRequestedAt.toInstant();
    }

    public Language getLanguage() {
        return Language.fromCodeOr(language, Language.FRENCH);
    }

    public boolean isListedInDirectory() {
        return listedInDirectory;
    }

    public boolean isFounding() {
        return founding;
    }

    public boolean isNewsletter() {
        return newsletter;
    }

    public boolean isNotifyReplies() {
        return notifyReplies;
    }

    public boolean isNotifyConsultations() {
        return notifyConsultations;
    }

    public String getKeycloakUserId() {
        return keycloakUserId;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Instant getJoinedAt() {
        return joinedAt.toInstant();
    }

    public Instant getErasedAt() {
        return erasedAt == null ? null : erasedAt.toInstant();
    }
}
