package fr.isoc.groupeiot.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the schema up to date with the Flyway scripts in {@code db/migration} when the portal starts, before
 * any request is served; the readiness check reports the outcome. A failed migration stops the deployment.
 */
@ApplicationScoped
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    void migrateOnStartup(@Observes Startup startup) {
        MigrateResult result = flyway().migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied now)");
    }

    /** Number of scripts in the WAR that the database has not run yet. */
    public int pendingMigrations() {
        return flyway().info().pending().length;
    }

    private Flyway flyway() {
        return Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
    }
}
