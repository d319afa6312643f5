package fr.isoc.groupeiot.cms;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import fr.isoc.groupeiot.testing.BrowserTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.isoc.groupeiot.testing.Browser.accessibilityViolations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editors' back office in the browser: writing a guide (revisions, diff), the workflow with the "own first draft"
 * rule, publication by an admin, the translation side by side, who may open a preview, a conflict between two
 * editors, a slug clash; and the accessibility of every back-office page in both languages.
 */
class EditorialBrowserIT extends BrowserTest {

    @Test
    void anEditorWritesAGuideThatAnAdminPublishesAndThenTranslatesIt() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String title = "Guide de test " + tag;
        signIn("fr-FR", "/fr/redaction", "editor");
        assertThat(page.locator("h1")).hasText("Rédaction");
        assertThat(accessibilityViolations(page)).as("list, French").isEmpty();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nouveau guide (français)")).click();
        assertThat(page.locator("h1")).hasText("Nouveau guide en français");
        assertThat(page.locator("main")).containsText("Créée à partir du titre si le champ est vide");
        button(page, "Enregistrer").click();
        assertThat(page.locator("#title-error")).containsText("Indiquez un titre");
        assertThat(accessibilityViolations(page)).as("new item with its errors, French").isEmpty();

        page.getByLabel(Pattern.compile("^Titre")).fill(title);
        page.locator("#body .ql-editor").fill("Premier texte du guide.");
        // What a hostile or careless paste could send: the script never reaches the page.
        page.evaluate("document.getElementById('body_input').value = '<p>Premier texte du guide.</p><script>document.title=\"pwned\"</script>'");
        button(page, "Enregistrer").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Enregistré (révision 1)");
        long id = idIn(page.url());
        String slug = page.getByLabel("Adresse (slug)").inputValue();
        assertThat(slug).isEqualTo("guide-de-test-" + tag);

        page.locator("#body .ql-editor").fill("Premier texte du guide, revu et complété.");
        button(page, "Enregistrer").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Enregistré (révision 2)");
        button(page, "Comparer avec la révision 1").click();
        assertThat(page.locator(".word-diff ins")).containsText("revu et complété.");
        assertThat(page.locator(".word-diff del")).containsText("guide.");
        assertThat(page.locator(".word-diff ins .sr-only")).hasText("ajouté :");
        assertThat(accessibilityViolations(page)).as("item with its diff, French").isEmpty();

        button(page, "Soumettre à la relecture").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Le contenu est soumis à la relecture.");
        assertThat(button(page, "Publier maintenant")).hasCount(0);
        assertThat(page.locator("main")).containsText("Vous avez créé ce contenu : un autre rédacteur ou un administrateur doit publier sa première version.");
        assertThat(page.locator("table").first()).containsText("Brouillon → En relecture");

