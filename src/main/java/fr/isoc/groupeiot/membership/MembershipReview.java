package fr.isoc.groupeiot.membership;

import fr.isoc.groupeiot.platform.mail.MailOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The admins' side of membership: the queue of confirmed applications, the three decisions (approve, reject, ask
 * for more information), the applicant's answer, college change requests, the decision log and the figures.
 * Each decision commits, in one transaction, the new state, its log line, the e-mail to the applicant and, on
 * approval, the member and the Keycloak work (carried out by {@link AccountTaskWorker}).
 */
@ApplicationScoped
public class MembershipReview {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    MailOutbox outbox;

    @Inject
    ApplicationMails mails;

    @Inject
    AccountTasks accountTasks;

    @Inject
    Members members;

    @Inject
    @ConfigProperty(name = "portal.join.information-link-validity", defaultValue = "P14D")
    Duration informationLinkValidity;

    /** Which open applications the queue shows: any of college, kind, "waiting for at least n days", or none. */
    public record QueueFilter(String collegeCode, ApplicantKind kind, Integer minimumDays) {
        public static final QueueFilter ALL = new QueueFilter(null, null, null);
    }

    public enum Outcome { DONE, ALREADY_DECIDED, ALREADY_MEMBER, NOT_FOUND }

    /** Open applications (awaiting review or waiting for the applicant's answer), longest waiting first. */
    public List<MembershipApplication> queue(QueueFilter filter, int first, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<MembershipApplication> query = cb.createQuery(MembershipApplication.class);
        Root<MembershipApplication> application = query.from(MembershipApplication.class);
        query.where(conditions(cb, application, filter)).orderBy(cb.asc(application.get("confirmedAt")), cb.asc(application.get("id")));
        return em.createQuery(query).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(QueueFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<MembershipApplication> application = query.from(MembershipApplication.class);
        query.select(cb.count(application)).where(conditions(cb, application, filter));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] conditions(CriteriaBuilder cb, Root<MembershipApplication> application, QueueFilter filter) {
        List<Predicate> conditions = new ArrayList<>();
        conditions.add(application.get("status").in(MembershipApplication.Status.AWAITING_REVIEW,
                MembershipApplication.Status.INFORMATION_REQUESTED));
        if (filter.collegeCode() != null) {
            conditions.add(cb.equal(application.get("collegeCode"), filter.collegeCode()));
        }
        if (filter.kind() != null) {
            conditions.add(cb.equal(application.get("kind"), filter.kind()));
        }
        if (filter.minimumDays() != null && filter.minimumDays() > 0) {
            conditions.add(cb.lessThanOrEqualTo(application.get("confirmedAt"),
                    Instant.now().minus(filter.minimumDays(), ChronoUnit.DAYS).atOffset(ZoneOffset.UTC)));
        }
        return conditions.toArray(Predicate[]::new);
    }

    public Optional<MembershipApplication> application(long id) {
        return Optional.ofNullable(em.find(MembershipApplication.class, id))
                .filter(a -> a.getStatus() != MembershipApplication.Status.UNCONFIRMED);
    }

    /**
     * Approves: the member is created with what the application holds, the Keycloak account is asked for, the
     * applicant is told. Approving an application twice, or one whose address is already a member's, changes nothing.
     */
    @Transactional
    public Outcome approve(long applicationId, String admin) {
        MembershipApplication application = em.find(MembershipApplication.class, applicationId);
        if (application == null) {
            return Outcome.NOT_FOUND;
        }
        if (!application.getStatus().isOpen()) {
            return Outcome.ALREADY_DECIDED;
        }
        if (members.activeWith(application.getEmail()).isPresent()) {
            return Outcome.ALREADY_MEMBER;
        }
        Instant now = Instant.now();
        application.approve(now);
        Member member = Member.approvedFrom(application, application.getId(), now);
        em.persist(member);
        em.flush(); // the member's id, for the task and the log
        accountTasks.request(member, AccountTask.Kind.PROVISION, null);
        em.persist(new MembershipDecision(MembershipDecision.Kind.APPROVED, applicationId, member.getId(),
                application.getCollegeCode(), null, null, admin, now));
        outbox.enqueue(mails.approved(application));
        return Outcome.DONE;
    }

    @Transactional
    public Outcome reject(long applicationId, RejectionReason reason, String comment, String admin) {
        MembershipApplication application = em.find(MembershipApplication.class, applicationId);
        if (application == null) {
            return Outcome.NOT_FOUND;
        }
        if (!application.getStatus().isOpen()) {
            return Outcome.ALREADY_DECIDED;
        }
        Instant now = Instant.now();
        application.reject(now);
        em.persist(new MembershipDecision(MembershipDecision.Kind.REJECTED, applicationId, null,
                application.getCollegeCode(), reason, comment, admin, now));
        outbox.enqueue(mails.rejected(application, reason, comment));
        return Outcome.DONE;
    }

    /** Asks the applicant a question by e-mail; they answer through a single-use link. */
    @Transactional
    public Outcome askForInformation(long applicationId, String question, String admin) {
        MembershipApplication application = em.find(MembershipApplication.class, applicationId);
        if (application == null) {
            return Outcome.NOT_FOUND;
        }
        if (!application.getStatus().isOpen()) {
            return Outcome.ALREADY_DECIDED;
        }
        Instant now = Instant.now();
        String token = application.requestInformation(question, now, informationLinkValidity);
        em.persist(new MembershipDecision(MembershipDecision.Kind.INFORMATION_REQUESTED, applicationId, null,
                application.getCollegeCode(), null, question, admin, now));
        outbox.enqueue(mails.informationRequest(application, token, informationLinkValidity));
        return Outcome.DONE;
    }

    /** The question behind an answer link, when the link still works. */
    public Optional<String> questionFor(String token) {
        return byInformationToken(token).filter(a -> a.acceptsAnswer(Instant.now()))
                .map(MembershipApplication::getInformationQuestion);
    }

    /** The applicant's answer; false when the link is unknown, used or expired. */
    @Transactional
    public boolean answer(String token, String text) {
        Optional<MembershipApplication> application = byInformationToken(token).filter(a -> a.acceptsAnswer(Instant.now()));
        application.ifPresent(a -> a.answer(text, Instant.now()));
        return application.isPresent();
    }

    private Optional<MembershipApplication> byInformationToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("SELECT a FROM MembershipApplication a WHERE a.informationTokenHash = :hash",
                        MembershipApplication.class)
                .setParameter("hash", MembershipApplication.hash(token))
                .getResultStream()
                .findFirst();
    }

