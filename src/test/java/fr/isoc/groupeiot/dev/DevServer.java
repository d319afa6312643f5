package fr.isoc.groupeiot.dev;

import fr.isoc.groupeiot.testing.KeycloakServer;
import fr.isoc.groupeiot.testing.MailSink;
import fr.isoc.groupeiot.testing.PayaraServer;
import fr.isoc.groupeiot.testing.Unchecked;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./mvnw -Pdev}: the mail sink, Keycloak and the portal on their usual ports, with embedded defaults and
 * data kept in .dev/ across restarts. Ctrl-C stops all three.
 */
public final class DevServer {

    static final int PORTAL_PORT = 8080;
    static final int KEYCLOAK_PORT = 8180;
    static final int KEYCLOAK_MANAGEMENT_PORT = 9180;
    static final int SMTP_PORT = 3025;
    static final int IMAP_PORT = 3143;

    public static void main(String[] args) throws Exception {
        Path devDir = Path.of(System.getProperty("dev.dir"));
        Path war = Path.of(System.getProperty("dev.war"));
        Path payaraJar = Path.of(System.getProperty("dev.payara.jar"));
        Path keycloakHome = Path.of(System.getProperty("dev.keycloak.home"));
        Path realmFile = Path.of(System.getProperty("dev.realm.file"));
        Files.createDirectories(devDir.resolve("data"));
        requireFree(PORTAL_PORT, KEYCLOAK_PORT, KEYCLOAK_MANAGEMENT_PORT, SMTP_PORT, IMAP_PORT);

        String portalUrl = "http://127.0.0.1:" + PORTAL_PORT;
        CountDownLatch stopped = new CountDownLatch(1);
        Stack stack = new Stack();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the portal, Keycloak and the mail sink…");
            stack.close();
            stopped.countDown();
        }, "dev-shutdown"));

        // Ctrl-C reaches the whole process group; this covers Maven being stopped on its own.
        ProcessHandle.current().parent().ifPresent(maven -> maven.onExit().thenRun(() -> System.exit(0)));

        System.out.println("Starting the mail sink, Keycloak and the portal (logs in " + devDir.resolve("logs") + ")…");
        stack.mail = MailSink.start(SMTP_PORT, IMAP_PORT);
        CompletableFuture<KeycloakServer> keycloak = CompletableFuture.supplyAsync(() -> Unchecked.io(() ->
                KeycloakServer.start(keycloakHome, realmFile, KEYCLOAK_PORT, KEYCLOAK_MANAGEMENT_PORT, portalUrl,
                        SMTP_PORT, true, devDir.resolve("logs/keycloak.log"))));
        CompletableFuture<PayaraServer> payara = CompletableFuture.supplyAsync(() -> Unchecked.io(() ->
                PayaraServer.start(payaraJar, war, PORTAL_PORT, Map.of(
                        "portal.db.url", "jdbc:h2:file:" + devDir.resolve("data/portal").toAbsolutePath(),
                        "portal.db.user", "sa",
                        "portal.db.password", "",
                        "portal.public-base-url", portalUrl,
                        "portal.oidc.provider-uri", "http://127.0.0.1:" + KEYCLOAK_PORT + "/realms/" + KeycloakServer.REALM,
                        "portal.smtp.host", "127.0.0.1",
                        "portal.smtp.port", String.valueOf(SMTP_PORT),
                        "portal.media.dir", devDir.resolve("data/media").toAbsolutePath().toString(),
                        "portal.demo-data", "true"), devDir.resolve("logs/payara"))));
        try {
            stack.keycloak = keycloak.join();
            stack.payara = payara.join();
        } catch (RuntimeException e) {
            System.err.println("The dev run could not start: " + e.getMessage());
            System.exit(1);
        }

        long seconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000;
        System.out.println("""

                ================================================================================
                 groupe-iot portal is ready (started in %d s)

                   Portal        %s/fr/   (English: %s/en/)
                   Keycloak      http://127.0.0.1:%d/admin/  (realm groupe-iot)
                   Mail sink     SMTP 127.0.0.1:%d, IMAP 127.0.0.1:%d (any login)
                   Health        %s/health/ready
                   Data          %s

                 Demo accounts (dev only), password = "dev-" + username:
                   admin (admin, editor, moderator) · editor · moderator · member · member2

                 Ctrl-C stops everything.
                ================================================================================
                """.formatted(seconds, portalUrl, portalUrl, KEYCLOAK_PORT, SMTP_PORT, IMAP_PORT, portalUrl,
                devDir.toAbsolutePath()));
        stopped.await();
    }

    private static void requireFree(int... ports) {
        for (int port : ports) {
            try (ServerSocket ignored = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                // free
            } catch (IOException e) {
                System.err.println("Port " + port + " is already in use: is another dev run still up? Stop it first.");
                System.exit(1);
            }
        }
    }


    /** What is running, closed in reverse order of need. */
    private static final class Stack {
        volatile MailSink mail;
        volatile KeycloakServer keycloak;
        volatile PayaraServer payara;

        synchronized void close() {
            if (payara != null) {
                payara.close();
            }
            if (keycloak != null) {
                keycloak.close();
            }
            if (mail != null) {
                mail.close();
            }
        }
    }
}
