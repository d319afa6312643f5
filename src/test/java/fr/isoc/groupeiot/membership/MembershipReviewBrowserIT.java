package fr.isoc.groupeiot.membership;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import fr.isoc.groupeiot.testing.BrowserTest;
import fr.isoc.groupeiot.testing.IntegrationTestSession;
import fr.isoc.groupeiot.testing.KeycloakUsers;
import fr.isoc.groupeiot.testing.MailSink;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.isoc.groupeiot.testing.Browser.accessibilityViolations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The admins' review of confirmed applications, in the browser: rejection with a reason, a question and the
 * applicant's answer, approval while Keycloak is unreachable, an existing account linked, college changes; and the
 * accessibility of every review page in both languages. Applications are seeded in PostgreSQL (CI's database).
 */
class MembershipReviewBrowserIT extends BrowserTest {

    private static final Duration MAIL_TIMEOUT = Duration.ofSeconds(30);

    @BeforeEach
    void needsTheStacksPostgres() {
        assumeTrue(portal.database().isPostgres(), "applications are seeded with SQL in the stack's PostgreSQL");
    }

    @Test
    void rejectsWithAReasonMailedInTheApplicantsLanguageAndLogsIt() throws Exception {
        String email = "reject." + UUID.randomUUID() + "@groupe-iot.test";
        long id = ApplicationSeed.awaitingReview(portal.database(), email, "Oliver", "Rejected-" + id(email), "industry", "en");
        signInAsAdmin("fr-FR", "/fr/admin/adhesions/dossier?id=" + id);
        assertThat(page.locator("h1")).containsText("Oliver Rejected-" + id(email));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Refuser la demande")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
        assertThat(accessibilityViolations(page)).as("the rejection form with its error").isEmpty();

        page.getByLabel("Motif du refus").selectOption("WRONG_COLLEGE");
        page.getByLabel("Commentaire (facultatif)").fill("Your company would belong in the industry college <b>already</b>.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Refuser la demande")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("La demande est refusée");
        // A decided application offers no more decisions.
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accepter la demande"))).hasCount(0);

        MimeMessage mail = IntegrationTestSession.mail().awaitInbox(email, 1, MAIL_TIMEOUT).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Your membership application");
        assertThat(MailSink.text(mail)).contains("The college you chose does not match your situation")
                .contains("Your company would belong in the industry college <b>already</b>.");
        String html = ((jakarta.mail.Multipart) mail.getContent()).getBodyPart(1).getContent().toString();
        assertThat(html).as("the admin's words are escaped in HTML").contains("&lt;b&gt;already&lt;/b&gt;");

        page.navigate(portal.baseUrl() + "/fr/admin/decisions");
        assertThat(page.locator("table")).containsText("Demande refusée");
        assertThat(accessibilityViolations(page)).as("decision log").isEmpty();
    }

    @Test
    void asksForMoreInformationAndTheAnswerBringsTheApplicationBack() throws Exception {
        String email = "question." + UUID.randomUUID() + "@groupe-iot.test";
        long id = ApplicationSeed.awaitingReview(portal.database(), email, "Inès", "Question-" + id(email), "academia", "fr");
        signInAsAdmin("en-GB", "/en/admin/applications/file?id=" + id);
        page.getByLabel("Your question").fill("Which laboratory do you work in, and on which devices?");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the question")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your question has been e-mailed");

        MimeMessage mail = IntegrationTestSession.mail().awaitInbox(email, 1, MAIL_TIMEOUT).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Une question sur votre demande d’adhésion");
        String text = MailSink.text(mail);
        assertThat(text).contains("Which laboratory do you work in");
        Matcher link = Pattern.compile(Pattern.quote(portal.baseUrl() + "/fr/adherer/complement") + "\\?token=[A-Za-z0-9_-]{43}").matcher(text);
        assertThat(link.find()).as(text).isTrue();

        Page applicant = anotherVisitor("fr-FR");
        try {
            applicant.navigate(link.group());
            assertThat(applicant.locator("blockquote")).containsText("Which laboratory do you work in");
            assertThat(accessibilityViolations(applicant)).as("answer page").isEmpty();
            applicant.getByLabel("Votre réponse").fill("Le laboratoire LIS, sur les caméras et les assistants vocaux.");
            applicant.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer ma réponse")).click();
            assertThat(applicant.getByRole(AriaRole.STATUS)).containsText("Merci, votre réponse a bien été envoyée.");
            applicant.navigate(link.group());
            assertThat(applicant.locator("main")).containsText("Ce lien n’est pas valable");
        } finally {
            applicant.context().close();
        }

        page.navigate(portal.baseUrl() + "/en/admin/applications/file?id=" + id);
        assertThat(page.locator("main")).containsText("Le laboratoire LIS, sur les caméras et les assistants vocaux.");
        assertThat(page.locator("main")).containsText("Awaiting review");
        assertThat(accessibilityViolations(page)).as("application with question and answer").isEmpty();
    }

    @Test
    void approvalWhileKeycloakIsDownIsRetriedAndMakesExactlyOneAccount() throws Exception {
        String email = "outage." + UUID.randomUUID() + "@groupe-iot.test";
        long id = ApplicationSeed.awaitingReview(portal.database(), email, "Noé", "Outage-" + id(email), "civil-society", "fr");
        signInAsAdmin("fr-FR", "/fr/admin/adhesions/dossier?id=" + id);
        // A second admin has the same application open.
        Page other = anotherVisitor("fr-FR");
        try {
            other.navigate(portal.baseUrl() + "/fr/admin/adhesions/dossier?id=" + id);
            signInAtKeycloak(other, "admin", "dev-admin");
            assertThat(other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accepter la demande"))).isVisible();

            portal.keycloakAdminRoute().cut();
            try {
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accepter la demande")).click();
                assertThat(page.getByRole(AriaRole.STATUS)).containsText("La demande est acceptée");
                String memberId = ApplicationSeed.value(portal.database(), "SELECT id FROM member WHERE application_id = ?", id);
                awaitValue(() -> sql("SELECT last_error FROM account_task WHERE member_id = ?", Long.parseLong(memberId)),
                        "the failed attempt is recorded");
                assertThat(sql("SELECT status FROM account_task WHERE member_id = ?", Long.parseLong(memberId))).isEqualTo("PENDING");
                page.navigate(portal.baseUrl() + "/fr/admin/adhesions");
                assertThat(page.locator("main")).containsText("attendent d’être créés");

                other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accepter la demande")).click();
                assertThat(other.getByRole(AriaRole.ALERT)).containsText("déjà été traitée");
            } finally {
                portal.keycloakAdminRoute().restore();
            }

            String memberId = ApplicationSeed.value(portal.database(), "SELECT id FROM member WHERE application_id = ?", id);
            awaitValue(() -> "DONE".equals(sql("SELECT status FROM account_task WHERE member_id = ?", Long.parseLong(memberId))) ? "done" : null,
                    "the account is made once Keycloak is back");
            try (KeycloakUsers keycloak = new KeycloakUsers(portal.keycloakUrl())) {
                assertThat(keycloak.withEmail(email)).hasSize(1);
            }
            assertThat(sql("SELECT COUNT(*) FROM member WHERE email = ?", email)).isEqualTo("1");
            // The welcome e-mail and Keycloak's "set your password" e-mail, each once.
            List<MimeMessage> inbox = IntegrationTestSession.mail().awaitInbox(email, 2, MAIL_TIMEOUT);
            Thread.sleep(3000);
            assertThat(IntegrationTestSession.mail().awaitInbox(email, 2, MAIL_TIMEOUT)).hasSameSizeAs(inbox);
        } finally {
            other.context().close();
        }
    }

    @Test
    void anExistingKeycloakAccountIsLinkedNotDuplicated() throws Exception {
        String email = "existing." + UUID.randomUUID() + "@groupe-iot.test";
        String accountId;
        try (KeycloakUsers keycloak = new KeycloakUsers(portal.keycloakUrl())) {
            accountId = keycloak.create(email, "Existing-" + UUID.randomUUID());
        }
        long id = ApplicationSeed.awaitingReview(portal.database(), email, "Déjà", "Inscrite-" + id(email), "academia", "fr");
        signInAsAdmin("fr-FR", "/fr/admin/adhesions/dossier?id=" + id);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accepter la demande")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("La demande est acceptée");

        awaitValue(() -> accountId.equals(sql("SELECT keycloak_user_id FROM member WHERE email = ?", email)) ? "linked" : null,
                "the member is linked to the account that existed");
        try (KeycloakUsers keycloak = new KeycloakUsers(portal.keycloakUrl())) {
            assertThat(keycloak.withEmail(email)).extracting(u -> u.getId()).containsExactly(accountId);
            assertThat(keycloak.realmRoles(accountId)).contains("member");
        }
        awaitValue(() -> "DONE".equals(sql("SELECT status FROM account_task WHERE member_id = (SELECT id FROM member WHERE email = ?)", email)) ? "done" : null,
                "the task is done");
        assertThat(sql("SELECT password_mail_sent FROM account_task WHERE member_id = (SELECT id FROM member WHERE email = ?)", email))
                .as("an account with a password needs no password e-mail").isEqualTo("f");
        page.reload();
        assertThat(accessibilityViolations(page)).as("an approved application").isEmpty();
    }

    @Test
    void aMembersCollegeChangeIsConfirmedByAnAdmin() throws Exception {
        // The demo member behind the "member2" account (academia), linked by its address on first sign-in.
        visitor("en-GB");
        page.navigate(portal.baseUrl() + "/en/my-account/profile");
        signInAtKeycloak("member2");
        assertThat(page).hasURL(portal.baseUrl() + "/en/my-account/profile");
        page.locator("select#college").selectOption("technical-community");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your request to change college");
        assertThat(accessibilityViolations(page)).as("profile with a pending request").isEmpty();
        page.context().close();

        signInAsAdmin("fr-FR", "/fr/admin/changements-de-college");
        assertThat(accessibilityViolations(page)).as("college change requests").isEmpty();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accepter la demande de Sam Second")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Le changement de collège est accepté");
        assertThat(sql("SELECT college_code FROM member WHERE email = ?", "member2@groupe-iot.test")).isEqualTo("technical-community");
        MimeMessage mail = IntegrationTestSession.mail().awaitInbox("member2@groupe-iot.test", 1, MAIL_TIMEOUT).getLast();
        assertThat(mail.getSubject()).isEqualTo("Your change of college is accepted");
        assertThat(MailSink.text(mail)).contains("“Technical community”");
    }

    @Test
    void reviewPagesPassAxeInBothLanguages() {
        for (String[] language : new String[][]{{"fr-FR", "/fr/admin/"}, {"en-GB", "/en/admin/"}}) {
            visitor(language[0]);
            page.navigate(portal.baseUrl() + language[1]);
            signInAtKeycloak("admin");
            // Back from Keycloak before going on: a navigation during the callback would cut the sign-in short.
            assertThat(page).hasURL(portal.baseUrl() + language[1]);
            for (String path : language[1].startsWith("/fr")
                    ? List.of("adhesions", "adhesions?college=industry&kind=ORGANISATION&age=7", "decisions", "chiffres-adhesion", "changements-de-college")
                    : List.of("applications", "applications?college=industry&kind=ORGANISATION&age=7", "decisions", "membership-figures", "college-changes")) {
                Response response = page.navigate(portal.baseUrl() + language[1] + path);
                assertThat(response.status()).as(path).isEqualTo(200);
                assertThat(accessibilityViolations(page)).as(language[1] + path).isEmpty();
            }
            page.navigate(portal.baseUrl() + language[1] + (language[1].startsWith("/fr") ? "chiffres-adhesion" : "membership-figures"));
            assertThat(page.locator("canvas[role=img]")).hasCount(2);
            assertThat(page.locator("table")).hasCount(2);
            for (String unknown : List.of("abc", "999999999", "")) {
                String file = language[1].startsWith("/fr") ? "adhesions/dossier?id=" : "applications/file?id=";
                assertThat(page.navigate(portal.baseUrl() + language[1] + file + unknown).status()).as(unknown).isEqualTo(404);
            }
            page.context().close();
        }
    }

    private void signInAsAdmin(String locale, String path) {
        visitor(locale);
        page.navigate(portal.baseUrl() + path);
        signInAtKeycloak("admin");
        assertThat(page).hasURL(portal.baseUrl() + path);
    }

    private static String id(String email) {
        return email.substring(email.indexOf('.') + 1, email.indexOf('.') + 7);
    }

    private static String sql(String query, Object parameter) {
        try {
            return ApplicationSeed.value(portal.database(), query, parameter);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitValue(Supplier<String> value, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (value.get() == null) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            Thread.sleep(250);
        }
    }
}
