package fr.isoc.groupeiot.membership;

/** Whether someone joins in their own name or on behalf of an organisation. */
public enum ApplicantKind { PERSON, ORGANISATION }
