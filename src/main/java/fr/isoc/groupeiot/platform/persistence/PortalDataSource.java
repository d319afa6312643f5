package fr.isoc.groupeiot.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's one database. Payara resolves the MPCONFIG references from environment variables or system
 * properties at deployment; the defaults make the zero-setup run use an H2 file in the working directory.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = PortalDataSource.JNDI_NAME,
        className = "fr.isoc.groupeiot.platform.persistence.JdbcUrlDataSource",
        url = "${MPCONFIG=portal.db.url:jdbc:h2:file:./groupe-iot-data/portal}",
        user = "${MPCONFIG=portal.db.user:sa}",
        password = "${MPCONFIG=portal.db.password:}",
        minPoolSize = 1,
        maxPoolSize = 20,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"
        })
public class PortalDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/portal";
}
