package fr.isoc.groupeiot.testing;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One running portal for all HTTP and browser tests of a run: Keycloak (in-memory, realm imported fresh) and Payara
 * Micro with the built WAR, on free ports, against the run's database and mail sink. Started on first use, in
 * parallel, and stopped when the test run ends.
 */
public final class PortalStack {

    /** Join-form settings of the test portal: tests wait this long before submitting like a person. */
    public static final java.time.Duration MINIMUM_FILL_TIME = java.time.Duration.ofSeconds(2);
    /** Submissions per client address and 10 minutes: the browser tests (from 127.0.0.1) stay under it. */
    public static final int FORM_RATE_LIMIT = 10;
    /** The media library's upload limit in the test portal (300 kB): the browser test's "too large" file is 400 kB. */
    public static final long MEDIA_MAX_BYTES = 300_000;

    private static PortalStack instance;
    private static RuntimeException startFailure;

    private final TestDatabase database;
    private final KeycloakServer keycloak;
    private final PayaraServer payara;
    private final TcpProxy keycloakAdminRoute;

    private PortalStack(TestDatabase database, KeycloakServer keycloak, PayaraServer payara, TcpProxy keycloakAdminRoute) {
        this.database = database;
        this.keycloak = keycloak;
        this.payara = payara;
        this.keycloakAdminRoute = keycloakAdminRoute;
    }

    /** The running stack; a start that failed once fails every later test class at once instead of retrying. */
    public static synchronized PortalStack get() {
        if (startFailure != null) {
            throw new IllegalStateException("The portal stack could not start (see the first failure)", startFailure);
        }
        if (instance == null) {
            try {
                instance = start();
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
        }
        return instance;
    }

    static synchronized void stopIfStarted() {
        if (instance != null) {
            instance.payara.close();
            instance.keycloak.close();
            instance.keycloakAdminRoute.close();
            instance.database.close();
            instance = null;
        }
    }

    private static PortalStack start() {
        if (System.getProperty("it.smtp.port") == null) {
            throw new IllegalStateException("Integration tests run through Failsafe (./mvnw verify)");
        }
        // Its own database: its outbox worker runs, while the Arquillian deployments drive theirs by hand.
        TestDatabase database = TestDatabase.create();
        Path work = Path.of(System.getProperty("it.work.dir", "target/it-work"));
        int portalPort = Ports.free();
        int keycloakPort = Ports.free();
        TcpProxy keycloakAdminRoute = TcpProxy.start(keycloakPort);
        String portalUrl = "http://127.0.0.1:" + portalPort;
        int smtpPort = Integer.getInteger("it.smtp.port");
        CompletableFuture<KeycloakServer> keycloak = CompletableFuture.supplyAsync(() -> Unchecked.io(() -> KeycloakServer.start(
                Path.of(System.getProperty("it.keycloak.home")), Path.of(System.getProperty("it.realm.file")),
                keycloakPort, Ports.free(), portalUrl, smtpPort, false, work.resolve("keycloak.log"))));
        CompletableFuture<PayaraServer> payara = CompletableFuture.supplyAsync(() -> Unchecked.io(() -> PayaraServer.start(
                Path.of(System.getProperty("it.payara.jar")), Path.of(System.getProperty("it.war")), portalPort,
                Map.ofEntries(
                        Map.entry("portal.db.url", database.url()),
                        Map.entry("portal.db.user", database.user()),
                        Map.entry("portal.db.password", database.password()),
                        Map.entry("portal.public-base-url", portalUrl),
                        Map.entry("portal.oidc.provider-uri", "http://127.0.0.1:" + keycloakPort + "/realms/" + KeycloakServer.REALM),
                        Map.entry("portal.smtp.host", "127.0.0.1"),
                        Map.entry("portal.smtp.port", String.valueOf(smtpPort)),
                        Map.entry("portal.join.minimum-fill-time", MINIMUM_FILL_TIME.toString()),
                        Map.entry("portal.forms.rate-limit", String.valueOf(FORM_RATE_LIMIT)),
                        // Account work reaches Keycloak through a proxy the tests can cut ("Keycloak down").
                        Map.entry("portal.keycloak.url", "http://127.0.0.1:" + keycloakAdminRoute.port()),
                        Map.entry("portal.accounts.poll-seconds", "1"),
                        Map.entry("portal.cms.schedule-poll-seconds", "2"),
                        Map.entry("portal.media.dir", work.resolve("media").toAbsolutePath().toString()),
                        // Small, so that the browser test's "too large" upload stays small too.
                        Map.entry("portal.media.max-bytes", String.valueOf(MEDIA_MAX_BYTES)),
                        Map.entry("portal.demo-data", "true")),
                work.resolve("payara"))));
        try {
            return new PortalStack(database, keycloak.join(), payara.join(), keycloakAdminRoute);
        } catch (RuntimeException e) {
            keycloak.thenAccept(KeycloakServer::close);
            payara.thenAccept(PayaraServer::close);
            keycloakAdminRoute.close();
            database.close();
            throw e;
        }
    }

    public String baseUrl() {
        return payara.baseUrl();
    }

    /** The way from the portal's account worker to Keycloak: cut it to make Keycloak unreachable for provisioning. */
    public TcpProxy keycloakAdminRoute() {
        return keycloakAdminRoute;
    }

    public String keycloakUrl() {
        return keycloak.baseUrl();
    }

    /** The stack's own database, for tests that arrange data directly (PostgreSQL only: H2 lives inside Payara). */
    public TestDatabase database() {
        return database;
    }

}
