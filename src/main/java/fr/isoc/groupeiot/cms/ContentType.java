package fr.isoc.groupeiot.cms;

/** What a content item is; each type has its own public URLs (see {@link ContentRoutes}). */
public enum ContentType { PAGE, GUIDE, NEWS, PRESS_RELEASE }
