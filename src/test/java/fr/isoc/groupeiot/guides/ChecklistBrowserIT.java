package fr.isoc.groupeiot.guides;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.isoc.groupeiot.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.isoc.groupeiot.testing.Browser.accessibilityViolations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Check a device" and the survey page in real Chromium: the same answers give the same rating, reasons and weak
 * points with JavaScript (live result), without it (plain GET form) and from the shared URL, in both languages; an
 * editor's change reaches the public questionnaire; every screen passes axe-core in both languages.
 */
class ChecklistBrowserIT extends BrowserTest {

    /** Answers to the seeded questions, in their order (14 questions, 41 points; 26 earned: 63/100, grade C). */
    private static final Map<String, String> ANSWERS = new LinkedHashMap<>();

    static {
        ANSWERS.put("default-password", "yes");
        ANSWERS.put("security-updates", "yes");
        ANSWERS.put("update-period", "no");
        ANSWERS.put("automatic-updates", "unknown");
        ANSWERS.put("vulnerability-reporting", "no");
        ANSWERS.put("encrypted-communications", "yes");
        ANSWERS.put("works-without-account", "no");
        ANSWERS.put("data-collected", "yes");
        ANSWERS.put("data-deletion", "unknown");
        ANSWERS.put("data-in-eu", "yes");
        ANSWERS.put("privacy-policy-in-french", "yes");
        ANSWERS.put("microphone-camera", "yes");
        ANSWERS.put("identified-maker", "yes");
        ANSWERS.put("disable-unused-features", "no");
    }

