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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

import static fr.isoc.groupeiot.platform.persistence.Columns.blankToNull;
import static fr.isoc.groupeiot.platform.persistence.Columns.utc;

/**
 * An application to join the group, from the public form, as a person or on behalf of an organisation. Its rules:
 * what each kind must give, and the e-mail confirmation (a single-use link that expires; only its hash is kept).
 */
@Entity
@Table(name = "membership_application")
public class MembershipApplication {

    public enum Status {
        UNCONFIRMED, AWAITING_REVIEW, INFORMATION_REQUESTED, APPROVED, REJECTED;

        /** Statuses an admin can still decide on. */
        public boolean isOpen() {
            return this == AWAITING_REVIEW || this == INFORMATION_REQUESTED;
        }
    }

    /** What confirming a link did. */
    public enum Confirmation { CONFIRMED, ALREADY_CONFIRMED, EXPIRED }

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @SequenceGenerator(name = "membership_application_seq", sequenceName = "membership_application_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "membership_application_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_kind", nullable = false, length = 12)
    private ApplicantKind kind;

    @Column(nullable = false, length = 320)
    private String email;
    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;
    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;
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
    @Column(length = 9)
    private String siren;
    @Column(name = "representative_role", length = 120)
    private String representativeRole;

    @Column(name = "college_code", nullable = false, length = 40)
    private String collegeCode;
    @Column(nullable = false, length = 2000)
    private String motivation;
    @Column(nullable = false, length = 2)
    private String language;
    @Column(name = "listed_in_directory", nullable = false)
    private boolean listedInDirectory;
    @Column(nullable = false)
    private boolean newsletter;
    @Column(name = "consent_given_at", nullable = false)
    private OffsetDateTime consentGivenAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Status status;
    @Column(name = "confirmation_token_hash", length = 64)
    private String confirmationTokenHash;
    @Column(name = "confirmation_expires_at")
    private OffsetDateTime confirmationExpiresAt;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "confirmed_at")
    private OffsetDateTime confirmedAt;

    @Column(name = "information_token_hash", length = 64)
    private String informationTokenHash;
    @Column(name = "information_expires_at")
    private OffsetDateTime informationExpiresAt;
    @Column(name = "information_question", length = 2000)
    private String informationQuestion;
    @Column(name = "information_answer", length = 4000)
    private String informationAnswer;
    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Version
    private int version;

    protected MembershipApplication() {
    }

    /**
     * A new, unconfirmed application from a valid form. Refuses (IllegalArgumentException) a form that lacks what its
     * kind requires or whose consent is missing, so that nothing incomplete is ever stored.
     */
    public static MembershipApplication from(JoinForm form, Instant now) {
        if (!form.isConsent()) {
            throw new IllegalArgumentException("No consent to the processing of personal data");
        }
        MembershipApplication application = new MembershipApplication();
        application.kind = Objects.requireNonNull(form.getKind());
        application.email = required(form.getEmail()).toLowerCase(Locale.ROOT);
        application.firstName = required(form.getFirstName());
        application.lastName = required(form.getLastName());
        application.collegeCode = required(form.getCollegeCode());
        application.motivation = required(form.getMotivation());
        application.language = Language.fromCodeOr(form.getLanguage(), Language.FRENCH).code();
        if (application.kind == ApplicantKind.ORGANISATION) {
            application.organisationName = required(form.getOrganisationName());
            application.organisationKind = Objects.requireNonNull(form.getOrganisationKind(), "organisation kind");
            application.representativeRole = required(form.getRepresentativeRole());
            application.website = blankToNull(form.getWebsite());
            application.siren = blankToNull(form.getSiren());
            if (application.siren != null && !Siren.isValid(application.siren)) {
                throw new IllegalArgumentException("Invalid SIREN");
            }
        } else {
            application.affiliation = blankToNull(form.getAffiliation());
            application.country = required(form.getCountry());
        }
        application.listedInDirectory = form.isListedInDirectory();
        application.newsletter = form.isNewsletter();
        application.consentGivenAt = utc(now);
        application.createdAt = utc(now);
        application.status = Status.UNCONFIRMED;
        return application;
    }

