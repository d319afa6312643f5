package fr.isoc.groupeiot.membership;

import fr.isoc.groupeiot.platform.work.Periodic;
import fr.isoc.groupeiot.platform.mail.MailOutbox;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * Keeps personal data no longer than needed: unconfirmed applications (30 days by default), rejected ones (90 days
 * after the decision) and sent e-mails (30 days) are deleted. Runs shortly after start and then every few hours, on
 * every node; the deletes are idempotent.
 */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    MailOutbox outbox;

    @Inject
    @ConfigProperty(name = "portal.purge.unconfirmed-after", defaultValue = "P30D")
    Duration unconfirmedAfter;

    @Inject
    @ConfigProperty(name = "portal.purge.rejected-after", defaultValue = "P90D")
    Duration rejectedAfter;

    @Inject
    @ConfigProperty(name = "portal.purge.sent-email-after", defaultValue = "P30D")
    Duration sentEmailAfter;

    /** 0 turns the scheduled run off. */
    @Inject
    @ConfigProperty(name = "portal.purge.interval-hours", defaultValue = "6")
    int intervalHours;

    private Periodic runs = Periodic.NONE;

    public record Purged(int unconfirmed, int rejected, int sentEmails) {
    }

    void start(@Observes Startup startup) {
        runs = Periodic.start(scheduler, Duration.ofSeconds(60), Duration.ofHours(intervalHours), LOG, "Housekeeping",
                this::runOnce);
    }

    @PreDestroy
    void stop() {
        runs.stop();
    }

    private void runOnce() {
        Purged purged = purge(Instant.now());
        LOG.info(() -> "Housekeeping: " + purged);
    }

    @Transactional
    public Purged purge(Instant now) {
        int unconfirmed = em.createQuery("DELETE FROM MembershipApplication a WHERE a.status = :status AND a.createdAt < :before")
                .setParameter("status", MembershipApplication.Status.UNCONFIRMED)
                .setParameter("before", now.minus(unconfirmedAfter).atOffset(ZoneOffset.UTC))
                .executeUpdate();
        // The decision log outlives the application, without the words written to the applicant.
        em.createQuery("""
                        UPDATE MembershipDecision d SET d.comment = NULL WHERE d.comment IS NOT NULL AND d.applicationId IN
                            (SELECT a.id FROM MembershipApplication a WHERE a.status = :status AND a.decidedAt < :before)""")
                .setParameter("status", MembershipApplication.Status.REJECTED)
                .setParameter("before", now.minus(rejectedAfter).atOffset(ZoneOffset.UTC))
                .executeUpdate();
        int rejected = em.createQuery("DELETE FROM MembershipApplication a WHERE a.status = :status AND a.decidedAt < :before")
                .setParameter("status", MembershipApplication.Status.REJECTED)
                .setParameter("before", now.minus(rejectedAfter).atOffset(ZoneOffset.UTC))
                .executeUpdate();
        int sent = outbox.purgeSent(now.minus(sentEmailAfter));
        return new Purged(unconfirmed, rejected, sent);
    }
}
