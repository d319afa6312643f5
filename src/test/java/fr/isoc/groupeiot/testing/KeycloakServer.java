package fr.isoc.groupeiot.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Keycloak in dev mode from its Maven Central distribution, with the groupe-iot realm imported from
 * docker/keycloak/ (the same file compose uses). Runs on the JDK that runs this code (21+; the machine's
 * default java may be older).
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "groupe-iot";

    private final ManagedProcess process;
    private final int port;

    private KeycloakServer(ManagedProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * @param persistent true keeps users and sessions in the distribution's data folder across restarts (dev run);
     *                   false uses an in-memory database, fresh for each test run
     */
    public static KeycloakServer start(Path home, Path realmFile, int port, int managementPort, String portalBaseUrl,
                                       int smtpPort, boolean persistent, Path log) throws IOException {
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        Files.copy(realmFile, imports.resolve(realmFile.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        Path script = home.resolve("bin/kc.sh");
        script.toFile().setExecutable(true);
        List<String> command = List.of("bash", script.toString(), "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--http-management-port=" + managementPort,
                // Links in Keycloak's e-mails use this address, also when the portal's admin calls arrive another way
                // (the tests route them through a proxy they can cut); the admin API itself answers on any address.
                "--hostname=http://127.0.0.1:" + port,
                "--hostname-backchannel-dynamic=true",
                "--db=" + (persistent ? "dev-file" : "dev-mem"),
                "--import-realm");
        Map<String, String> environment = Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                // Read by the realm file's placeholders: where the portal is, and where Keycloak sends its e-mails.
                "PORTAL_PUBLIC_BASE_URL", portalBaseUrl,
                "PORTAL_SMTP_HOST", "127.0.0.1",
                "PORTAL_SMTP_PORT", String.valueOf(smtpPort));
        String realmUrl = "http://127.0.0.1:" + port + "/realms/" + REALM;
        return new KeycloakServer(ManagedProcess.startAndAwait("Keycloak", command, environment, log,
                realmUrl + "/.well-known/openid-configuration", Duration.ofMinutes(4)), port);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public String realmUrl() {
        return baseUrl() + "/realms/" + REALM;
    }

    @Override
    public void close() {
        process.close();
    }
}
