package fr.isoc.groupeiot.platform.i18n;

import java.util.Optional;

/**
 * The portal's pages: one public path per language (French slugs in French, English in English, as in the
 * product brief's URL map) and the Faces view behind both. Views live under WEB-INF so that only these
 * paths reach them.
 */
public enum Route {
    HOME("/fr/", "/en/", "/WEB-INF/views/home.xhtml", false),
    JOIN("/fr/adherer", "/en/join", "/WEB-INF/views/membership/join.xhtml", true),
    JOIN_SENT("/fr/adherer/envoyee", "/en/join/sent", "/WEB-INF/views/membership/join-sent.xhtml", false),
    JOIN_CONFIRM("/fr/adherer/confirmation", "/en/join/confirm", "/WEB-INF/views/membership/join-confirm.xhtml", true),
    JOIN_LIMITED("/fr/adherer/trop-de-demandes", "/en/join/too-many-requests", "/WEB-INF/views/membership/join-limited.xhtml", false),
    MEMBER_AREA("/fr/espace-membre", "/en/my-account", "/WEB-INF/views/member/area.xhtml", false),
    MODERATION("/fr/moderation", "/en/moderation", "/WEB-INF/views/moderation/index.xhtml", false),
    ADMIN("/fr/admin", "/en/admin", "/WEB-INF/views/admin/index.xhtml", false),
    ADMIN_OUTBOX("/fr/admin/courriels", "/en/admin/emails", "/WEB-INF/views/admin/outbox.xhtml", true);

    private final String frenchPath;
    private final String englishPath;
    private final String viewId;
    private final boolean stateful;

    Route(String frenchPath, String englishPath, String viewId, boolean stateful) {
        this.frenchPath = frenchPath;
        this.englishPath = englishPath;
        this.viewId = viewId;
        this.stateful = stateful;
    }

    /** True for a page with a Faces form, whose view state must be kept (in the session) between requests. */
    public boolean stateful() {
        return stateful;
    }

    public String path(Language language) {
        return language == Language.FRENCH ? frenchPath : englishPath;
    }

    public String viewId() {
        return viewId;
    }

    /** The route and language of a request path (without context path); a trailing slash is tolerated. */
    public static Optional<Match> match(String path) {
        String normalized = path.length() > 4 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        for (Route route : values()) {
            for (Language language : Language.values()) {
                if (route.path(language).equals(normalized)) {
                    return Optional.of(new Match(route, language));
                }
            }
        }
        return Optional.empty();
    }

    public record Match(Route route, Language language) {
    }
}
