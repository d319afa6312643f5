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
 * Runs the media directory's orphan sweep ({@link MediaLibrary#sweepOrphans}) a minute after start, then every few
 * hours. An hour's grace: no upload takes that long between writing its file and committing its row.
 */
@ApplicationScoped
public class MediaOrphanSweeper {

    static final Duration GRACE = Duration.ofHours(1);

    private static final Logger LOG = Logger.getLogger(MediaOrphanSweeper.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    MediaLibrary library;

    /** 0 turns the sweep off. */
    @Inject
    @ConfigProperty(name = "portal.media.orphan-sweep-minutes", defaultValue = "360")
    int everyMinutes;

    private Periodic runs = Periodic.NONE;

    void start(@Observes Startup startup) {
        runs = Periodic.start(scheduler, Duration.ofMinutes(1), Duration.ofMinutes(everyMinutes), LOG, "Media orphan sweep",
                this::runOnce);
    }

    @PreDestroy
    void stop() {
        runs.stop();
    }

    private void runOnce() {
        int deleted = library.sweepOrphans(GRACE, Instant.now());
        if (deleted > 0) {
            LOG.info(() -> deleted + " orphan file(s) removed from the media directory");
        }
    }
}
