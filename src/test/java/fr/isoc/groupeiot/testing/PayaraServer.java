package fr.isoc.groupeiot.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Payara Micro running the portal WAR at the root context, bound to 127.0.0.1 only, configured through system
 * properties (the same MicroProfile Config keys as the PORTAL_* environment variables).
 */
public final class PayaraServer implements AutoCloseable {

    private final ManagedProcess process;
    private final int port;

    private PayaraServer(ManagedProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    public static PayaraServer start(Path payaraJar, Path war, int port, Map<String, String> config, Path workDir)
            throws IOException {
        Files.createDirectories(workDir);
        Path preBoot = workDir.resolve("pre-boot-loopback.asadmin");
        try (InputStream commands = PayaraServer.class.getResourceAsStream("/payara/pre-boot-loopback.asadmin")) {
            Files.copy(commands, preBoot, StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.add("-Duser.timezone=Europe/Paris");
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", payaraJar.toString(),
                "--deploy", war.toString(),
                "--contextroot", "/",
                "--port", String.valueOf(port),
                "--nohazelcast",
                "--prebootcommandfile", preBoot.toString()));
        return new PayaraServer(ManagedProcess.startAndAwait("Payara Micro", command, Map.of(),
                workDir.resolve("payara.log"), "http://127.0.0.1:" + port + "/health/ready", Duration.ofMinutes(4)), port);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        process.close();
    }
}
