package fr.isoc.groupeiot.membership;

import fr.isoc.groupeiot.platform.mail.MailOutbox;
import fr.isoc.groupeiot.platform.web.FormRateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Applications to join: submission (with its confirmation e-mail, in the same transaction), confirmation of the
 * address, and a new link when the old one expired. A submission looks the same to the visitor whether or not the
 * address is already known: only the e-mail that goes to that address differs.
 */
@ApplicationScoped
public class MembershipApplications {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    MailOutbox outbox;

    @Inject
    ApplicationMails mails;

    @Inject
    Colleges colleges;

    @Inject
    Members members;

    @Inject
    FormRateLimiter rateLimiter;

    @Inject
    @ConfigProperty(name = "portal.join.link-validity", defaultValue = "PT72H")
    Duration linkValidity;

    /** Humans take longer than this to fill the form; faster submissions are automated (and dropped). */
    @Inject
    @ConfigProperty(name = "portal.join.minimum-fill-time", defaultValue = "PT4S")
    Duration minimumFillTime;

    public Duration minimumFillTime() {
        return minimumFillTime;
    }

    /** The colleges an applicant chooses from, in the group's order. (Repositories cannot be held by view-scoped pages.) */
    public List<String> collegeCodes() {
        return colleges.inOrder().stream().map(College::getCode).toList();
    }

    public enum LinkResult { CONFIRMED, ALREADY_USED_OR_UNKNOWN, EXPIRED }

    @Transactional
    public void submit(@Valid JoinForm form) {
        Instant now = Instant.now();
        // Built (and so checked) before the address is looked up: an incomplete form is refused the same way
        // whether or not the address is known, so the answer reveals nothing about it.
        MembershipApplication candidate = MembershipApplication.from(form, now);
        if (em.find(College.class, candidate.getCollegeCode()) == null) {
            throw new IllegalArgumentException("Unknown college " + form.getCollegeCode());
        }
        String email = candidate.getEmail();
        if (!rateLimiter.tryAcquire("mail-to:" + email)) {
            // The form can be sent in anyone's name: this keeps it from flooding one mailbox. Same answer.
            return;
        }
        if (members.activeWith(email).isPresent()) {
            outbox.enqueue(mails.alreadyMember(candidate));
            return;
        }
        // A rejected application does not stand in the way of a new one.
        Optional<MembershipApplication> known = latestFor(email)
                .filter(a -> a.getStatus() != MembershipApplication.Status.REJECTED);
        if (known.isPresent() && known.get().isAwaitingConfirmation()) {
            MembershipApplication application = known.get();
            outbox.enqueue(mails.confirmation(application, application.newConfirmationToken(now, linkValidity), linkValidity));
            return;
        }
        if (known.isPresent()) {
            outbox.enqueue(mails.alreadyApplied(known.get()));
            return;
        }
        em.persist(candidate);
        outbox.enqueue(mails.confirmation(candidate, candidate.newConfirmationToken(now, linkValidity), linkValidity));
    }

    @Transactional
    public LinkResult confirm(String token) {
        Optional<MembershipApplication> application = byToken(token);
        if (application.isEmpty()) {
            return LinkResult.ALREADY_USED_OR_UNKNOWN;
        }
        return switch (application.get().confirm(Instant.now())) {
            case CONFIRMED -> LinkResult.CONFIRMED;
            case EXPIRED -> LinkResult.EXPIRED;
            case ALREADY_CONFIRMED -> LinkResult.ALREADY_USED_OR_UNKNOWN;
        };
    }

    /** Sends a new link for an expired one; false when the link is unknown or already used. */
    @Transactional
    public boolean sendNewLink(String token) {
        Optional<MembershipApplication> application = byToken(token).filter(MembershipApplication::isAwaitingConfirmation)
                .filter(a -> rateLimiter.tryAcquire("mail-to:" + a.getEmail()));
        application.ifPresent(a -> outbox.enqueue(mails.confirmation(a, a.newConfirmationToken(Instant.now(), linkValidity),
                linkValidity)));
        return application.isPresent();
    }


    private Optional<MembershipApplication> latestFor(String email) {
        List<MembershipApplication> found = em.createQuery(
                        "SELECT a FROM MembershipApplication a WHERE a.email = :email ORDER BY a.id DESC", MembershipApplication.class)
                .setParameter("email", email)
                .setMaxResults(1)
                .getResultList();
        return found.stream().findFirst();
    }

    private Optional<MembershipApplication> byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("SELECT a FROM MembershipApplication a WHERE a.confirmationTokenHash = :hash",
                        MembershipApplication.class)
                .setParameter("hash", MembershipApplication.hash(token))
                .getResultStream()
                .findFirst();
    }
}
