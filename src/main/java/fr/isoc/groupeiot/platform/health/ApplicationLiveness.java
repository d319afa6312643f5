package fr.isoc.groupeiot.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * Live while the JVM has head room (GET /health/live): a portal whose heap stays full even right after garbage
 * collection should be restarted by its orchestrator. Measured after collection, since the heap is normally near
 * full just before one. The database is a readiness matter, not this.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    private static final double MAX_HEAP_USE_AFTER_GC = 0.95;

    @Override
    public HealthCheckResponse call() {
        long used = 0;
        long max = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterGc = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            if (afterGc != null && afterGc.getMax() > 0) {
                used += afterGc.getUsed();
                max += afterGc.getMax();
            }
        }
        double ratio = max == 0 ? 0 : (double) used / max;
        return HealthCheckResponse.named("application")
                .status(ratio < MAX_HEAP_USE_AFTER_GC)
                .withData("heapUsedAfterGcPercent", Math.round(ratio * 100))
                .build();
    }
}
