package fr.isoc.groupeiot.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the JVM has head room (GET /health/live): a portal that keeps running out of memory should be
 * restarted by its orchestrator rather than left half-working. The database is a readiness matter, not this.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    private static final double MAX_HEAP_USE = 0.95;

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        double ratio = (double) used / runtime.maxMemory();
        return HealthCheckResponse.named("application")
                .status(ratio < MAX_HEAP_USE)
                .withData("heapUsedPercent", Math.round(ratio * 100))
                .build();
    }
}
