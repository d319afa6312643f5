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
    JOIN_INFORMATION("/fr/adherer/complement", "/en/join/more-information", "/WEB-INF/views/membership/join-information.xhtml", true),
    DIRECTORY("/fr/membres", "/en/members", "/WEB-INF/views/membership/directory.xhtml", false),
    GUIDES("/fr/guides", "/en/guides", "/WEB-INF/views/cms/list.xhtml", false),
    NEWS("/fr/actualites", "/en/news", "/WEB-INF/views/cms/list.xhtml", false),
    SEARCH("/fr/recherche", "/en/search", "/WEB-INF/views/cms/search.xhtml", false),
    PRESS("/fr/presse", "/en/press", "/WEB-INF/views/press/room.xhtml", false),
    PRESS_KIT("/fr/presse/kit", "/en/press/kit", "/WEB-INF/views/press/kit.xhtml", false),
    SURVEY("/fr/enquete", "/en/survey", "/WEB-INF/views/guides/survey.xhtml", false),
    CHECK_DEVICE("/fr/verifier-un-objet", "/en/check-a-device", "/WEB-INF/views/guides/checklist.xhtml", false),
    ACCOUNT_DELETED("/fr/compte-supprime", "/en/account-deleted", "/WEB-INF/views/membership/account-deleted.xhtml", false),
    MEMBER_AREA("/fr/espace-membre", "/en/my-account", "/WEB-INF/views/member/area.xhtml", false),
    MEMBER_PROFILE("/fr/espace-membre/profil", "/en/my-account/profile", "/WEB-INF/views/member/profile.xhtml", true),
    MEMBER_DATA("/fr/espace-membre/mes-donnees", "/en/my-account/my-data", "/WEB-INF/views/member/my-data.xhtml", true),
    MODERATION("/fr/moderation", "/en/moderation", "/WEB-INF/views/moderation/index.xhtml", false),
    ADMIN("/fr/admin", "/en/admin", "/WEB-INF/views/admin/index.xhtml", false),
    ADMIN_OUTBOX("/fr/admin/courriels", "/en/admin/emails", "/WEB-INF/views/admin/outbox.xhtml", true),
    ADMIN_APPLICATIONS("/fr/admin/adhesions", "/en/admin/applications", "/WEB-INF/views/admin/applications.xhtml", false),
    ADMIN_APPLICATION("/fr/admin/adhesions/dossier", "/en/admin/applications/file", "/WEB-INF/views/admin/application.xhtml", true),
    ADMIN_COLLEGE_REQUESTS("/fr/admin/changements-de-college", "/en/admin/college-changes", "/WEB-INF/views/admin/college-requests.xhtml", true),
    ADMIN_DECISIONS("/fr/admin/decisions", "/en/admin/decisions", "/WEB-INF/views/admin/decisions.xhtml", false),
    ADMIN_FIGURES("/fr/admin/chiffres-adhesion", "/en/admin/membership-figures", "/WEB-INF/views/admin/figures.xhtml", false),
    EDITORIAL("/fr/redaction", "/en/editorial", "/WEB-INF/views/editorial/list.xhtml", false),
    EDITORIAL_ITEM("/fr/redaction/contenu", "/en/editorial/item", "/WEB-INF/views/editorial/item.xhtml", true),
    EDITORIAL_PREVIEW("/fr/redaction/apercu", "/en/editorial/preview", "/WEB-INF/views/editorial/preview.xhtml", false),
    EDITORIAL_MEDIA("/fr/redaction/medias", "/en/editorial/media", "/WEB-INF/views/editorial/media.xhtml", true),
    EDITORIAL_RELEASE("/fr/redaction/communique", "/en/editorial/release", "/WEB-INF/views/editorial/release.xhtml", true),
    EDITORIAL_CONTACTS("/fr/redaction/contacts-presse", "/en/editorial/media-contacts", "/WEB-INF/views/editorial/contacts.xhtml", true),
    EDITORIAL_PRESS_KIT("/fr/redaction/kit-presse", "/en/editorial/press-kit", "/WEB-INF/views/editorial/press-kit.xhtml", true),
    EDITORIAL_CHECKLIST("/fr/redaction/questionnaire", "/en/editorial/checklist", "/WEB-INF/views/editorial/checklist.xhtml", true);

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
