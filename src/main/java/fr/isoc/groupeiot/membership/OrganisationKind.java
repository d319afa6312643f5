package fr.isoc.groupeiot.membership;

/** What kind of organisation applies (labels in the bundles under {@code organisation-kind.*}). */
public enum OrganisationKind { COMPANY, ASSOCIATION, PUBLIC_BODY, ACADEMIC, STANDARDS_BODY, OTHER }
