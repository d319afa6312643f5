package fr.isoc.groupeiot.testing;

import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** The test's own look into the stack's Keycloak (through the realm's provisioning client): who has an account. */
public final class KeycloakUsers implements AutoCloseable {

    private final Keycloak keycloak;

    public KeycloakUsers(String keycloakUrl) {
        keycloak = KeycloakBuilder.builder()
                .serverUrl(keycloakUrl)
                .realm(KeycloakServer.REALM)
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId("groupe-iot-provisioning")
                .clientSecret("dev-only-provisioning-secret")
                .build();
    }

    public List<UserRepresentation> withEmail(String email) {
        return keycloak.realm(KeycloakServer.REALM).users().searchByEmail(email, true);
    }

    public List<String> realmRoles(String userId) {
        return keycloak.realm(KeycloakServer.REALM).users().get(userId).roles().realmLevel().listEffective().stream()
                .map(r -> r.getName()).toList();
    }

    /** An account made outside the portal (e.g. by an administrator), with a password, as existing accounts have. */
    public String create(String email, String password) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setEmailVerified(true);
        user.setEnabled(true);
        user.setFirstName("Déjà");
        user.setLastName("Inscrite");
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(false);
        user.setCredentials(List.of(credential));
        try (Response response = keycloak.realm(KeycloakServer.REALM).users().create(user)) {
            return CreatedResponseUtil.getCreatedId(response);
        }
    }

    @Override
    public void close() {
        keycloak.close();
    }
}
