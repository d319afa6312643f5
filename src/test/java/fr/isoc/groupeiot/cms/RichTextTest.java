package fr.isoc.groupeiot.cms;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The allow-list that every piece of CMS HTML goes through on save, and the text drawn from it. */
class RichTextTest {

    @Test
    void dropsScriptsEventHandlersAndJavascriptLinks() {
        String html = RichText.sanitize("""
                <script>alert(1)</script>
                <img src=x onerror=alert(1)>
                <a href="javascript:alert(1)">js</a>
                <a href="JaVaScRiPt:alert(1)">mixed case</a>
                <p style="color:red" onclick="steal()">styled</p>
                <iframe src="https://evil.test/frame"></iframe>
                <svg onload=alert(1)><circle r="1"/></svg>
                <a href="//evil.test">protocol-relative</a>
                <a href="/\\evil.test">backslash</a>
                <object data="x.swf">object</object><embed src="x.swf">
                <form action="https://evil.test"><input name="q"></form>
                <math><mtext>formula</mtext></math>
                """);

        assertThat(html).doesNotContainIgnoringCase("script")
                .doesNotContain("<img", "onerror", "onclick", "onload", "style=", "<iframe", "<svg", "<object", "<embed",
                        "<form", "<input", "<math", "href", "evil.test");
        assertThat(html).contains("<p>styled</p>", "js", "protocol-relative", "backslash");
    }

    @Test
    void keepsTheAllowedStructureOfAGuide() {
        String guide = """
                <h2>Avant l’achat</h2>
                <h3>Les questions à poser</h3>
                <p>Lisez <strong>toujours</strong> la <em>notice</em> et <a href="/fr/guides/mots-de-passe">notre guide</a>.</p>
                <ul><li>Un mot de passe par objet</li><li>Des mises à jour</li></ul>
                <ol><li>Changer le mot de passe</li></ol>
                <table><caption>Objets testés</caption><thead><tr><th scope="col">Objet</th><th scope="col">Note</th></tr></thead>\
                <tbody><tr><td colspan="2">Caméra</td></tr></tbody></table>
                <blockquote>Un objet connecté est un ordinateur.</blockquote>
                <p><img src="/media/2024/camera.png" alt="Une caméra" width="320" height="200"></p>
                """;

        String html = RichText.sanitize(guide);

        assertThat(html).contains(
                "<h2>Avant l’achat</h2>",
                "<h3>Les questions à poser</h3>",
                "<strong>toujours</strong>", "<em>notice</em>",
                "<a href=\"/fr/guides/mots-de-passe\">notre guide</a>",
                "<ul><li>Un mot de passe par objet</li><li>Des mises à jour</li></ul>",
                "<ol><li>Changer le mot de passe</li></ol>",
                "<caption>Objets testés</caption>",
                "<th scope=\"col\">Objet</th>",
                "<td colspan=\"2\">Caméra</td>",
                "<blockquote>Un objet connecté est un ordinateur.</blockquote>",
                "<img src=\"/media/2024/camera.png\" alt=\"Une caméra\" width=\"320\" height=\"200\" loading=\"lazy\" decoding=\"async\" />");
    }

    @Test
    void sanitizingTwiceChangesNothing() {
        String once = RichText.sanitize("""
                <h1>T</h1><p class="ql-align-center">a &amp; b</p><a href="https://example.test/?a=1&amp;b=2">x</a>
                <ol><li data-list="bullet">a</li></ol><img src="/media/a.png" alt="">""");

        assertThat(RichText.sanitize(once)).isEqualTo(once);
    }

    @Test
    void turnsH1IntoH2() {
        assertThat(RichText.sanitize("<h1 class=\"ql-align-center\">Un titre</h1>"))
                .isEqualTo("<h2 class=\"ql-align-center\">Un titre</h2>");
    }

    @Test
    void keepsQuillAlignmentClassesOnly() {
        assertThat(RichText.sanitize("<p class=\"ql-align-center ql-size-huge ql-indent-2 hidden\">x</p>"))
                .isEqualTo("<p class=\"ql-align-center ql-indent-2\">x</p>");
        assertThat(RichText.sanitize("<p class=\"ql-size-huge\">x</p>")).isEqualTo("<p>x</p>");
        assertThat(RichText.sanitize("<p class=\"ql-indent-9\">x</p>")).isEqualTo("<p>x</p>");
        assertThat(RichText.sanitize("<blockquote class=\"ql-align-right\">x</blockquote>"))
                .isEqualTo("<blockquote>x</blockquote>");
    }

