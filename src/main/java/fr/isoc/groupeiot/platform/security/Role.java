package fr.isoc.groupeiot.platform.security;

import java.util.List;

/** The realm roles Keycloak puts in the {@code groups} claim; Payara maps each group to the role of the same name. */
public final class Role {

    public static final String MEMBER = "member";
    public static final String MODERATOR = "moderator";
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    /** In the order the portal shows them. */
    public static final List<String> ALL = List.of(MEMBER, MODERATOR, EDITOR, ADMIN);

    private Role() {
    }
}