    /** A fresh confirmation link (the previous one stops working); returns the raw token, which is not stored. */
    public String newConfirmationToken(Instant now, Duration validity) {
        String token = randomToken();
        confirmationTokenHash = hash(token);
        confirmationExpiresAt = utc(now.plus(validity));
        return token;
    }

    /** Confirms the address with the link's token (already matched by its hash); the link is used up. */
    public Confirmation confirm(Instant now) {
        if (status != Status.UNCONFIRMED) {
            return Confirmation.ALREADY_CONFIRMED;
        }
        if (confirmationExpiresAt == null || now.isAfter(confirmationExpiresAt.toInstant())) {
            return Confirmation.EXPIRED;
        }
        status = Status.AWAITING_REVIEW;
        confirmedAt = utc(now);
        confirmationTokenHash = null;
        confirmationExpiresAt = null;
        return Confirmation.CONFIRMED;
    }

    /** Approval: the decision is final; the caller creates the member. Refused unless the application is open. */
    public void approve(Instant now) {
        decide(Status.APPROVED, now);
    }

    public void reject(Instant now) {
        decide(Status.REJECTED, now);
    }

    private void decide(Status decision, Instant now) {
        if (!status.isOpen()) {
            throw new IllegalStateException("Application " + id + " is " + status + ", not open for a decision");
        }
        status = decision;
        decidedAt = utc(now);
        informationTokenHash = null;
        informationExpiresAt = null;
    }

    /** An admin asks the applicant a question; returns the raw token of the answer link (only its hash is kept). */
    public String requestInformation(String question, Instant now, Duration validity) {
        if (!status.isOpen()) {
            throw new IllegalStateException("Application " + id + " is " + status + ", not open for a decision");
        }
        status = Status.INFORMATION_REQUESTED;
        informationQuestion = required(question);
        informationAnswer = null;
        String token = randomToken();
        informationTokenHash = hash(token);
        informationExpiresAt = utc(now.plus(validity));
        return token;
    }

    /** Whether the answer link (already matched by its hash) still works at {@code now}. */
    public boolean acceptsAnswer(Instant now) {
        return status == Status.INFORMATION_REQUESTED && informationExpiresAt != null
                && !now.isAfter(informationExpiresAt.toInstant());
    }

    /** The applicant's answer: back in the review queue; the link is used up. */
    public void answer(String text, Instant now) {
        if (!acceptsAnswer(now)) {
            throw new IllegalStateException("No question waits for an answer on application " + id);
        }
        informationAnswer = required(text);
        status = Status.AWAITING_REVIEW;
        informationTokenHash = null;
        informationExpiresAt = null;
    }

    public boolean isAwaitingConfirmation() {
        return status == Status.UNCONFIRMED;
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** How tokens are looked up: only their SHA-256 is stored, so a database leak gives no working link. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String required(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A required field is empty");
        }
        return value.strip();
    }

    public Long getId() {
        return id;
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

    public String getOrganisationName() {
        return organisationName;
    }

    public String getAffiliation() {
        return affiliation;
    }

    public String getCountry() {
        return country;
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

    public String getMotivation() {
        return motivation;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }

    public Instant getConfirmedAt() {
        return confirmedAt == null ? null : confirmedAt.toInstant();
    }

    public Instant getConsentGivenAt() {
        return consentGivenAt.toInstant();
    }

    public Instant getDecidedAt() {
        return decidedAt == null ? null : decidedAt.toInstant();
    }

    public String getInformationQuestion() {
        return informationQuestion;
    }

    public String getInformationAnswer() {
        return informationAnswer;
    }

    /** What the review queue shows as the applicant: the organisation, or the person. */
    public String getApplicantName() {
        return kind == ApplicantKind.ORGANISATION ? organisationName : firstName + " " + lastName;
    }

    public String getSiren() {
        return siren;
    }

    public String getCollegeCode() {
        return collegeCode;
    }

    public Language getLanguage() {
        return Language.fromCodeOr(language, Language.FRENCH);
    }

    public Status getStatus() {
        return status;
    }

    public boolean isListedInDirectory() {
        return listedInDirectory;
    }

    public boolean isNewsletter() {
        return newsletter;
    }
}