    @Test
    void addsNoFollowToExternalLinks() {
        assertThat(RichText.sanitize("<a href=\"https://www.cnil.fr/\" target=\"_blank\" rel=\"noopener\">CNIL</a>"))
                .isEqualTo("<a href=\"https://www.cnil.fr/\" rel=\"nofollow noopener noreferrer\">CNIL</a>");
        assertThat(RichText.sanitize("<a href=\"/fr/presse\" target=\"_blank\">presse</a>"))
                .isEqualTo("<a href=\"/fr/presse\">presse</a>");
        assertThat(RichText.sanitize("<a href=\"mailto:contact@example.test\">écrire</a>"))
                .startsWith("<a href=\"mailto:").doesNotContain("rel=");
    }

    @Test
    void dropsLinksThatAreNeitherWebMailNorSiteRelative() {
        assertThat(RichText.sanitize("<a href=\"ftp://files.test/x\">ftp</a>")).isEqualTo("ftp");
        assertThat(RichText.sanitize("<a href=\"guides/relative\">relative</a>")).isEqualTo("relative");
        assertThat(RichText.sanitize("<a href=\"data:text/html,x\">data</a>")).isEqualTo("data");
    }

    @Test
    void keepsOnlyImagesFromTheMediaLibraryWithATextAlternative() {
        assertThat(RichText.sanitize("<img src=\"/media/a.png\" alt=\"\">")).isEqualTo("<img src=\"/media/a.png\" alt=\"\" loading=\"lazy\" decoding=\"async\" />");
        assertThat(RichText.sanitize("<img src=\"/media/a.png\">")).isEmpty();
        assertThat(RichText.sanitize("<img src=\"https://tracker.test/a.png\" alt=\"a\">")).isEmpty();
        assertThat(RichText.sanitize("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"a\">")).isEmpty();
        assertThat(RichText.sanitize("<img src=\"javascript:alert(1)\" alt=\"a\">")).isEmpty();
        assertThat(RichText.sanitize("<img src=\"/media/../admin/delete\" alt=\"a\">")).isEmpty();
        assertThat(RichText.sanitize("<img src=\"/media/%2e%2e/admin\" alt=\"a\">")).isEmpty();
        assertThat(RichText.sanitize("<img src=\"/media/a.png\" alt=\"a\" width=\"50%\" height=\"10px\">"))
                .isEqualTo("<img src=\"/media/a.png\" alt=\"a\" loading=\"lazy\" decoding=\"async\" />");
    }

    @Test
    void givesALibraryImageItsResponsiveCopiesWhenItsSizeIsKnown() {
        String sha = "ab".repeat(32);
        String wide = RichText.sanitize("<p><img src=\"/media/" + sha + "/sch%C3%A9ma.png\" alt=\"Un schéma\" width=\"1200\" height=\"600\"></p>");

        assertThat(wide).isEqualTo("<p><img src=\"/media/" + sha + "/sch%C3%A9ma.png\" alt=\"Un schéma\" width=\"1200\" height=\"600\""
                + " srcset=\"/media/" + sha + "/sch%C3%A9ma.png?w&#61;480 480w, /media/" + sha + "/sch%C3%A9ma.png?w&#61;960 960w, /media/"
                + sha + "/sch%C3%A9ma.png 1200w\" sizes=\"(max-width: 48rem) 100vw, 48rem\" loading=\"lazy\" decoding=\"async\" /></p>");
        assertThat(RichText.sanitize(wide)).as("idempotent").isEqualTo(wide);
        assertThat(RichText.sanitize("<img src=\"/media/" + sha + "/photo.jpg\" alt=\"a\" width=\"700\" height=\"400\">"))
                .as("only the copies narrower than the picture, shown at most at its own width")
                .contains("srcset=\"/media/" + sha + "/photo.jpg?w&#61;480 480w, /media/" + sha + "/photo.jpg 700w\"")
                .contains("sizes=\"(max-width: 700px) 100vw, 700px\"");
        assertThat(RichText.sanitize("<img src=\"/media/" + sha + "/anim.gif\" alt=\"a\" width=\"1200\" height=\"600\">"))
                .as("no copies of a GIF").doesNotContain("srcset").contains("width=\"1200\"");
        assertThat(RichText.sanitize("<img src=\"/media/" + sha + "/x.png\" alt=\"a\">")).as("size unknown").doesNotContain("srcset");
        assertThat(RichText.sanitize("<img src=\"/media/" + sha + "/x.png\" alt=\"a\" srcset=\"https://tracker.test/x.png 1w\">"))
                .as("a srcset of the editor's own is dropped").doesNotContain("tracker");
    }

