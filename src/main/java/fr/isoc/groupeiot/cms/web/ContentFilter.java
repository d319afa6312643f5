package fr.isoc.groupeiot.cms.web;

import fr.isoc.groupeiot.cms.ContentItem;
import fr.isoc.groupeiot.cms.ContentRoutes;
import fr.isoc.groupeiot.cms.ContentType;
import fr.isoc.groupeiot.cms.Contents;
import fr.isoc.groupeiot.platform.i18n.Language;
import fr.isoc.groupeiot.platform.i18n.LocaleFilter;
import fr.isoc.groupeiot.platform.i18n.Route;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Serves the URLs of content items ({@code /fr/guides/{slug}}, {@code /en/news/{slug}}, {@code /fr/{slug}}): a
 * published item is shown, a former slug redirects (301) to the current one, anything else is a 404 (drafts too).
 * Anonymous responses carry an ETag and Last-Modified and are revalidated on every use, so shared caches keep them
 * and a publication shows at once; an unchanged item answers 304 without being rendered.
 */
public class ContentFilter extends HttpFilter {

    public static final String ITEM = "portal.cms.item";
    static final String VIEW = "/WEB-INF/views/cms/item.xhtml";
    /** Changes with every start, so that a new release (templates, texts) never matches an old ETag. */
    private static final String RELEASE = UUID.randomUUID().toString().substring(0, 8);

    @Inject
    Contents contents;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (Route.match(path).isPresent()) {
            chain.doFilter(request, response);
            return;
        }
        for (Language language : Language.values()) {
            if (path.equals(NewsFeedServlet.path(language))) {
                request.setAttribute(NewsFeedServlet.LANGUAGE, language);
                request.getRequestDispatcher("/feeds/news").forward(request, response);
                return;
            }
        }
        Optional<ContentRoutes.Target> target = ContentRoutes.match(path);
        if (target.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        ContentRoutes.Target wanted = target.get();
        Optional<ContentItem> item = contents.published(wanted.language(), wanted.type(), wanted.slug());
        if (item.isEmpty()) {
            Optional<ContentItem> renamed = contents.renamed(wanted.language(), wanted.type(), wanted.slug());
            if (renamed.isPresent()) {
                response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                response.setHeader("Location", request.getContextPath() + ContentRoutes.path(renamed.get()));
                return;
            }
            request.setAttribute(LocaleFilter.LANGUAGE, wanted.language());
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        show(item.get(), request, response);
    }

    private void show(ContentItem item, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Language language = item.getLanguage();
        Optional<ContentItem> translation = contents.translation(item.getTranslationGroup(), language.other())
                .filter(ContentItem::isPublic);
        if (request.getUserPrincipal() == null) {
            // A guide also lists related guides: any public change in its language may change the page.
            String related = item.getType() == ContentType.GUIDE ? "-" + contents.lastChange(language).toEpochMilli() : "";
            String etag = "\"" + item.getId() + "-" + item.getVersion() + "-" + translation.map(t -> t.getVersion()).orElse(-1)
                    + related + "-" + RELEASE + "\"";
            response.setHeader("ETag", etag);
            response.setDateHeader("Last-Modified", item.getUpdatedAt().toEpochMilli());
            response.setHeader("Cache-Control", "public, no-cache");
            if (etag.equals(request.getHeader("If-None-Match"))) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        Map<Language, String> paths = new EnumMap<>(Language.class);
        paths.put(language, ContentRoutes.path(item));
        translation.ifPresent(t -> paths.put(t.getLanguage(), ContentRoutes.path(t)));
        String switchPath = translation.map(ContentRoutes::path)
                .orElseGet(() -> ContentRoutes.listOf(item.getType()).map(list -> list.path(language.other()))
                        .orElse(language.other().homePath()) + "?translation=missing");
        LocaleFilter.remember(language, request, response);
        request.setAttribute(LocaleFilter.LANGUAGE, language);
        request.setAttribute(LocaleFilter.PATHS, paths);
        request.setAttribute(LocaleFilter.SWITCH_PATH, switchPath);
        request.setAttribute(ITEM, item);
        request.getRequestDispatcher(VIEW).forward(request, response);
    }
}
