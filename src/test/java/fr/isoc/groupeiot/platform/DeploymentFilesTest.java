package fr.isoc.groupeiot.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The container files in docker/ and their agreement with the README. */
class DeploymentFilesTest {

    private static final Path COMPOSE_FILE = Path.of("docker/compose.yaml");
    private static final Path DOCKERFILE = Path.of("docker/Dockerfile");
    private static final Path README = Path.of("README.md");
    private static final Pattern PORTAL_VARIABLE = Pattern.compile("`(PORTAL_[A-Z_]+)`");

    private static Map<String, Object> services;

    @BeforeAll
    static void readCompose() throws IOException {
        try (Reader reader = Files.newBufferedReader(COMPOSE_FILE)) {
            Map<String, Object> compose = new Yaml().load(reader);
            services = map(compose.get("services"));
        }
    }

    @Test
    void composeRunsTheWholeStack() {
        assertThat(services).containsKeys("postgres", "keycloak", "mail", "portal");
    }

    @Test
    void composePublishesThePortalKeycloakAndTheMailSink() {
        assertThat(publishedPorts("portal")).contains(8080);
        assertThat(publishedPorts("keycloak")).contains(8180);
        assertThat(publishedPorts("mail")).contains(3025, 3143);
    }

    @Test
    void keycloakImportsTheRealmFileAtStartup() {
        Map<String, Object> keycloak = service("keycloak");
        assertThat(volumeTargets(keycloak)).containsEntry("./keycloak", "/opt/keycloak/data/import");
        assertThat(String.valueOf(keycloak.get("command"))).contains("--import-realm");
    }

    @Test
    void portalEnvironmentMatchesTheReadmeConfigurationTable() throws IOException {
        Set<String> inCompose = new TreeSet<>();
        for (String name : environmentNames(service("portal"))) {
            if (name.startsWith("PORTAL_")) {
                inCompose.add(name);
            }
        }
        assertThat(inCompose).isEqualTo(readmeConfigurationVariables());
    }

    @Test
    void imageRunsTheBuiltWarOnPayaraMicro7() throws IOException {
        List<String> instructions = Files.readAllLines(DOCKERFILE).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
        assertThat(instructions).isNotEmpty();
        assertThat(instructions.getFirst()).startsWith("FROM payara/micro:7");
        assertThat(instructions).anySatisfy(line -> assertThat(line).startsWith("COPY").contains("groupe-iot.war"));
    }

    /** Backticked PORTAL_* names in column 1 of the first table under "## Configuration". */
    static Set<String> readmeConfigurationVariables() throws IOException {
        assertThat(README).as("README.md with a ## Configuration section").exists();
        Set<String> names = new TreeSet<>();
        boolean inSection = false;
        boolean inTable = false;
        for (String line : Files.readAllLines(README)) {
            String text = line.strip();
            if (!inSection) {
                inSection = text.equals("## Configuration") || text.startsWith("## Configuration ");
                continue;
            }
            if (text.startsWith("|")) {
                inTable = true;
                String[] cells = text.split("\\|", -1);
                if (cells.length > 1) {
                    Matcher name = PORTAL_VARIABLE.matcher(cells[1]);
                    while (name.find()) {
                        names.add(name.group(1));
                    }
                }
            } else if (inTable || text.startsWith("## ")) {
                break;
            }
        }
        assertThat(inSection).as("README.md has a '## Configuration' section").isTrue();
        assertThat(names).as("PORTAL_* variables in the README's configuration table").isNotEmpty();
        return names;
    }

    private static Map<String, Object> service(String name) {
        assertThat(services).containsKey(name);
        return map(services.get(name));
    }

    /** Host ports, from the short ("[ip:]host:container[/proto]") or the long syntax. */
    private static Set<Integer> publishedPorts(String serviceName) {
        Set<Integer> ports = new LinkedHashSet<>();
        for (Object port : list(service(serviceName).get("ports"))) {
            if (port instanceof Map<?, ?> longSyntax) {
                ports.add(Integer.valueOf(String.valueOf(longSyntax.get("published"))));
            } else {
                String[] parts = String.valueOf(port).split(":");
                String host = parts.length >= 2 ? parts[parts.length - 2] : parts[0];
                ports.add(Integer.valueOf(host.replaceAll("/.*", "")));
            }
        }
        return ports;
    }

    /** Source → target of each volume, from the short ("source:target[:mode]") or the long syntax. */
    private static Map<String, String> volumeTargets(Map<String, Object> service) {
        Map<String, String> targets = new LinkedHashMap<>();
        for (Object volume : list(service.get("volumes"))) {
            if (volume instanceof Map<?, ?> longSyntax) {
                targets.put(String.valueOf(longSyntax.get("source")), String.valueOf(longSyntax.get("target")));
            } else {
                String[] parts = String.valueOf(volume).split(":");
                targets.put(parts[0], parts.length > 1 ? parts[1] : parts[0]);
            }
        }
        return targets;
    }

    /** Variable names, whether `environment` is a map or a list of NAME=value. */
    private static Set<String> environmentNames(Map<String, Object> service) {
        Object environment = service.get("environment");
        Set<String> names = new LinkedHashSet<>();
        if (environment instanceof Map<?, ?> byName) {
            byName.keySet().forEach(name -> names.add(String.valueOf(name)));
        } else {
            list(environment).forEach(entry -> names.add(String.valueOf(entry).split("=", 2)[0]));
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> items ? items : List.of();
    }
}
