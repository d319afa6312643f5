package fr.isoc.groupeiot.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The integration tests' database: a fresh PostgreSQL database per run when PostgreSQL answers (as in CI), otherwise
 * H2 in memory with a loud warning. {@code -Dpostgres.required=true} turns a missing PostgreSQL into a failure.
 */
public final class TestDatabase implements AutoCloseable {

    private final String url;
    private final String user;
    private final String password;
    private final String adminUrl;
    private final String name;

    private TestDatabase(String url, String user, String password, String adminUrl, String name) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.adminUrl = adminUrl;
        this.name = name;
    }

    public static TestDatabase create() {
        String adminUrl = System.getProperty("postgres.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = System.getProperty("postgres.user", "postgres");
        String password = System.getProperty("postgres.password", "");
        boolean required = Boolean.getBoolean("postgres.required");
        String name = "giot_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
            String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
            System.out.println("[it] PostgreSQL database " + name);
            return new TestDatabase(url, user, password, adminUrl, name);
        } catch (SQLException e) {
            if (required) {
                throw new IllegalStateException("PostgreSQL is required (-Dpostgres.required=true) but " + adminUrl
                        + " does not answer: " + e.getMessage(), e);
            }
            System.err.println("""

                    ****************************************************************************
                    * WARNING: PostgreSQL does not answer at %s
                    * The integration tests run on H2 instead. CI requires PostgreSQL.
                    ****************************************************************************
                    """.formatted(adminUrl));
            return new TestDatabase("jdbc:h2:mem:portal;DB_CLOSE_DELAY=-1", "sa", "", null, null);
        }
    }

    public boolean isPostgres() {
        return adminUrl != null;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** A plain JDBC connection, for tests that arrange or check data directly. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public void close() {
        if (adminUrl == null) {
            return;
        }
        try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("[it] could not drop " + name + ": " + e.getMessage());
        }
    }
}
