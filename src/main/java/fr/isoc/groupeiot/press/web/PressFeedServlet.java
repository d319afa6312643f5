package fr.isoc.groupeiot.press.web;

import fr.isoc.groupeiot.cms.ContentItem;
import fr.isoc.groupeiot.cms.ContentType;
import fr.isoc.groupeiot.cms.Contents;
import fr.isoc.groupeiot.cms.web.AtomFeed;
import fr.isoc.groupeiot.platform.config.PortalSettings;
import fr.isoc.groupeiot.platform.i18n.Language;
import fr.isoc.groupeiot.platform.i18n.Route;
import fr.isoc.groupeiot.press.PressRelease;
import fr.isoc.groupeiot.press.PressReleases;
import fr.isoc.groupeiot.press.ReleaseText;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The Atom feed of press releases in one language ({@code /fr/presse/flux.atom}, {@code /en/press/feed.atom}): the
 * latest public releases (none under embargo) with their full text, date line and "about".
 */
@WebServlet(PressPaths.FEED_SERVLET)
public class PressFeedServlet extends HttpServlet {

    private static final int ENTRIES = 20;

    @Inject
    Contents contents;

    @Inject
    PressReleases releases;

    @Inject
    PortalSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language language = Downloads.language(request);
        String base = settings.getPublicBaseUrl();
        List<ContentItem> items = contents.publishedList(language, ContentType.PRESS_RELEASE, null, 0, ENTRIES);
        Map<Long, PressRelease> details = releases.detailsOf(items.stream().map(ContentItem::getId).toList());
        new AtomFeed(language, base + PressPaths.feed(language), base + Route.PRESS.path(language), "feed.press.title", "feed.press.subtitle")
                .write(request, response, contents.lastChange(language), items, base,
                        item -> ReleaseText.html(item, details.get(item.getId())));
    }
}
