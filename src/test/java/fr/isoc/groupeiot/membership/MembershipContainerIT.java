package fr.isoc.groupeiot.membership;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import fr.isoc.groupeiot.testing.PortalWar;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Membership inside Payara on the run's database: decisions and their races, the Keycloak work while Keycloak is
 * unreachable (this deployment points at port 9, and its workers are off: the tests run them), erasure and purges.
 */
@ExtendWith(ArquillianExtension.class)
class MembershipContainerIT {

    @Deployment
    static WebArchive portal() {
        return PortalWar.build();
    }

    @Inject
    MembershipReview review;

    @Inject
    Members members;

    @Inject
    AccountTasks accountTasks;

    @Inject
    AccountTaskWorker worker;

    @Inject
    Housekeeping housekeeping;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Test
    void anApprovalKeepsItsAccountWorkWithTheErrorWhileKeycloakIsUnreachable() throws Exception {
        long id = confirmedApplication(newEmail(), Instant.now());

        assertEquals(MembershipReview.Outcome.DONE, review.approve(id, "admin"));
        Member member = memberOf(id);
        Instant now = Instant.now();
        assertEquals(0, worker.runDue(now));

        AccountTask task = accountTasks.find(member.getId(), AccountTask.Kind.PROVISION);
        assertEquals(AccountTask.Status.PENDING, task.getStatus());
        assertEquals(1, task.getAttempts());
        assertNotNull(task.getLastError());
        assertTrue(task.getNextAttemptAt().isAfter(now), "waits before trying again");
        assertEquals(0, worker.runDue(now), "not due again yet");
        assertNull(members.find(member.getId()).getKeycloakUserId(), "no account linked yet");
    }

    @Test
    void approvingTwiceOrRacingAnotherAdminMakesOneMember() throws Exception {
        String email = newEmail();
        long first = confirmedApplication(email, Instant.now());
        assertEquals(MembershipReview.Outcome.DONE, review.approve(first, "admin"));
        assertEquals(MembershipReview.Outcome.ALREADY_DECIDED, review.approve(first, "admin"));
        assertEquals(MembershipReview.Outcome.ALREADY_DECIDED, review.reject(first, RejectionReason.OTHER, null, "admin"));

        long raced = confirmedApplication(newEmail(), Instant.now());
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        List<Future<String>> outcomes = new ArrayList<>();
        for (int admin = 0; admin < 4; admin++) {
            String name = "admin" + admin;
            Callable<String> approve = () -> {
                try {
                    return review.approve(raced, name).name();
                } catch (RuntimeException conflict) {
                    return "CONFLICT";
                }
            };
            outcomes.add(executor.submit(approve));
        }
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        assertEquals(1, results.stream().filter("DONE"::equals).count(), results.toString());
        assertEquals(1L, em.createQuery("SELECT COUNT(m) FROM Member m WHERE m.applicationId = :id", Long.class)
                .setParameter("id", raced).getSingleResult());
        assertEquals(1L, em.createQuery("SELECT COUNT(d) FROM MembershipDecision d WHERE d.applicationId = :id", Long.class)
                .setParameter("id", raced).getSingleResult());
    }

    @Test
    void anAddressThatIsAlreadyAMembersIsNotApprovedAgain() throws Exception {
        String email = newEmail();
        assertEquals(MembershipReview.Outcome.DONE, review.approve(confirmedApplication(email, Instant.now()), "admin"));
        long second = confirmedApplication(email, Instant.now());

        assertEquals(MembershipReview.Outcome.ALREADY_MEMBER, review.approve(second, "admin"));
    }

