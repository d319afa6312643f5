package fr.isoc.groupeiot.membership;

import fr.isoc.groupeiot.platform.mail.MailOutbox;
import fr.isoc.groupeiot.platform.persistence.Like;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Members as they see themselves and as the public sees them: who the signed-in person is, their profile and
 * college change request, the public directory, "my data" (export) and erasure.
 */
@ApplicationScoped
public class Members {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AccountTasks accountTasks;

    @Inject
    MailOutbox outbox;

    @Inject
    Colleges colleges;

    /** What the directory is narrowed to: a college, a name (part of), both or neither. */
    public record DirectoryFilter(String collegeCode, String name) {
    }

    /**
     * The member behind a signed-in account: by Keycloak account id, else by the account's verified address when that
     * member is not linked to any account yet, which then links the two — that is how accounts made before the
     * portal knew them (demo, linked) find theirs. An unverified address never links anything.
     */
    @Transactional
    public Optional<Member> signedIn(String keycloakUserId, String verifiedEmail) {
        if (keycloakUserId == null) {
            return Optional.empty();
        }
        Optional<Member> linked = em.createQuery("SELECT m FROM Member m WHERE m.keycloakUserId = :id", Member.class)
                .setParameter("id", keycloakUserId)
                .getResultStream()
                .findFirst();
        if (linked.isPresent()) {
            return linked.filter(Member::isActive);
        }
        if (verifiedEmail == null || verifiedEmail.isBlank()) {
            return Optional.empty();
        }
        Optional<Member> unlinked = activeWith(verifiedEmail).filter(m -> m.getKeycloakUserId() == null);
        unlinked.ifPresent(m -> m.linkAccount(keycloakUserId));
        return unlinked;
    }

    public Optional<Member> activeWith(String email) {
        return em.createQuery("SELECT m FROM Member m WHERE m.email = :email AND m.status = :active", Member.class)
                .setParameter("email", email.toLowerCase(Locale.ROOT))
                .setParameter("active", Member.Status.ACTIVE)
                .getResultStream()
                .findFirst();
    }

    /** Saves the profile; a different college becomes a request for an admin (true when one is now pending). */
    @Transactional
    public boolean updateProfile(long memberId, @Valid ProfileForm form) {
        Member member = em.find(Member.class, memberId);
        if (em.find(College.class, form.getCollegeCode()) == null) {
            throw new IllegalArgumentException("Unknown college " + form.getCollegeCode());
        }
        member.updateProfile(form);
        member.requestCollege(form.getCollegeCode(), Instant.now());
        return member.getRequestedCollegeCode() != null;
    }

    public Member find(long memberId) {
        return em.find(Member.class, memberId);
    }

