package fr.isoc.groupeiot.cms;

import fr.isoc.groupeiot.platform.work.Periodic;
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
import java.util.logging.Logger;

/**
 * Publishes scheduled items when their time comes, without anyone acting: at start (so a restart catches up) and
 * then every few seconds, on every node. Two nodes racing for one item: one wins, the other's optimistic lock fails
 * harmlessly and the next run finds nothing due.
 */
@ApplicationScoped
public class PublicationScheduler {

    private static final Logger LOG = Logger.getLogger(PublicationScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Contents contents;

    /** 0 turns the scheduler off. */
    @Inject
    @ConfigProperty(name = "portal.cms.schedule-poll-seconds", defaultValue = "15")
    int pollSeconds;

    private Periodic runs = Periodic.NONE;

    void start(@Observes Startup startup) {
        runs = Periodic.start(scheduler, Duration.ZERO, Duration.ofSeconds(pollSeconds), LOG, "Scheduled publication",
                this::runOnce);
    }

    @PreDestroy
    void stop() {
        runs.stop();
    }

    private void runOnce() {
        int published = contents.publishDue(Instant.now());
        if (published > 0) {
            LOG.info(() -> published + " scheduled item(s) published");
        }
    }
}