    @Test
    void erasureKeepsAFormerMemberAndTakesTheMembershipOffALinkedAccount() throws Exception {
        String email = newEmail();
        long id = confirmedApplication(email, Instant.now());
        review.approve(id, "admin");
        review.askForInformation(confirmedApplication(newEmail(), Instant.now()), "Une question pour un autre ?", "admin");
        Member member = memberOf(id);
        String account = "kc-" + UUID.randomUUID();
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        tx.begin();
        em.find(Member.class, member.getId()).linkAccount(account);
        tx.commit();

        members.erase(member.getId());

        Member former = members.find(member.getId());
        assertFalse(former.isActive());
        assertNull(former.getEmail());
        assertNull(former.getPublicName());
        assertNull(em.find(MembershipApplication.class, id), "the application is deleted");
        assertEquals(0L, em.createQuery("SELECT COUNT(e) FROM OutboxEmail e WHERE e.recipient = :r", Long.class)
                .setParameter("r", email).getSingleResult(), "e-mails kept for the address are forgotten");
        // Linked, not made by the portal (the provisioning never ran here): the account stays, without the membership.
        AccountTask unlink = accountTasks.find(member.getId(), AccountTask.Kind.UNLINK);
        assertNotNull(unlink);
        assertEquals(account, unlink.getKeycloakUserId());
        assertNull(accountTasks.find(member.getId(), AccountTask.Kind.DELETE));
        assertTrue(members.activeWith(email).isEmpty());
    }

    @Test
    void erasureOfAMemberWithoutAnAccountQueuesNoKeycloakWork() throws Exception {
        long id = confirmedApplication(newEmail(), Instant.now());
        review.approve(id, "admin");
        Member member = memberOf(id);

        members.erase(member.getId());

        assertNull(accountTasks.find(member.getId(), AccountTask.Kind.DELETE));
        assertNull(accountTasks.find(member.getId(), AccountTask.Kind.UNLINK));
    }

    @Test
    void purgesUnconfirmedApplicationsAfter30DaysRejectedOnesAfter90() throws Exception {
        Instant now = Instant.now();
        long oldUnconfirmed = application(newEmail(), now.minus(Duration.ofDays(31)), false);
        long recentUnconfirmed = application(newEmail(), now.minus(Duration.ofDays(29)), false);
        long oldRejected = confirmedApplication(newEmail(), now.minus(Duration.ofDays(100)));
        long recentRejected = confirmedApplication(newEmail(), now.minus(Duration.ofDays(100)));
        long waiting = confirmedApplication(newEmail(), now.minus(Duration.ofDays(100)));
        decideInThePast(oldRejected, now.minus(Duration.ofDays(91)));
        review.reject(recentRejected, RejectionReason.OUT_OF_SCOPE, null, "admin");

        Housekeeping.Purged purged = housekeeping.purge(now);

        assertTrue(purged.unconfirmed() >= 1 && purged.rejected() >= 1, purged.toString());
        assertNull(em.find(MembershipApplication.class, oldUnconfirmed));
        assertNull(em.find(MembershipApplication.class, oldRejected));
        assertNotNull(em.find(MembershipApplication.class, recentUnconfirmed));
        assertNotNull(em.find(MembershipApplication.class, recentRejected));
        assertNotNull(em.find(MembershipApplication.class, waiting), "an application waiting for review is kept");
    }

    private long confirmedApplication(String email, Instant submitted) throws Exception {
        return application(email, submitted, true);
    }

    private long application(String email, Instant submitted, boolean confirmed) throws Exception {
        JoinForm form = new JoinForm();
        form.setFirstName("Test");
        form.setLastName("Container");
        form.setEmail(email);
        form.setCountry("France");
        form.setCollegeCode("academia");
        form.setMotivation("Une motivation de plus de vingt caractères.");
        form.setLanguage("fr");
        form.setConsent(true);
        MembershipApplication application = MembershipApplication.from(form, submitted);
        application.newConfirmationToken(submitted, Duration.ofHours(72));
        if (confirmed) {
            application.confirm(submitted.plusSeconds(60));
        }
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        tx.begin();
        em.persist(application);
        tx.commit();
        return application.getId();
    }

    private void decideInThePast(long id, Instant when) throws Exception {
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        tx.begin();
        em.find(MembershipApplication.class, id).reject(when);
        tx.commit();
    }

    private Member memberOf(long applicationId) {
        return em.createQuery("SELECT m FROM Member m WHERE m.applicationId = :id", Member.class)
                .setParameter("id", applicationId).getSingleResult();
    }

    private static String newEmail() {
        return "container." + UUID.randomUUID() + "@groupe-iot.test";
    }
}