    @Test
    void keepsALibraryImageCopiedWithTheSiteAddressAsItsPath() {
        String sha = "0f".repeat(32);

        assertThat(RichText.sanitize("<img src=\"https://portal.test:8443/media/" + sha + "/a.png\" alt=\"a\">"))
                .startsWith("<img src=\"/media/" + sha + "/a.png\" alt=\"a\"");
        assertThat(RichText.sanitize("<img src=\"//portal.test/media/" + sha + "/a.png\" alt=\"a\">"))
                .startsWith("<img src=\"/media/" + sha + "/a.png\"");
        assertThat(RichText.sanitize("<img src=\"https://tracker.test/media/../a.png\" alt=\"a\">")).isEmpty();
        assertThat(RichText.sanitize("<img src=\"https://tracker.test/pixel.png?/media/" + sha + "/a.png\" alt=\"a\">")).isEmpty();
    }

    @Test
    void keepsOnlyColumnOrRowScopesAndNumericSpans() {
        assertThat(RichText.sanitize("<table><tr><th scope=\"colgroup\" rowspan=\"x\">h</th><td rowspan=\"3\">d</td></tr></table>"))
                .contains("<th>h</th>", "<td rowspan=\"3\">d</td>");
    }

    @Test
    void givesQuillBulletListsBackTheirUnorderedList() {
        // What PrimeFaces submits: Quill 2's editor markup, where every list is an ol.
        String quill = "<ol><li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>un</li>"
                + "<li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>deux</li>"
                + "<li data-list=\"ordered\"><span class=\"ql-ui\" contenteditable=\"false\"></span>premier</li></ol>";

        assertThat(RichText.sanitize(quill)).isEqualTo("<ul><li>un</li><li>deux</li></ul><ol><li>premier</li></ol>");
    }

    @Test
    void turnsQuillCodeBlocksIntoPreformattedLines() {
        String quill = "<div class=\"ql-code-block-container\" spellcheck=\"false\">"
                + "<div class=\"ql-code-block\" data-language=\"plain\">if (a &lt; b)</div>"
                + "<div class=\"ql-code-block\" data-language=\"plain\">  run();</div></div>";

        assertThat(RichText.sanitize(quill)).isEqualTo("<pre>if (a &lt; b)\n  run();\n</pre>");
    }

    @Test
    void treatsNullAsEmpty() {
        assertThat(RichText.sanitize(null)).isEmpty();
        assertThat(RichText.plainText(null)).isEmpty();
        assertThat(RichText.excerpt(null, 10)).isEmpty();
    }

    @Test
    void plainTextCollapsesWhitespaceAndDecodesEntities() {
        String html = "<h2>Titre</h2><p>Sécurité&nbsp;&amp;   vie\n\n privée : l&rsquo;<strong>essentiel</strong></p>"
                + "<ul><li>un</li><li>deux</li></ul><p>a<br>b</p><script>alert('caché')</script>";

        assertThat(RichText.plainText(html)).isEqualTo("Titre Sécurité & vie privée : l’essentiel un deux a b");
    }

    @Test
    void excerptCutsAtAWordBoundary() {
        String html = "<p>Sécuriser ses objets connectés, à la maison comme au bureau.</p>";

        assertThat(RichText.excerpt(html, 32)).isEqualTo("Sécuriser ses objets connectés…").hasSizeLessThanOrEqualTo(32);
        assertThat(RichText.excerpt(html, 200)).isEqualTo("Sécuriser ses objets connectés, à la maison comme au bureau.");
        assertThat(RichText.excerpt("<p>Anticonstitutionnellement</p>", 10)).isEqualTo("Anticonst…");
    }

    @Test
    void refusesAnExcerptWithNoRoomForText() {
        assertThatIllegalArgumentException().isThrownBy(() -> RichText.excerpt("<p>x</p>", 1));
    }
}