        String preview = portal.baseUrl() + "/fr/redaction/apercu?id=" + id;
        page.navigate(preview);
        assertThat(page.locator(".preview-banner")).containsText("Aperçu — non public.");
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator("meta[name=robots]")).hasAttribute("content", "noindex, nofollow");
        assertThat(accessibilityViolations(page)).as("preview, French").isEmpty();
        assertThat(page.navigate(portal.baseUrl() + "/fr/guides/" + slug).status()).as("not public yet").isEqualTo(404);

        Page anonymous = anotherVisitor("fr-FR");
        try {
            anonymous.navigate(preview);
            assertThat(anonymous.url()).as("sent to sign in").startsWith(portal.keycloakUrl());
        } finally {
            anonymous.context().close();
        }
        Page member = anotherVisitor("fr-FR");
        try {
            member.navigate(preview);
            signInAtKeycloak(member, "member", "dev-member");
            assertThat(member.locator("h1")).isVisible();
            assertThat(member.navigate(preview).status()).as("a member may not preview").isEqualTo(403);
        } finally {
            member.context().close();
        }

        Page admin = anotherVisitor("fr-FR");
        try {
            admin.navigate(portal.baseUrl() + "/fr/redaction/contenu?id=" + id);
            signInAtKeycloak(admin, "admin", "dev-admin");
            button(admin, "Publier maintenant").click();
            assertThat(admin.getByRole(AriaRole.STATUS)).containsText("Le contenu est publié.");
        } finally {
            admin.context().close();
        }

        Response published = page.navigate(portal.baseUrl() + "/fr/guides/" + slug);
        assertThat(published.status()).isEqualTo(200);
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator(".prose")).containsText("Premier texte du guide, revu et complété.");
        assertThat(page.locator("main script")).hasCount(0);
        assertThat(page.title()).doesNotContain("pwned");

        page.navigate(portal.baseUrl() + "/fr/redaction/contenu?id=" + id);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("traduire en anglais")).click();
        assertThat(page.locator(".original")).containsText("Premier texte du guide, revu et complété.");
        assertThat(page.locator("h1")).hasText("Nouveau guide en anglais");
        assertThat(accessibilityViolations(page)).as("translation side by side").isEmpty();
        page.getByLabel(Pattern.compile("^Titre")).fill("Test guide " + tag);
        page.locator("#body .ql-editor").fill("First text of the guide, reviewed and completed.");
        button(page, "Enregistrer").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Enregistré (révision 1)");
        assertThat(page.getByLabel("Adresse (slug)")).hasValue("test-guide-" + tag);
        assertThat(page.locator(".translation-box").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title))).isVisible();

        page.navigate(portal.baseUrl() + "/fr/redaction?type=GUIDE&author=editor&missing=true");
        assertThat(page.locator("main")).not().containsText(title);
        page.navigate(portal.baseUrl() + "/fr/redaction?type=GUIDE&lang=fr&status=PUBLISHED&author=edit");
        assertThat(page.locator("main table")).containsText(title);
        assertThat(page.locator("main table")).containsText("Test guide " + tag);
        assertThat(accessibilityViolations(page)).as("filtered list, French").isEmpty();
    }

    @Test
    void theSecondOfTwoEditorsSavingAtOnceKeepsTheirTextAndAClashingSlugIsExplained() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        signIn("fr-FR", "/fr/redaction/contenu?type=GUIDE&lang=fr", "editor");
        page.getByLabel(Pattern.compile("^Titre")).fill("Conflit " + tag);
        page.locator("#body .ql-editor").fill("Texte de départ.");
        button(page, "Enregistrer").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Enregistré (révision 1)");
        String itemUrl = page.url().replaceAll("&saved=1", "");
        String slug = page.getByLabel("Adresse (slug)").inputValue();

        Page second = anotherVisitor("fr-FR");
        try {
            second.navigate(itemUrl);
            signInAtKeycloak(second, "editor", "dev-editor");
            assertThat(second.locator("#body .ql-editor")).containsText("Texte de départ.");

            page.locator("#body .ql-editor").fill("La version du premier rédacteur.");
            button(page, "Enregistrer").click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Enregistré (révision 2)");

            second.locator("#body .ql-editor").fill("La version du second rédacteur, à ne pas perdre.");
            button(second, "Enregistrer").click();
            assertThat(second.getByRole(AriaRole.ALERT)).containsText("enregistré par quelqu’un d’autre");
            assertThat(second.locator("#body .ql-editor")).containsText("La version du second rédacteur, à ne pas perdre.");
            assertThat(second.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ouvrir la dernière version de ce contenu (nouvel onglet)")))
                    .hasAttribute("href", Pattern.compile(".*/fr/redaction/contenu\\?id=" + idIn(itemUrl) + "$"));
            assertThat(accessibilityViolations(second)).as("conflict").isEmpty();
        } finally {
            second.context().close();
        }
        page.reload();
        assertThat(page.locator("#body .ql-editor")).containsText("La version du premier rédacteur.");

        page.navigate(portal.baseUrl() + "/fr/redaction/contenu?type=GUIDE&lang=fr");
        page.getByLabel(Pattern.compile("^Titre")).fill("Un autre guide " + tag);
        page.getByLabel("Adresse (slug)").fill(slug);
        button(page, "Enregistrer").click();
        assertThat(page.locator("#slug-error")).containsText("L’adresse « " + slug + " » est déjà celle d’un autre contenu");
        assertThat(page.getByLabel("Adresse (slug)")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel(Pattern.compile("^Titre"))).hasValue("Un autre guide " + tag);
        assertThat(accessibilityViolations(page)).as("slug clash").isEmpty();
    }

    @Test
    void theBackOfficeSpeaksEnglishAndPassesAxe() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        signIn("en-GB", "/en/editorial", "editor");
        assertThat(page.locator("h1")).hasText("Editorial");
        assertThat(accessibilityViolations(page)).as("list, English").isEmpty();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New news item (English)")).click();
        button(page, "Save").click();
        assertThat(page.locator("#title-error")).containsText("Enter a title");
        assertThat(accessibilityViolations(page)).as("new item with its errors, English").isEmpty();

        page.getByLabel(Pattern.compile("^Title")).fill("A news item " + tag);
        page.getByLabel("Tags").fill("Tests, Editorial");
        page.locator("#body .ql-editor").fill("Some news.");
        button(page, "Save").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved (revision 1)");
        assertThat(page.getByLabel("Tags")).hasValue("tests, editorial");
        assertThat(page.locator("main")).containsText("You created this item: another editor or an admin must publish its first version.");
        assertThat(accessibilityViolations(page)).as("item, English").isEmpty();
        long id = idIn(page.url());

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Preview").setExact(true)).click();
        assertThat(page).hasURL(portal.baseUrl() + "/en/editorial/preview?id=" + id);
        assertThat(page.locator(".preview-banner")).containsText("Preview — not public.");
        assertThat(accessibilityViolations(page)).as("preview, English").isEmpty();
        // A French back-office address of an English item shows it in English.
        page.navigate(portal.baseUrl() + "/fr/redaction/apercu?id=" + id);
        assertThat(page).hasURL(portal.baseUrl() + "/en/editorial/preview?id=" + id);

        page.navigate(portal.baseUrl() + "/en/editorial?type=NEWS&lang=en&status=DRAFT&missing=true");
        assertThat(page.locator("main table")).containsText("A news item " + tag);
        assertThat(page.locator("main table")).containsText("missing — translate into French");
        assertThat(accessibilityViolations(page)).as("filtered list, English").isEmpty();
        for (String unknown : new String[]{"/en/editorial/item?id=abc", "/en/editorial/item?id=999999999", "/en/editorial/item",
                "/en/editorial/item?type=POEM&lang=en", "/en/editorial/preview?id=999999999"}) {
            assertThat(page.navigate(portal.baseUrl() + unknown).status()).as(unknown).isEqualTo(404);
        }
    }
}
