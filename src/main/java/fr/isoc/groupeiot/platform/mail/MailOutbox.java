package fr.isoc.groupeiot.platform.mail;

import fr.isoc.groupeiot.platform.work.Claims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.Valid;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The transactional outbox for e-mail. {@link #enqueue} joins the caller's transaction, so a message exists exactly
 * when the change that causes it is committed. The other methods are the worker's, each in a transaction of its own.
 */
@ApplicationScoped
public class MailOutbox {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "portal.mail.from")
    String from;

    /** Queues the message in the current transaction; there must be one (the change that causes the e-mail). */
    @Transactional(TxType.MANDATORY)
    public void enqueue(@Valid Email email) {
        em.persist(new OutboxEmail(email, domainOf(from), Instant.now()));
    }

    /**
     * Claims up to {@code limit} due messages for one worker run. The claim is a single conditional UPDATE, so of
     * two nodes racing for a message only one gets it; a claim left by a crashed node expires after {@code hold}.
     */
    @Transactional(TxType.REQUIRES_NEW)
    List<OutboxEmail> claimDue(String claim, Instant now, Duration hold, int limit) {
        return Claims.claimDue(em, OutboxEmail.class, OutboxEmail.Status.PENDING, claim, now, hold, limit);
    }

    @Transactional(TxType.REQUIRES_NEW)
    void markSent(long id, Instant now) {
        em.find(OutboxEmail.class, id).markSent(now);
    }

    @Transactional(TxType.REQUIRES_NEW)
    void markFailed(long id, String error, Instant now) {
        em.find(OutboxEmail.class, id).recordFailure(error, now);
    }

    /** One page of the outbox, newest first, optionally of one status only (null: all). */
    public List<OutboxEmail> page(OutboxEmail.Status status, int first, int size) {
        TypedQuery<OutboxEmail> query = status == null
                ? em.createQuery("SELECT e FROM OutboxEmail e ORDER BY e.id DESC", OutboxEmail.class)
                : em.createQuery("SELECT e FROM OutboxEmail e WHERE e.status = :status ORDER BY e.id DESC", OutboxEmail.class)
                        .setParameter("status", status);
        return query.setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    /** How many messages are in each status (every status present, zero included). */
    public Map<OutboxEmail.Status, Long> countsByStatus() {
        Map<OutboxEmail.Status, Long> counts = new EnumMap<>(OutboxEmail.Status.class);
        for (OutboxEmail.Status status : OutboxEmail.Status.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : em.createQuery("SELECT e.status, COUNT(e) FROM OutboxEmail e GROUP BY e.status", Object[].class)
                .getResultList()) {
            counts.put((OutboxEmail.Status) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** An admin sends a failed message again; the worker picks it up on its next run. */
    @Transactional
    public void retry(long id) {
        OutboxEmail email = em.find(OutboxEmail.class, id);
        if (email == null) {
            throw new IllegalArgumentException("No outbox message " + id);
        }
        email.retry(Instant.now());
    }

    /** Forgets every message to this address (a member erasing their data), in the caller's transaction. */
    @Transactional(TxType.MANDATORY)
    public void forget(String recipient) {
        em.createQuery("DELETE FROM OutboxEmail e WHERE e.recipient = :recipient").setParameter("recipient", recipient).executeUpdate();
    }

    /**
     * Deletes messages sent before {@code before}, and failed ones queued before it; returns how many. Their content
     * is personal data.
     */
    @Transactional
    public int purgeSent(Instant before) {
        return em.createQuery("""
                        DELETE FROM OutboxEmail e WHERE (e.status = :sent AND e.sentAt < :before)
                                                     OR (e.status = :failed AND e.createdAt < :before)""")
                .setParameter("sent", OutboxEmail.Status.SENT)
                .setParameter("failed", OutboxEmail.Status.FAILED)
                .setParameter("before", before.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    /** The sender address, e.g. {@code Groupe IoT <no-reply@groupe-iot.test>}. */
    String from() {
        return from;
    }

    static String domainOf(String address) {
        String bare = address.contains("<") ? address.substring(address.indexOf('<') + 1, address.indexOf('>')) : address;
        return bare.substring(bare.indexOf('@') + 1).trim();
    }
}
