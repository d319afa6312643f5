package fr.isoc.groupeiot.membership;

import fr.isoc.groupeiot.platform.config.PortalSettings;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.ClientBuilderWrapper;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Members' accounts in Keycloak, through its admin API with the portal's service account (client credentials,
 * realm-management manage-users only). Each operation is safe to repeat: the worker retries after any failure.
 */
@ApplicationScoped
public class KeycloakAccounts {

    static final String MEMBER_ROLE = "member";
    static final String COLLEGE_ATTRIBUTE = "college";

    /** Lifetime of the "set your password" link Keycloak e-mails (seconds): three days, like the portal's own links. */
    private static final int PASSWORD_LINK_LIFESPAN = 72 * 3600;

    @Inject
    PortalSettings settings;

    @Inject
    @ConfigProperty(name = "portal.keycloak.admin-client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "portal.keycloak.admin-secret")
    String clientSecret;

    private Keycloak keycloak;

    /**
     * The account that was found or made: whether this call made it, and whether it still has no password (made
     * now, or made by an earlier attempt whose outcome was never recorded), in which case the member needs the
     * "set your password" e-mail.
     */
    public record Account(String id, boolean created, boolean needsPassword) {
    }

    /**
     * Finds the account with this address (exact match) or creates it (username = e-mail, verified, enabled, no
     * password yet), then makes sure it has the member role, the college and the language. Never makes a second
     * account for one address: a creation that loses a race (409) finds the winner's.
     */
    public Account ensureMemberAccount(Member member) {
        RealmResource realm = realm();
        String email = member.getEmail();
        Account account = findByEmail(realm, email)
                .map(id -> new Account(id, false, realm.users().get(id).credentials().isEmpty()))
                .orElseGet(() -> create(realm, member));
        UserResource user = realm.users().get(account.id());
        UserRepresentation representation = user.toRepresentation();
        Map<String, List<String>> attributes = attributesOf(representation);
        attributes.put(COLLEGE_ATTRIBUTE, List.of(member.getCollegeCode()));
        attributes.putIfAbsent("locale", List.of(member.getLanguage().code()));
        representation.setAttributes(attributes);
        user.update(representation);
        // The role is taken from the roles the account could still get: reading the realm's roles directly would need
        // view-realm, which the service account does not have (least privilege: manage, view and query users).
        List<RoleRepresentation> missing = user.roles().realmLevel().listAvailable().stream()
                .filter(r -> MEMBER_ROLE.equals(r.getName()))
                .toList();
        if (!missing.isEmpty()) {
            user.roles().realmLevel().add(missing);
        }
        return account;
    }

    /** Asks Keycloak to e-mail the member a link to choose their password, in the account's language. */
    public void sendPasswordEmail(String accountId) {
        // With the portal's client and no redirect URI, Keycloak's last page offers "back to the application"
        // (the client's base URL); redirect URIs stay limited to /callback.
        realm().users().get(accountId).executeActionsEmail(settings.getOidcClientId(), null, PASSWORD_LINK_LIFESPAN,
                List.of("UPDATE_PASSWORD"));
    }

    public void updateCollege(String accountId, String collegeCode) {
        UserResource user = realm().users().get(accountId);
        UserRepresentation representation = user.toRepresentation();
        Map<String, List<String>> attributes = attributesOf(representation);
        attributes.put(COLLEGE_ATTRIBUTE, List.of(collegeCode));
        representation.setAttributes(attributes);
        user.update(representation);
    }

    /** Takes the member role and the college off an account its owner keeps; a missing account counts as done. */
    public void removeMembership(String accountId) {
        try {
            UserResource user = realm().users().get(accountId);
            List<RoleRepresentation> member = user.roles().realmLevel().listAll().stream()
                    .filter(r -> MEMBER_ROLE.equals(r.getName()))
                    .toList();
            if (!member.isEmpty()) {
                user.roles().realmLevel().remove(member);
            }
            UserRepresentation representation = user.toRepresentation();
            Map<String, List<String>> attributes = attributesOf(representation);
            if (attributes.remove(COLLEGE_ATTRIBUTE) != null) {
                representation.setAttributes(attributes);
                user.update(representation);
            }
        } catch (NotFoundException gone) {
            // Removed meanwhile: nothing left to take off.
        }
    }

    /** Removes the account; an account already gone counts as removed. */
    public void delete(String accountId) {
        try (Response response = realm().users().delete(accountId)) {
            int status = response.getStatus();
            if (status != 204 && status != 404) {
                throw new IllegalStateException("Keycloak answered " + status + " to deleting account " + accountId);
            }
        } catch (NotFoundException gone) {
            // Already removed (by an earlier attempt whose answer was lost, or by an administrator).
        }
    }

    private Account create(RealmResource realm, Member member) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(member.getEmail());
        user.setEmail(member.getEmail());
        user.setEmailVerified(true);
        user.setEnabled(true);
        user.setFirstName(member.getFirstName());
        user.setLastName(member.getLastName());
        user.setAttributes(Map.of(COLLEGE_ATTRIBUTE, List.of(member.getCollegeCode()),
                "locale", List.of(member.getLanguage().code())));
        try (Response response = realm.users().create(user)) {
            if (response.getStatus() == 409) {
                return findByEmail(realm, member.getEmail()).map(id -> new Account(id, false, true))
                        .orElseThrow(() -> new IllegalStateException("Keycloak reports a conflict but has no account for the address"));
            }
            return new Account(CreatedResponseUtil.getCreatedId(response), true, true);
        }
    }

    /**
     * The account with this address, when its address is verified. An unverified account with the address is not
     * the member's (anyone may type an address into their own account): the task fails with a message for admins.
     */
    private static Optional<String> findByEmail(RealmResource realm, String email) {
        List<UserRepresentation> found = realm.users().searchByEmail(email, true).stream()
                .filter(u -> email.equalsIgnoreCase(u.getEmail()))
                .toList();
        if (found.stream().anyMatch(u -> !Boolean.TRUE.equals(u.isEmailVerified()))) {
            throw new IllegalStateException("A Keycloak account has this address unverified; an administrator must check it");
        }
        return found.stream().map(UserRepresentation::getId).findFirst();
    }

    /** A changeable copy of the account's attributes. */
    private static Map<String, List<String>> attributesOf(UserRepresentation user) {
        return new HashMap<>(user.getAttributes() == null ? Map.of() : user.getAttributes());
    }

    private synchronized RealmResource realm() {
        if (keycloak == null) {
            keycloak = KeycloakBuilder.builder()
                    .serverUrl(settings.getKeycloakServerUrl())
                    .realm(settings.getKeycloakRealm())
                    .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                    .clientId(clientId)
                    .clientSecret(clientSecret)
                    // Bounded waits: an unreachable Keycloak must fail the attempt, not hang the worker.
                    .resteasyClient(ClientBuilderWrapper.create(null, false)
                            .connectTimeout(5, TimeUnit.SECONDS)
                            .readTimeout(20, TimeUnit.SECONDS)
                            .register(JacksonProvider.class, 100)
                            .build())
                    .build();
        }
        return keycloak.realm(settings.getKeycloakRealm());
    }

    @PreDestroy
    synchronized void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}
