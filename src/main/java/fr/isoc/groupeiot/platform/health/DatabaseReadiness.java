package fr.isoc.groupeiot.platform.health;

import fr.isoc.groupeiot.platform.persistence.DatabaseMigrations;
import fr.isoc.groupeiot.platform.persistence.PortalDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;

/** Ready when the database answers and every migration in the WAR has been applied (GET /health/ready). */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    DatabaseMigrations migrations;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(VALIDATION_TIMEOUT_SECONDS)) {
                return response.down().withData("reachable", false).build();
            }
            int pending = migrations.pendingMigrations();
            return response.status(pending == 0)
                    .withData("reachable", true)
                    .withData("pendingMigrations", pending)
                    .build();
        } catch (Exception e) {
            return response.down().withData("reachable", false).withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
