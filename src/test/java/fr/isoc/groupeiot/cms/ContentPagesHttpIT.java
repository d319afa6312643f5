package fr.isoc.groupeiot.cms;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import fr.isoc.groupeiot.testing.PortalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static fr.isoc.groupeiot.testing.PortalHttp.get;
import static fr.isoc.groupeiot.testing.PortalHttp.send;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The CMS's public side over HTTP, on the demo content the stack loads: items, errors, caching, sitemap, robots, feeds. */
class ContentPagesHttpIT {

    private static PortalStack portal;

    @BeforeAll
    static void startPortal() {
        portal = PortalStack.get();
    }

    @ParameterizedTest
    @CsvSource({
            "/fr/mentions-legales, fr, Mentions légales, /en/legal-notice",
            "/en/privacy-policy, en, Privacy policy, /fr/politique-de-confidentialite",
            "/fr/guides/bien-choisir-un-objet-connecte, fr, Bien choisir un objet connecté, /en/guides/choosing-a-connected-object",
            "/en/news/working-group-launched, en, IoT Security Working Group launched, /fr/actualites/lancement-du-groupe-de-travail"})
    void showsAPublishedItemInItsLanguageWithItsTranslationAsAlternate(String path, String lang, String title,
                                                                       String translation) throws Exception {
        HttpResponse<String> response = send(get(path));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(" lang=\"" + lang + "\"><head").contains("<h1>" + title + "</h1>");
        assertThat(response.body()).contains("hreflang=\"" + (lang.equals("fr") ? "en" : "fr") + "\" href=\"" + portal.baseUrl() + translation + "\"");
        assertThat(response.body()).contains("<link rel=\"canonical\" href=\"" + portal.baseUrl() + path + "\"");
        assertThat(response.body()).doesNotContain("<script>alert");
    }

    @ParameterizedTest
    @CsvSource({"/fr/guides/n-existe-pas", "/en/news/nothing-here", "/fr/page-inconnue", "/fr/guides/Pas_Un_Slug",
            "/en/guides/choosing-a-connected-object/more", "/fr/guides/choosing-a-connected-object"})
    void answersATranslated404ToUnknownOrMisplacedSlugs(String path) throws Exception {
        HttpResponse<String> response = send(get(path));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains(" lang=\"" + path.substring(1, 3) + "\"><head");
    }

