package fr.isoc.groupeiot.membership;

import fr.isoc.groupeiot.platform.work.Periodic;
import fr.isoc.groupeiot.platform.work.Failures;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Carries out the Keycloak work of {@link AccountTasks} every few seconds, on every node. Each step is safe to
 * repeat (see {@link KeycloakAccounts}) and is recorded as soon as it is done, so a retry after a failure or a
 * crash picks up where the last attempt stopped and never makes a second account.
 */
@ApplicationScoped
public class AccountTaskWorker {

    private static final Logger LOG = Logger.getLogger(AccountTaskWorker.class.getName());
    private static final int BATCH = 10;
    private static final Duration CLAIM_HOLD = Duration.ofMinutes(10);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    AccountTasks tasks;

    @Inject
    KeycloakAccounts keycloak;

    /** 0 turns the background worker off (tests that drive it themselves). */
    @Inject
    @ConfigProperty(name = "portal.accounts.poll-seconds", defaultValue = "5")
    int pollSeconds;

    private Periodic runs = Periodic.NONE;

    void start(@Observes Startup startup) {
        runs = Periodic.start(scheduler, Duration.ofSeconds(pollSeconds), Duration.ofSeconds(pollSeconds), LOG, "Account task run",
                this::runOnce);
    }

    @PreDestroy
    void stop() {
        runs.stop();
    }

    private void runOnce() {
        runDue(Instant.now());
    }

    /** Carries out the tasks due at {@code now}; returns how many were completed. */
    public int runDue(Instant now) {
        String claim = UUID.randomUUID().toString();
        List<AccountTask> batch = tasks.claimDue(claim, now, CLAIM_HOLD, BATCH);
        int done = 0;
        for (AccountTask task : batch) {
            try {
                carryOut(task);
                tasks.done(task.getId(), claim, Instant.now());
                done++;
            } catch (RuntimeException e) {
                LOG.log(Level.INFO, () -> "Account task " + task.getId() + " (" + task.getKind() + ") not done: " + e);
                try {
                    tasks.failed(task.getId(), claim, Failures.describe(e), Instant.now());
                } catch (RuntimeException recording) {
                    LOG.log(Level.WARNING, "Could not record the failure of account task " + task.getId(), recording);
                }
            }
        }
        return done;
    }

    private void carryOut(AccountTask task) {
        switch (task.getKind()) {
            case PROVISION -> provision(task);
            case UPDATE_COLLEGE -> {
                Member member = tasks.member(task.getMemberId());
                // Not provisioned yet: provisioning copies the college as it is by then.
                if (member.isActive() && member.getKeycloakUserId() != null) {
                    keycloak.updateCollege(member.getKeycloakUserId(), member.getCollegeCode());
                }
            }
            case DELETE -> {
                if (task.getKeycloakUserId() != null) {
                    keycloak.delete(task.getKeycloakUserId());
                }
            }
            case UNLINK -> {
                if (task.getKeycloakUserId() != null) {
                    keycloak.removeMembership(task.getKeycloakUserId());
                }
            }
        }
    }

    private void provision(AccountTask task) {
        Member member = tasks.member(task.getMemberId());
        if (!member.isActive()) {
            return; // erased before Keycloak was reached: nothing to create
        }
        KeycloakAccounts.Account account = keycloak.ensureMemberAccount(member);
        tasks.linked(task.getId(), member.getId(), account);
        if (account.needsPassword() && !task.isPasswordMailSent()) {
            keycloak.sendPasswordEmail(account.id());
            tasks.passwordMailSent(task.getId());
        }
    }

}