    /** Listed active members, by college (the group's order), founding members first, then by name. */
    public List<Member> directory(DirectoryFilter filter, int first, int size) {
        return directoryQuery(filter, Member.class, "m", """
                ORDER BY c.position, m.founding DESC, LOWER(COALESCE(m.organisationName, m.displayName, m.lastName)), m.id""")
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public long countDirectory(DirectoryFilter filter) {
        return directoryQuery(filter, Long.class, "COUNT(m)", "").getSingleResult();
    }

    private <T> TypedQuery<T> directoryQuery(DirectoryFilter filter, Class<T> type, String select, String order) {
        boolean byCollege = filter.collegeCode() != null && !filter.collegeCode().isBlank();
        boolean byName = filter.name() != null && !filter.name().isBlank();
        String jpql = "SELECT " + select + " FROM Member m, College c WHERE c.code = m.collegeCode"
                + " AND m.status = :active AND m.listedInDirectory = :listed"
                + (byCollege ? " AND m.collegeCode = :college" : "")
                // Only the name the directory shows is searched: an organisation's representative, or the real name
                // of someone who chose a display name, is not to be found through it.
                + (byName ? " AND ((m.kind = :organisation AND LOWER(m.organisationName) LIKE :name)"
                        + " OR (m.kind = :person AND m.displayName IS NOT NULL AND LOWER(m.displayName) LIKE :name)"
                        // First and last name compared apart ("camille mar" = first + last): a CONCAT with a literal
                        // makes EclipseLink inline every value on H2, booleans as 1, which H2 2 refuses.
                        + " OR (m.kind = :person AND m.displayName IS NULL AND (LOWER(m.firstName) LIKE :name"
                        + " OR LOWER(m.lastName) LIKE :name OR (LOWER(m.firstName) LIKE :first AND LOWER(m.lastName) LIKE :last))))" : "")
                + " " + order;
        TypedQuery<T> query = em.createQuery(jpql, type).setParameter("active", Member.Status.ACTIVE).setParameter("listed", true);
        if (byCollege) {
            query.setParameter("college", filter.collegeCode());
        }
        if (byName) {
            String name = filter.name().strip();
            int space = name.indexOf(' ');
            query.setParameter("first", Like.containing(space < 0 ? name : name.substring(0, space)))
                    .setParameter("last", Like.containing(space < 0 ? name : name.substring(space + 1)));
            query.setParameter("name", Like.containing(name))
                    .setParameter("organisation", ApplicantKind.ORGANISATION)
                    .setParameter("person", ApplicantKind.PERSON);
        }
        return query;
    }


    /**
     * Everything the portal holds about the member, as JSON, written as it is read: the profile, the application
     * it came from, and the decisions about them. Keycloak holds the account itself (and shows it to its owner).
     */
    @Transactional
    public void export(long memberId, OutputStream out) {
        Member member = em.find(Member.class, memberId);
        try (JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createGenerator(out)) {
            json.writeStartObject();
            json.write("exportedAt", Instant.now().toString());
            json.writeStartObject("member");
            json.write("id", member.getId());
            write(json, "kind", member.getKind());
            write(json, "email", member.getEmail());
            write(json, "firstName", member.getFirstName());
            write(json, "lastName", member.getLastName());
            write(json, "displayName", member.getDisplayName());
            write(json, "affiliation", member.getAffiliation());
            write(json, "country", member.getCountry());
            write(json, "organisationName", member.getOrganisationName());
            write(json, "organisationKind", member.getOrganisationKind());
            write(json, "website", member.getWebsite());
            write(json, "representativeRole", member.getRepresentativeRole());
            write(json, "bio", member.getBio());
            write(json, "college", member.getCollegeCode());
            write(json, "requestedCollege", member.getRequestedCollegeCode());
            write(json, "preferredLanguage", member.getLanguage().code());
            json.write("listedInDirectory", member.isListedInDirectory());
            json.write("foundingMember", member.isFounding());
            json.write("newsletter", member.isNewsletter());
            json.write("notifyReplies", member.isNotifyReplies());
            json.write("notifyConsultations", member.isNotifyConsultations());
            write(json, "keycloakAccountId", member.getKeycloakUserId());
            write(json, "joinedAt", member.getJoinedAt());
            json.writeEnd();
            MembershipApplication application = applicationOf(member);
            if (application != null) {
                json.writeStartObject("application");
                json.write("id", application.getId());
                write(json, "email", application.getEmail());
                write(json, "firstName", application.getFirstName());
                write(json, "lastName", application.getLastName());
                write(json, "organisationName", application.getOrganisationName());
                write(json, "siren", application.getSiren());
                write(json, "representativeRole", application.getRepresentativeRole());
                write(json, "college", application.getCollegeCode());
                write(json, "motivation", application.getMotivation());
                write(json, "informationQuestion", application.getInformationQuestion());
                write(json, "informationAnswer", application.getInformationAnswer());
                write(json, "submittedAt", application.getCreatedAt());
                write(json, "confirmedAt", application.getConfirmedAt());
                write(json, "decidedAt", application.getDecidedAt());
                write(json, "consentGivenAt", application.getConsentGivenAt());
                json.writeEnd();
            }
            json.writeStartArray("decisions");
            decisionsAbout(member).forEach(d -> {
                json.writeStartObject();
                write(json, "decision", d.getDecision());
                write(json, "college", d.getCollegeCode());
                write(json, "reason", d.getReason());
                write(json, "comment", d.getComment());
                write(json, "decidedAt", d.getDecidedAt());
                json.writeEnd();
            });
            json.writeEnd();
            json.writeEnd();
        }
    }

    /** The application the member joined with, while it is kept. */
    public MembershipApplication applicationOf(Member member) {
        return member.getApplicationId() == null ? null : em.find(MembershipApplication.class, member.getApplicationId());
    }

    /** The admins' decisions about the member and their application, oldest first. */
    public List<MembershipDecision> decisionsAbout(Member member) {
        return em.createQuery("""
                        SELECT d FROM MembershipDecision d WHERE d.memberId = :member OR d.applicationId = :application
                        ORDER BY d.decidedAt""", MembershipDecision.class)
                .setParameter("member", member.getId())
                .setParameter("application", member.getApplicationId() == null ? -1L : member.getApplicationId())
                .getResultList();
    }

    private static void write(JsonGenerator json, String name, Object value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value.toString());
        }
    }

    /**
     * Erasure at the member's request: personal fields blanked (the row stays, as "former member", for what they
     * wrote), their application deleted, the words of the decisions about them removed, e-mails kept for them in the
     * outbox forgotten, and the Keycloak account's removal queued. Pending college requests and directory listing go with the rest.
     */
    @Transactional
    public void erase(long memberId) {
        Member member = em.find(Member.class, memberId);
        String email = member.getEmail();
        Long applicationId = member.getApplicationId();
        AccountTask provision = accountTasks.find(memberId, AccountTask.Kind.PROVISION);
        String account = member.erase(Instant.now());
        if (applicationId != null) {
            em.createQuery("DELETE FROM MembershipApplication a WHERE a.id = :id").setParameter("id", applicationId).executeUpdate();
        }
        // The log keeps who decided what, but not the words written to or about the person.
        em.createQuery("UPDATE MembershipDecision d SET d.comment = NULL WHERE d.memberId = :member OR d.applicationId = :application")
                .setParameter("member", memberId)
                .setParameter("application", applicationId == null ? -1L : applicationId)
                .executeUpdate();
        em.createQuery("DELETE FROM MembershipApplication a WHERE a.email = :email").setParameter("email", email).executeUpdate();
        outbox.forget(email);
        // An account the portal made goes; one it only linked (a staff account, say) just loses its membership. With no
        // account linked there is nothing to do: a pending provisioning skips a former member.
        if (account != null) {
            boolean made = provision != null && (provision.isAccountCreated() || provision.isPasswordMailSent());
            accountTasks.request(member, made ? AccountTask.Kind.DELETE : AccountTask.Kind.UNLINK, account);
        }
    }

    /** The college codes in the group's order (view-scoped pages cannot hold the repository). */
    public List<String> collegeCodes() {
        return colleges.inOrder().stream().map(College::getCode).toList();
    }
}