    private static final String QUERY = ANSWERS.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("&"));

    /** What a visitor reads of a result: the grade line, the reasons, the weak points (by key, in order), the strengths. */
    private record Outcome(String grade, String reasons, List<String> weakPoints, int strengths) {
    }

    private static Outcome outcome(Page on) {
        Locator result = on.locator("#checklist-result");
        assertThat(result).isVisible();
        return new Outcome(result.locator(".rating-words").innerText(), result.locator("#result-reasons").innerText(),
                weakKeys(on), result.locator("#strengths li").count());
    }

    /** Read through locators only: page.evaluate never returns in a context without JavaScript. */
    private static List<String> weakKeys(Page on) {
        return on.locator("#checklist-result .weak-point").all().stream().map(item -> item.getAttribute("data-key")).toList();
    }

    private static void answer(Page on) {
        ANSWERS.forEach((key, value) -> on.locator("input[name='" + key + "'][value='" + value + "']").check());
    }

    @ParameterizedTest
    @CsvSource({"fr-FR, /fr/verifier-un-objet, Note : C – moyen, Vérifier un objet connecté avant de l’acheter",
            "en-GB, /en/check-a-device, Grade: C – fair, Check a connected device before you buy it"})
    void theSameAnswersGiveTheSameResultWithAndWithoutJavaScriptAndFromTheSharedAddress(String locale, String path, String grade,
                                                                                        String heading) {
        String resultUrl = portal.baseUrl() + path + "?" + QUERY;

        // With JavaScript: the result appears as the visitor answers, without leaving the page.
        visitor(locale);
        page.navigate(portal.baseUrl() + path);
        assertThat(page.locator("h1")).hasText(heading);
        assertThat(page.locator("#checklist-form fieldset")).hasCount(ANSWERS.size());
        assertThat(accessibilityViolations(page)).as("form, " + locale).isEmpty();
        page.evaluate("window.__samePage = true");
        answer(page);
        assertThat(page).hasURL(resultUrl);
        assertThat(page.locator("#checklist-result .rating-words")).hasText(grade);
        assertThat(page.locator("#checklist-live")).containsText(grade.endsWith("moyen") ? "Note C" : "Grade C");
        assertThat(page.evaluate("window.__samePage === true")).as("the result was swapped in, not loaded").isEqualTo(true);
        assertThat(page.locator("#checklist-print")).isVisible();
        Outcome live = outcome(page);
        assertThat(accessibilityViolations(page)).as("live result, " + locale).isEmpty();

        // Without JavaScript: a plain form that opens the result page.
        Browser chromium = page.context().browser();
        BrowserContext noScript = chromium.newContext(new Browser.NewContextOptions().setLocale(locale).setJavaScriptEnabled(false));
        try {
            Page plain = noScript.newPage();
            plain.navigate(portal.baseUrl() + path);
            answer(plain);
            plain.locator("#checklist-submit").click();
            assertThat(plain).hasURL(resultUrl);
            assertThat(plain.locator("#checklist-print")).isHidden();
            Outcome withoutScript = outcome(plain);
            assertThat(withoutScript).isEqualTo(live);
            assertThat(plain.locator("#checklist-form input[name='update-period'][value='no']")).isChecked();

            // The address the result gives reproduces it for anybody.
            String shared = plain.locator("#share-link").getAttribute("href");
            assertThat(shared).isEqualTo(resultUrl);
            Page other = noScript.newPage();
            other.navigate(shared);
            assertThat(outcome(other)).isEqualTo(live);
        } finally {
            noScript.close();
        }
        // axe-core runs as a script, so the result page is checked in the visitor's own browser.
        page.navigate(resultUrl);
        assertThat(outcome(page)).isEqualTo(live);
        assertThat(accessibilityViolations(page)).as("result page, " + locale).isEmpty();

        // French puts a no-break space before the colon; the expected text is typed with a plain one.
        assertThat(live.grade().replace('\u00a0', ' ')).isEqualTo(grade);
        assertThat(live.reasons()).contains("26").contains("41").contains("63");
        assertThat(live.weakPoints()).containsExactly("update-period", "automatic-updates", "works-without-account",
                "data-deletion", "vulnerability-reporting", "disable-unused-features");
        assertThat(live.strengths()).isEqualTo(8);
    }

    @Test
    void aResultGivesAdviceForEachWeakPointAndLinksToGuides() {
        visitor("fr-FR");
        page.navigate(portal.baseUrl() + "/fr/verifier-un-objet?default-password=no&security-updates=unknown&bogus=1&data-in-eu=peut-etre");

        assertThat(page.locator("#checklist-result .rating-words")).hasText("Note : E – très faible");
        Locator password = page.locator(".weak-point[data-key='default-password']");
        assertThat(password).containsText("Votre réponse : non");
        assertThat(password).containsText("préférez un autre modèle");
        Locator updates = page.locator(".weak-point[data-key='security-updates']");
        assertThat(updates).containsText("Posez la question au vendeur");
        assertThat(updates).containsText("Si la réponse est non :");
        assertThat(page.locator("#result-unanswered")).containsText("12 question(s) sans réponse");
        assertThat(page.locator("#result-guides a").first()).isVisible();
        page.locator("#result-guides a").first().click();
        assertThat(page).hasURL(Pattern.compile("/fr/guides/"));
    }

    @Test
    void anEditorChangesAQuestionAndThePublicChecklistFollows() throws Exception {
        String key = "test-" + UUID.randomUUID().toString().substring(0, 6);
        visitor("fr-FR");
        page.navigate(portal.baseUrl() + "/fr/redaction/questionnaire");
        signInAtKeycloak("editor");
        assertThat(page).hasURL(portal.baseUrl() + "/fr/redaction/questionnaire");
        assertThat(page.locator("h1")).hasText("Questionnaire « Vérifier un objet »");
        assertThat(accessibilityViolations(page)).as("editor, French").isEmpty();
        try {
            button("Ajouter une question").click();
            button("Enregistrer la question").click();
            assertThat(page.locator("#key-error")).containsText("Indiquez une clé");
            assertThat(page.locator("#textFr-error")).containsText("Indiquez la question");
            assertThat(accessibilityViolations(page)).as("editor with errors, French").isEmpty();

            page.getByLabel(Pattern.compile("^Clé")).fill(key);
            page.locator("#weight").selectOption("1");
            page.locator("#textFr").fill("L’objet de test " + key + " est-il sûr ?");
            page.locator("#textEn").fill("Is the test device " + key + " safe?");
            page.locator("#adviceFr").fill("Conseil de test.");
            page.locator("#adviceEn").fill("Test advice.");
            button("Enregistrer la question").click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Question « " + key + " » ajoutée");

            Page visitorPage = anotherVisitor("fr-FR");
            try {
                visitorPage.navigate(portal.baseUrl() + "/fr/verifier-un-objet?" + key + "=yes");
                assertThat(visitorPage.locator("#question-" + key + " legend")).containsText("L’objet de test " + key);
                String before = visitorPage.locator("#result-reasons li").first().innerText();
                assertThat(before).startsWith("1 point sur");

                // The editor makes it essential and rewords it: the public page follows at once (revalidated, not stale).
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Modifier " + key)).click();
                page.locator("#weight").selectOption("5");
                page.locator("#textFr").fill("L’objet de test " + key + " est-il vraiment sûr ?");
                button("Enregistrer la question").click();
                assertThat(page.getByRole(AriaRole.STATUS)).containsText("Question « " + key + " » enregistrée");

                visitorPage.reload();
                assertThat(visitorPage.locator("#question-" + key + " legend")).containsText("est-il vraiment sûr");
                assertThat(visitorPage.locator("#result-reasons li").first()).hasText(Pattern.compile("^5 points sur"));

                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Monter " + key)).click();
                assertThat(page.getByRole(AriaRole.STATUS)).containsText("montée d’un rang");
                page.navigate(portal.baseUrl() + "/en/editorial/checklist");
                assertThat(page.locator("h1")).hasText("“Check a device” questionnaire");
                assertThat(page.locator("tr[data-key='" + key + "'] th")).containsText("Is the test device");
                assertThat(accessibilityViolations(page)).as("editor, English").isEmpty();

                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove " + key)).click();
                assertThat(page.locator("#remove-confirm")).containsText("Is the test device");
                assertThat(accessibilityViolations(page)).as("removal confirmation, English").isEmpty();
                button("Remove for good").click();
                assertThat(page.getByRole(AriaRole.STATUS)).containsText("Question “" + key + "” removed");
                assertThat(page.locator("tr[data-key='" + key + "']")).hasCount(0);

                visitorPage.reload();
                assertThat(visitorPage.locator("#question-" + key)).hasCount(0);
                assertThat(visitorPage.locator("#checklist-result")).hasCount(0);
            } finally {
                visitorPage.context().close();
            }
        } finally {
            try (Connection db = portal.database().connect();
                 PreparedStatement delete = db.prepareStatement("DELETE FROM checklist_question WHERE question_key = ?")) {
                delete.setString(1, key);
                delete.executeUpdate();
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"fr-FR, /fr/enquete, L’enquête de 2018 en chiffres, 76 %",
            "en-GB, /en/survey, The 2018 survey in figures, 76%"})
    void theSurveyPageShowsAChartWithItsTableAndPassesAxe(String locale, String path, String heading, String share) {
        visitor(locale);
        page.navigate(portal.baseUrl() + path);

        assertThat(page.locator("h1")).hasText(heading);
        assertThat(page.locator("#surveyChart canvas")).hasAttribute("role", "img");
        assertThat(page.locator("#surveyChart canvas")).hasAttribute("aria-label", Pattern.compile(".+"));
        assertThat(page.locator("#survey-table caption")).containsText(Pattern.compile(locale.startsWith("fr") ? "1\\s027" : "1,027"));
        assertThat(page.locator("#survey-table tbody tr")).hasCount(3);
        assertThat(page.locator("#survey-table tbody tr").first()).containsText(Pattern.compile(share.replace(" ", "\\s")));
        assertThat(accessibilityViolations(page)).as(path).isEmpty();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(locale.startsWith("fr")
                ? "Vérifier un objet avant de l’acheter" : "Check a device before you buy it")).first().click();
        assertThat(page).hasURL(Pattern.compile(locale.startsWith("fr") ? "/fr/verifier-un-objet$" : "/en/check-a-device$"));
    }

    @Test
    void theHomePageShowsTheSurveyChartAndLeadsToTheSurveyPage() {
        visitor("fr-FR");
        page.navigate(portal.baseUrl() + "/fr/");

        assertThat(page.locator("#survey-block canvas")).hasAttribute("role", "img");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tous les chiffres de l’enquête")).click();
        assertThat(page).hasURL(portal.baseUrl() + "/fr/enquete");
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