    @Test
    void isCacheableByASharedCacheAndRevalidatesWithA304() throws Exception {
        HttpResponse<String> first = send(get("/fr/accessibilite"));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, no-cache");
        assertThat(first.headers().firstValue("Last-Modified")).isPresent();
        assertThat(first.headers().allValues("Set-Cookie")).as("no session").noneMatch(c -> c.startsWith("JSESSIONID"));

        HttpResponse<String> again = send(get("/fr/accessibilite").header("If-None-Match", etag));
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void aDraftIsNotFoundAndAFormerSlugRedirectsPermanently() throws Exception {
        assumeTrue(portal.database().isPostgres(), "rows are arranged with SQL in the stack's PostgreSQL");
        long guide;
        try (Connection db = portal.database().connect()) {
            try (PreparedStatement draft = db.prepareStatement("""
                    INSERT INTO content_item (id, translation_group, content_type, language, slug, title, body_html, body_text, search_text,
                        status, updated_at, created_by, created_at, ever_published, version)
                    VALUES (nextval('content_item_seq'), 'draft-test', 'GUIDE', 'fr', 'brouillon-secret', 'Brouillon', '<p>x</p>',
                        'x', 'x', 'DRAFT', now(), 'alice', now(), FALSE, 1)""")) {
                draft.executeUpdate();
            }
            try (PreparedStatement find = db.prepareStatement(
                    "SELECT id FROM content_item WHERE language = 'fr' AND slug = 'bien-choisir-un-objet-connecte'");
                 ResultSet row = find.executeQuery()) {
                row.next();
                guide = row.getLong(1);
            }
            try (PreparedStatement redirect = db.prepareStatement(
                    "INSERT INTO content_slug_redirect (language, content_type, slug, item_id) VALUES ('fr', 'GUIDE', 'ancien-nom-du-guide', ?)")) {
                redirect.setLong(1, guide);
                redirect.executeUpdate();
            }
        }

        assertThat(send(get("/fr/guides/brouillon-secret")).statusCode()).isEqualTo(404);
        HttpResponse<String> moved = send(get("/fr/guides/ancien-nom-du-guide"));
        assertThat(moved.statusCode()).isEqualTo(301);
        assertThat(moved.headers().firstValue("Location")).hasValue("/fr/guides/bien-choisir-un-objet-connecte");
    }

    @Test
    void theSitemapListsEveryPublishedItemWithItsLanguageAlternates() throws Exception {
        HttpResponse<String> response = send(get("/sitemap.xml"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document sitemap = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        NodeList urls = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
        List<String> locations = new ArrayList<>();
        Element guide = null;
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            String loc = url.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc").item(0).getTextContent();
            locations.add(loc);
            if (loc.endsWith("/fr/guides/bien-choisir-un-objet-connecte")) {
                guide = url;
            }
        }
        assertThat(locations).contains(portal.baseUrl() + "/fr/", portal.baseUrl() + "/en/members",
                portal.baseUrl() + "/en/guides/choosing-a-connected-object", portal.baseUrl() + "/fr/mentions-legales")
                .doesNotContain(portal.baseUrl() + "/fr/guides/brouillon-secret")
                .noneMatch(loc -> loc.contains("/admin"));
        assertThat(guide).isNotNull();
        NodeList alternates = guide.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link");
        assertThat(alternates.getLength()).isEqualTo(2);
        List<String> hrefs = new ArrayList<>();
        for (int i = 0; i < alternates.getLength(); i++) {
            hrefs.add(((Element) alternates.item(i)).getAttribute("hreflang") + " " + ((Element) alternates.item(i)).getAttribute("href"));
        }
        assertThat(hrefs).contains("en " + portal.baseUrl() + "/en/guides/choosing-a-connected-object");
    }

    @Test
    void robotsKeepsPrivateAreasOutAndNamesTheSitemap() throws Exception {
        String robots = send(get("/robots.txt")).body();

        assertThat(robots).contains("Disallow: /fr/admin", "Disallow: /en/my-account", "Disallow: /api/")
                .contains("Sitemap: " + portal.baseUrl() + "/sitemap.xml");
    }

    @ParameterizedTest
    @CsvSource({"/fr/actualites/flux.atom, fr, Actualités du groupe de travail sécurité IoT, /fr/actualites/lancement-du-groupe-de-travail",
            "/en/news/feed.atom, en, News from the IoT security working group, /en/news/working-group-launched"})
    void theNewsFeedIsValidAtomInItsLanguage(String path, String lang, String title, String entry) throws Exception {
        HttpResponse<String> response = send(get(path));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");

        SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo(title);
        assertThat(feed.getLanguage()).isEqualTo(lang);
        assertThat(feed.getEntries()).extracting(SyndEntry::getLink).contains(portal.baseUrl() + entry);
        SyndEntry launch = feed.getEntries().stream().filter(e -> e.getLink().endsWith(entry)).findFirst().orElseThrow();
        assertThat(launch.getContents().getFirst().getValue()).contains("OpinionWay");
        assertThat(launch.getPublishedDate()).isNotNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /fr/recherche?q=securite               | Sécuriser ses objets à la maison
            /fr/recherche?q=s%C3%A9curis%C3%A9e    | Sécuriser ses objets à la maison
            /fr/recherche?q=OBJETS+connect%C3%A9s  | Bien choisir un objet connecté
            /en/search?q=devices                   | Choosing a connected device
            /en/search?q=passwords                 | Securing your devices at home
            """)
    void searchFindsPublishedContentWhateverTheAccentsAndEndings(String path, String expectedTitle) throws Exception {
        HttpResponse<String> response = send(get(path));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(expectedTitle).contains("<mark>");
        assertThat(response.body()).doesNotContain("Brouillon");
    }

    @ParameterizedTest
    @CsvSource({"/fr/recherche", "/fr/recherche?q=", "/fr/recherche?q=%21%21%21", "/en/search?q=%27+OR+1%3D1+--",
            "/en/search?q=zzzzqqq", "/en/search?q=a&page=-4", "/fr/recherche?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E"})
    void anEmptyOrAbsurdQueryGetsAFriendlyAnswer(String path) throws Exception {
        HttpResponse<String> response = send(get(path));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("role=\"status\"").doesNotContain("<script>alert");
    }
}