    /** Members waiting for an admin to confirm a move to another college, oldest request first. */
    public List<Member> collegeRequests(int first, int size) {
        return em.createQuery("""
                        SELECT m FROM Member m WHERE m.status = :active AND m.requestedCollegeCode IS NOT NULL
                        ORDER BY m.collegeRequestedAt, m.id""", Member.class)
                .setParameter("active", Member.Status.ACTIVE)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    /**
     * Accepts or refuses the request the admin saw ({@code shownCollege}): a request the member changed meanwhile,
     * or one another admin decided, is left alone (ALREADY_DECIDED).
     */
    @Transactional
    public Outcome decideCollegeRequest(long memberId, String shownCollege, boolean accept, String admin) {
        Member member = em.find(Member.class, memberId);
        if (member == null || !member.isActive()) {
            return Outcome.NOT_FOUND;
        }
        if (member.getRequestedCollegeCode() == null || !member.getRequestedCollegeCode().equals(shownCollege)) {
            return Outcome.ALREADY_DECIDED;
        }
        String requested = member.getRequestedCollegeCode();
        Instant now = Instant.now();
        if (member.decideCollegeRequest(accept)) {
            accountTasks.request(member, AccountTask.Kind.UPDATE_COLLEGE, member.getKeycloakUserId());
        }
        em.persist(new MembershipDecision(accept ? MembershipDecision.Kind.COLLEGE_CHANGE_ACCEPTED
                : MembershipDecision.Kind.COLLEGE_CHANGE_REFUSED, null, memberId, requested, null, null, admin, now));
        outbox.enqueue(mails.collegeDecision(member, accept, requested));
        return Outcome.DONE;
    }

    /** The decision log, newest first. */
    public List<MembershipDecision> decisions(int first, int size) {
        return em.createQuery("SELECT d FROM MembershipDecision d ORDER BY d.decidedAt DESC, d.id DESC", MembershipDecision.class)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public long countDecisions() {
        return em.createQuery("SELECT COUNT(d) FROM MembershipDecision d", Long.class).getSingleResult();
    }

    /** Active members per college and kind: college code → kind → count (every college and kind present). */
    public Map<String, Map<ApplicantKind, Long>> membersByCollegeAndKind(List<String> collegeCodes) {
        Map<String, Map<ApplicantKind, Long>> table = new LinkedHashMap<>();
        for (String code : collegeCodes) {
            Map<ApplicantKind, Long> row = new LinkedHashMap<>();
            for (ApplicantKind kind : ApplicantKind.values()) {
                row.put(kind, 0L);
            }
            table.put(code, row);
        }
        for (Object[] row : em.createQuery("""
                        SELECT m.collegeCode, m.kind, COUNT(m) FROM Member m WHERE m.status = :active
                        GROUP BY m.collegeCode, m.kind""", Object[].class)
                .setParameter("active", Member.Status.ACTIVE)
                .getResultList()) {
            table.computeIfAbsent((String) row[0], c -> new LinkedHashMap<>()).put((ApplicantKind) row[1], (Long) row[2]);
        }
        return table;
    }

    /** Applications received per ISO week (Paris time) over the last {@code weeks} weeks, oldest first, zeros included. */
    public Map<LocalDate, Long> applicationsPerWeek(int weeks) {
        LocalDate firstMonday = LocalDate.now(PARIS).with(DayOfWeek.MONDAY).minusWeeks(weeks - 1L);
        Map<LocalDate, Long> perWeek = new LinkedHashMap<>();
        for (int i = 0; i < weeks; i++) {
            perWeek.put(firstMonday.plusWeeks(i), 0L);
        }
        // Only the creation times of the period are read (one column), then counted here: week arithmetic in JPQL
        // differs between PostgreSQL and H2.
        // Confirmed applications only: unconfirmed ones include spam and are purged after 30 days.
        em.createQuery("SELECT a.createdAt FROM MembershipApplication a WHERE a.createdAt >= :since AND a.confirmedAt IS NOT NULL",
                        OffsetDateTime.class)
                .setParameter("since", firstMonday.atStartOfDay(PARIS).toOffsetDateTime())
                .getResultStream()
                .map(t -> t.atZoneSameInstant(PARIS).toLocalDate().with(DayOfWeek.MONDAY))
                .forEach(monday -> perWeek.computeIfPresent(monday, (k, v) -> v + 1));
        return perWeek;
    }

}
