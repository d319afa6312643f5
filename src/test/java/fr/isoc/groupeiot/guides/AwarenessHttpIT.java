package fr.isoc.groupeiot.guides;

import fr.isoc.groupeiot.testing.PortalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static fr.isoc.groupeiot.testing.PortalHttp.get;
import static fr.isoc.groupeiot.testing.PortalHttp.send;

/** The awareness pages over HTTP: survey and checklist answer 200 with revalidation headers, bad input is ignored, guides link up. */
class AwarenessHttpIT {

    private static PortalStack portal;

    @BeforeAll
    static void startPortal() {
        portal = PortalStack.get();
    }

    @ParameterizedTest
    @CsvSource({"/fr/enquete, fr", "/en/survey, en", "/fr/verifier-un-objet, fr", "/en/check-a-device, en",
            "/en/check-a-device?default-password=no&data-in-eu=yes, en"})
    void awarenessPagesAreSharedCacheableAndRevalidateWithA304(String path, String lang) throws Exception {
        HttpResponse<String> first = send(get(path).header("Cookie", "lang=" + lang));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains(" lang=\"" + lang + "\"><head").doesNotContain("???");
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, no-cache");
        assertThat(first.headers().firstValue("Last-Modified")).isPresent();
        assertThat(first.headers().allValues("Set-Cookie")).as("no session, no cookie").isEmpty();
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = send(get(path).header("Cookie", "lang=" + lang).header("If-None-Match", etag));
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void theSurveyPageGivesItsFiguresAsATableWithSourceAndSample() throws Exception {
        String french = send(get("/fr/enquete")).body();
        String english = send(get("/en/survey")).body();

        assertThat(french).contains("<caption>").containsPattern("1[\\u00a0\\u202f]027 adultes").containsPattern("76[\\u00a0\\u202f]%")
                .containsPattern("50[\\u00a0\\u202f]%").containsPattern("30[\\u00a0\\u202f]%").contains("OpinionWay")
                .contains("20,4 milliards").contains("role=\"img\"").contains("href=\"/fr/verifier-un-objet\"")
                .contains("href=\"/fr/guides\"");
        assertThat(english).contains("1,027 adults").contains("76%").contains("50%").contains("30%").contains("June 2018")
                .contains("20.4 billion").contains("2.5 times").contains("href=\"/en/check-a-device\"");
        assertThat(english).containsPattern("<th scope=\"row\">[^<]*label[^<]*</th>\\s*<td>all adults surveyed</td>");
    }

    @Test
    void theSameAnswersInAnotherOrderAreTheSameResultAndCacheEntry() throws Exception {
        HttpResponse<String> one = send(get("/fr/verifier-un-objet?default-password=yes&security-updates=no"));
        HttpResponse<String> other = send(get("/fr/verifier-un-objet?security-updates=no&default-password=yes"));

        assertThat(one.body()).contains("id=\"checklist-result\"")
                .contains("href=\"" + portal.baseUrl() + "/fr/verifier-un-objet?default-password=yes&amp;security-updates=no\"");
        assertThat(other.headers().firstValue("ETag")).isEqualTo(one.headers().firstValue("ETag"));
        assertThat(one.body()).contains("<meta name=\"robots\" content=\"noindex, nofollow\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/fr/verifier-un-objet?default-password=peut-etre&nothing=yes&security-updates=",
            "/fr/verifier-un-objet?default-password=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "/fr/verifier-un-objet?page=2&q=test&default-password"})
    void unknownOrInvalidAnswersAreIgnoredNeverAnError(String path) throws Exception {
        HttpResponse<String> response = send(get(path));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("id=\"checklist-result\"").doesNotContain("<script>alert")
                .contains("id=\"checklist-form\"");
        assertThat(response.headers().firstValue("ETag")).isEqualTo(send(get("/fr/verifier-un-objet")).headers().firstValue("ETag"));
    }

    @Test
    void theChecklistIsAPlainGetFormWithEveryQuestionInBothLanguages() throws Exception {
        String french = send(get("/fr/verifier-un-objet")).body();
        String english = send(get("/en/check-a-device")).body();

        assertThat(french).contains("<form method=\"get\" action=\"/fr/verifier-un-objet\"").doesNotContain("jakarta.faces.ViewState");
        assertThat(french.split("<fieldset", -1)).hasSizeGreaterThanOrEqualTo(15);
        assertThat(french).contains("name=\"default-password\" value=\"unknown\"").contains("Je ne sais pas");
        assertThat(english).contains("<form method=\"get\" action=\"/en/check-a-device\"")
                .contains("Is the original password unique to each device").contains("I don’t know");
    }

    @Test
    void guidesLinkToRelatedGuidesByTagAndToTheChecklist() throws Exception {
        // "Choosing" shares "security" with "Securing…" and "privacy" with "What data…".
        String choosing = send(get("/en/guides/choosing-a-connected-object")).body();
        assertThat(choosing).contains("Guides on the same topics")
                .contains("href=\"/en/guides/securing-your-devices-at-home\"")
                .contains("href=\"/en/guides/what-data-your-devices-collect\"")
                .contains("href=\"/en/check-a-device\"").contains("href=\"/en/survey\"");

        String securing = send(get("/fr/guides/securiser-ses-objets-a-la-maison")).body();
        assertThat(securing).contains("href=\"/fr/guides/bien-choisir-un-objet-connecte\"")
                .doesNotContain("href=\"/fr/guides/securiser-ses-objets-a-la-maison\"")
                .contains("href=\"/fr/verifier-un-objet\"");
    }

    @Test
    void theHomePageShowsTheSurveyBlockOnce() throws Exception {
        String french = send(get("/fr/")).body();

        assertThat(french).contains("id=\"survey-block\"").contains("href=\"/fr/enquete\"");
        assertThat(french.split("home-why-risk|des adultes interrogés estiment", -1)).hasSize(2);
    }
}
