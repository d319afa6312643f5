package fr.isoc.groupeiot.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The realm export imported by the dev run, the integration tests and compose. */
class RealmFileTest {

    private static final Path REALM_FILE = Path.of("docker/keycloak/groupe-iot-realm.json");
    private static final String DEFAULT_ROLES = "default-roles-groupe-iot";
    private static final String BASE_URL_PLACEHOLDER = "${PORTAL_PUBLIC_BASE_URL:";
    /** Keycloak's import placeholder: ${ENV_VAR:default}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):([^}]*)}");

    private static JsonNode realm;

    @BeforeAll
    static void readRealm() throws IOException {
        realm = new ObjectMapper().readTree(REALM_FILE.toFile());
    }

    @Test
    void realmIsTheWorkingGroupsAndOpen() {
        assertThat(realm.path("realm").asText()).isEqualTo("groupe-iot");
        assertThat(realm.path("enabled").asBoolean()).isTrue();
    }

    @Test
    void speaksFrenchFirstAndEnglish() {
        assertThat(realm.path("internationalizationEnabled").asBoolean()).isTrue();
        assertThat(texts(realm.path("supportedLocales"))).containsExactlyInAnyOrder("fr", "en");
        assertThat(realm.path("defaultLocale").asText()).isEqualTo("fr");
    }

    @Test
    void visitorsCannotSelfRegisterBecauseThePortalCreatesAccountsOnApproval() {
        assertThat(realm.path("registrationAllowed").asBoolean(true)).isFalse();
        assertThat(realm.path("resetPasswordAllowed").asBoolean()).isTrue();
    }

    @Test
    void demoAccountsHaveTheirOwnRoleAndDevPassword() {
        Map<String, Set<String>> expectedRoles = Map.of(
                "admin", Set.of("admin", "editor", "moderator"),
                "editor", Set.of("editor"),
                "moderator", Set.of("moderator"),
                "member", Set.of("member"),
                "member2", Set.of("member"));

        List<JsonNode> people = demoUsers();
        assertThat(people).extracting(u -> u.path("username").asText())
                .containsExactlyInAnyOrderElementsOf(expectedRoles.keySet());

        for (JsonNode user : people) {
            String username = user.path("username").asText();
            assertThat(user.path("enabled").asBoolean()).as(username).isTrue();
            assertThat(user.path("emailVerified").asBoolean()).as(username).isTrue();
            assertThat(user.path("email").asText()).as(username).isEqualTo(username + "@groupe-iot.test");
            assertThat(user.path("credentials")).as(username).hasSize(1);
            JsonNode password = user.path("credentials").get(0);
            assertThat(password.path("type").asText()).as(username).isEqualTo("password");
            assertThat(password.path("value").asText()).as(username).isEqualTo("dev-" + username);
            assertThat(password.path("temporary").asBoolean(true)).as(username).isFalse();

            Set<String> roles = new TreeSet<>(texts(user.path("realmRoles")));
            assertThat(roles).as(username).contains(DEFAULT_ROLES);
            roles.remove(DEFAULT_ROLES);
            assertThat(roles).as(username).isEqualTo(new TreeSet<>(expectedRoles.get(username)));
        }
    }

    @Test
    void demoAccountsUseTheirPreferredLanguage() {
        for (JsonNode user : demoUsers()) {
            String expected = user.path("username").asText().equals("member2") ? "en" : "fr";
            assertThat(texts(user.path("attributes").path("locale"))).as(user.path("username").asText())
                    .containsExactly(expected);
        }
    }

    @Test
    void everyRoleTheAccountsUseIsDefined() {
        assertThat(realm.path("roles").path("realm")).extracting(r -> r.path("name").asText())
                .containsExactlyInAnyOrder("member", "moderator", "editor", "admin");
    }

    @Test
    void portalClientIsConfidentialAndUsesTheAuthorizationCodeFlowOnly() {
        JsonNode portal = client("groupe-iot-portal");
        assertThat(portal.path("publicClient").asBoolean(true)).isFalse();
        assertThat(portal.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(portal.path("implicitFlowEnabled").asBoolean(true)).isFalse();
        assertThat(portal.path("directAccessGrantsEnabled").asBoolean(true)).isFalse();
        assertThat(portal.path("serviceAccountsEnabled").asBoolean(true)).isFalse();
        // The portal's OIDC client does not send a PKCE challenge; requiring one would break sign-in.
        assertThat(portal.path("attributes").has("pkce.code.challenge.method")).isFalse();
    }

    @Test
    void portalReceivesRealmRolesAsGroupsInIdAndAccessTokens() {
        JsonNode mapper = StreamSupport.stream(client("groupe-iot-portal").path("protocolMappers").spliterator(), false)
                .filter(m -> m.path("protocolMapper").asText().equals("oidc-usermodel-realm-role-mapper"))
                .findFirst().orElseThrow(() -> new AssertionError("no realm role mapper on the portal client"));
        JsonNode config = mapper.path("config");
        assertThat(config.path("claim.name").asText()).isEqualTo("groups");
        assertThat(config.path("multivalued").asText()).isEqualTo("true");
        assertThat(config.path("id.token.claim").asText()).isEqualTo("true");
        assertThat(config.path("access.token.claim").asText()).isEqualTo("true");
    }

    @Test
    void portalRedirectsFollowThePublicBaseUrl() {
        JsonNode portal = client("groupe-iot-portal");
        // Least privilege: Keycloak sends codes only to the callback, and visitors back only to the two home pages.
        assertThat(texts(portal.path("redirectUris"))).containsExactly(BASE_URL_PLACEHOLDER + "http://127.0.0.1:8080}/callback");
        assertThat(portal.path("attributes").path("post.logout.redirect.uris").asText().split("##")).containsExactly(
                BASE_URL_PLACEHOLDER + "http://127.0.0.1:8080}/fr/", BASE_URL_PLACEHOLDER + "http://127.0.0.1:8080}/en/");
        assertThat(portal.path("rootUrl").asText()).startsWith(BASE_URL_PLACEHOLDER);
    }

    @Test
    void provisioningServiceAccountCanManageUsersOnly() {
        JsonNode provisioning = client("groupe-iot-provisioning");
        assertThat(provisioning.path("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(provisioning.path("standardFlowEnabled").asBoolean(true)).isFalse();
        assertThat(provisioning.path("publicClient").asBoolean(true)).isFalse();

        JsonNode serviceAccount = users().stream()
                .filter(u -> u.path("serviceAccountClientId").asText().equals("groupe-iot-provisioning"))
                .findFirst().orElseThrow(() -> new AssertionError("no service account user for provisioning"));
        assertThat(serviceAccount.path("username").asText()).isEqualTo("service-account-groupe-iot-provisioning");
        assertThat(texts(serviceAccount.path("clientRoles").path("realm-management")))
                .containsExactlyInAnyOrder("manage-users", "view-users", "query-users");
    }

    @Test
    void secretsComeFromTheEnvironmentWithDevOnlyDefaults() {
        List<String> secrets = new ArrayList<>();
        collectField(realm, "secret", secrets);
        assertThat(secrets).isNotEmpty();
        for (String secret : secrets) {
            Matcher placeholder = PLACEHOLDER.matcher(secret);
            assertThat(placeholder.matches()).as("%s is a ${ENV_VAR:default} placeholder", secret).isTrue();
            assertThat(placeholder.group(2)).as(secret).startsWith("dev-only-");
        }
    }

    private static JsonNode client(String clientId) {
        return StreamSupport.stream(realm.path("clients").spliterator(), false)
                .filter(c -> c.path("clientId").asText().equals(clientId))
                .findFirst().orElseThrow(() -> new AssertionError("no client " + clientId));
    }

    private static List<JsonNode> users() {
        return StreamSupport.stream(realm.path("users").spliterator(), false).toList();
    }

    private static List<JsonNode> demoUsers() {
        return users().stream().filter(u -> !u.has("serviceAccountClientId")).toList();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static void collectField(JsonNode node, String field, List<String> values) {
        if (node.isObject()) {
            node.properties().forEach(entry -> {
                if (entry.getKey().equals(field)) {
                    values.add(entry.getValue().asText());
                }
                collectField(entry.getValue(), field, values);
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectField(child, field, values));
        }
    }
}
