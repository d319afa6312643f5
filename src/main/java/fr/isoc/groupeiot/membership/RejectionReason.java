package fr.isoc.groupeiot.membership;

/** Why an application is turned down; each has a translated label and a sentence for the applicant's e-mail. */
public enum RejectionReason {
    OUT_OF_SCOPE, WRONG_COLLEGE, NOT_VERIFIABLE, DUPLICATE, INCOMPLETE, OTHER
}
