package fr.isoc.groupeiot.platform.work;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A background job the portal runs every so often on the container's scheduler (outbox, Keycloak tasks, scheduled
 * publication, purges, media sweep): a run that fails is logged and the next one tries again, so the job never dies.
 */
public final class Periodic {

    /** Not running (before start, or turned off). */
    public static final Periodic NONE = new Periodic(null);

    private final ScheduledFuture<?> future;

    private Periodic(ScheduledFuture<?> future) {
        this.future = future;
    }

    /** Starts the job after {@code firstDelay}, then every {@code period} between runs; a zero period never starts it. */
    public static Periodic start(ManagedScheduledExecutorService scheduler, Duration firstDelay, Duration period, Logger log,
                                 String job, Runnable run) {
        if (period.isZero() || period.isNegative()) {
            return NONE;
        }
        Runnable quietly = () -> {
            try {
                run.run();
            } catch (RuntimeException e) {
                // The database or a remote service may be briefly unavailable: nothing is lost, the next run retries.
                log.log(Level.WARNING, job + " failed; the next run tries again", e);
            }
        };
        return new Periodic(scheduler.scheduleWithFixedDelay(quietly, firstDelay.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS));
    }

    public void stop() {
        if (future != null) {
            future.cancel(false);
        }
    }
}
