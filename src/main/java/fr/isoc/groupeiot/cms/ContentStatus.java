package fr.isoc.groupeiot.cms;

/** Where an item is in the editorial workflow; only PUBLISHED items are public. */
public enum ContentStatus { DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED, ARCHIVED }
