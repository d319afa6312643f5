package fr.isoc.groupeiot.membership;

import fr.isoc.groupeiot.platform.work.Claims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The queue of Keycloak work. {@link #request} joins the caller's transaction (the decision that needs the work);
 * the worker's methods each run in a transaction of their own.
 */
@ApplicationScoped
public class AccountTasks {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Asks for the work in the current transaction; the same work for the same member is re-armed, not doubled. */
    @Transactional(TxType.MANDATORY)
    void request(Member member, AccountTask.Kind kind, String keycloakUserId) {
        Instant now = Instant.now();
        em.createQuery("SELECT t FROM AccountTask t WHERE t.memberId = :member AND t.kind = :kind", AccountTask.class)
                .setParameter("member", member.getId())
                .setParameter("kind", kind)
                .getResultStream()
                .findFirst()
                .ifPresentOrElse(task -> task.rearm(keycloakUserId, now),
                        () -> em.persist(new AccountTask(member.getId(), kind, keycloakUserId, now)));
    }

    /** Claims due tasks (see {@link Claims}): two nodes never share one. */
    @Transactional(TxType.REQUIRES_NEW)
    List<AccountTask> claimDue(String claim, Instant now, Duration hold, int limit) {
        return Claims.claimDue(em, AccountTask.class, AccountTask.Status.PENDING, claim, now, hold, limit);
    }

    @Transactional(TxType.REQUIRES_NEW)
    Member member(long memberId) {
        return em.find(Member.class, memberId);
    }

    /** Records the account found or made for the member, as soon as it is known (before anything else can fail). */
    @Transactional(TxType.REQUIRES_NEW)
    void linked(long taskId, long memberId, KeycloakAccounts.Account account) {
        Member member = em.find(Member.class, memberId);
        if (member.isActive() && !account.id().equals(member.getKeycloakUserId())) {
            member.linkAccount(account.id());
        }
        if (account.created()) {
            em.find(AccountTask.class, taskId).accountCreated();
        }
    }

    @Transactional(TxType.REQUIRES_NEW)
    void passwordMailSent(long taskId) {
        em.find(AccountTask.class, taskId).passwordMailSent();
    }

    /** Records success, unless the task was re-armed or taken over meanwhile (then it runs again). */
    @Transactional(TxType.REQUIRES_NEW)
    void done(long taskId, String claim, Instant now) {
        AccountTask task = em.find(AccountTask.class, taskId);
        if (task.isClaimedBy(claim)) {
            task.done(now);
        }
    }

    @Transactional(TxType.REQUIRES_NEW)
    void failed(long taskId, String claim, String error, Instant now) {
        AccountTask task = em.find(AccountTask.class, taskId);
        if (task.isClaimedBy(claim)) {
            task.failed(error, now);
        }
    }

    /** Work not done yet, oldest first: what the review pages show admins (with the last error). */
    public List<AccountTask> waiting(int limit) {
        return em.createQuery("SELECT t FROM AccountTask t WHERE t.status = :pending ORDER BY t.id", AccountTask.class)
                .setParameter("pending", AccountTask.Status.PENDING)
                .setMaxResults(limit)
                .getResultList();
    }

    public long countWaiting() {
        return em.createQuery("SELECT COUNT(t) FROM AccountTask t WHERE t.status = :pending", Long.class)
                .setParameter("pending", AccountTask.Status.PENDING)
                .getSingleResult();
    }

    /** The state of one member's account work of a kind, if any was asked for. */
    public AccountTask find(long memberId, AccountTask.Kind kind) {
        return em.createQuery("SELECT t FROM AccountTask t WHERE t.memberId = :member AND t.kind = :kind", AccountTask.class)
                .setParameter("member", memberId)
                .setParameter("kind", kind)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
