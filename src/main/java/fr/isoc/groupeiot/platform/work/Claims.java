package fr.isoc.groupeiot.platform.work;

import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * How background workers take their share of a work table (e-mail outbox, Keycloak tasks), on any number of
 * nodes: one conditional UPDATE marks due rows with the run's claim, so of two nodes racing for a row only one gets
 * it; a claim left by a crashed node expires after {@code hold}. The entity must have the fields {@code id},
 * {@code status}, {@code nextAttemptAt}, {@code claimedBy}, {@code claimedUntil} and {@code version}.
 */
public final class Claims {

    private Claims() {
    }

    /** Claims up to {@code limit} rows of {@code type} in {@code pending} status that are due at {@code now}. */
    public static <T> List<T> claimDue(EntityManager em, Class<T> type, Enum<?> pending, String claim, Instant now,
                                       Duration hold, int limit) {
        String entity = type.getSimpleName();
        List<Long> due = em.createQuery("SELECT w.id FROM " + entity + " w"
                        + " WHERE w.status = :pending AND w.nextAttemptAt <= :now"
                        + " AND (w.claimedUntil IS NULL OR w.claimedUntil < :now) ORDER BY w.id", Long.class)
                .setParameter("pending", pending)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .setMaxResults(limit)
                .getResultList();
        if (due.isEmpty()) {
            return List.of();
        }
        em.createQuery("UPDATE " + entity + " w SET w.claimedBy = :claim, w.claimedUntil = :until, w.version = w.version + 1"
                        + " WHERE w.id IN :ids AND w.status = :pending AND (w.claimedUntil IS NULL OR w.claimedUntil < :now)")
                .setParameter("claim", claim)
                .setParameter("until", now.plus(hold).atOffset(ZoneOffset.UTC))
                .setParameter("ids", due)
                .setParameter("pending", pending)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
        return em.createQuery("SELECT w FROM " + entity + " w WHERE w.claimedBy = :claim ORDER BY w.id", type)
                .setParameter("claim", claim)
                .getResultList();
    }
}
