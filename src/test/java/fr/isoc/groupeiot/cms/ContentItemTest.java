package fr.isoc.groupeiot.cms;

import fr.isoc.groupeiot.platform.i18n.Language;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContentItemTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private static ContentItem draftBy(String author) {
        return ContentItem.draft(ContentType.GUIDE, Language.FRENCH, null,
                ContentFields.of("Sécuriser ses objets à la maison", "", "Résumé",
                        "<h1>Titre</h1><p onclick=\"x()\">Texte<script>alert(1)</script></p>", null, " Mots de passe, mises à jour,mots de passe "),
                author, NOW);
    }

    @Test
    void storesASanitizedBodyASlugFromTheTitleAndNormalisedTags() {
        ContentItem item = draftBy("alice");

        assertThat(item.getSlug()).isEqualTo("securiser-ses-objets-a-la-maison");
        assertThat(item.getBodyHtml()).doesNotContain("script").doesNotContain("onclick").contains("<h2>Titre</h2>");
        assertThat(item.getBodyText()).contains("Texte");
        assertThat(item.getTagList()).containsExactly("mots de passe", "mises à jour");
        assertThat(item.getStatus()).isEqualTo(ContentStatus.DRAFT);
        assertThat(item.isPublic()).isFalse();
    }

    @Test
    void nobodyPublishesTheirOwnFirstDraftButAnAdmin() {
        ContentItem item = draftBy("alice");
        item.submitForReview(NOW);

        assertThatThrownBy(() -> item.publish("alice", false, NOW)).isInstanceOf(WorkflowException.class);
        assertThat(item.mayBePublishedBy("bob", false)).isTrue();
        item.publish("bob", false, NOW);
        assertThat(item.isPublic()).isTrue();
        assertThat(item.getPublishedAt()).isEqualTo(NOW);

        ContentItem admins = draftBy("root");
        admins.publish("root", true, NOW);
        assertThat(admins.isPublic()).isTrue();
    }

    @Test
    void aScheduledItemGoesPublicWhenItsTimeComesAndNotBefore() {
        ContentItem item = draftBy("alice");
        Instant at = NOW.plus(Duration.ofHours(2));
        item.schedule(at, "bob", false, NOW);

        assertThat(item.publishIfDue(at.minusSeconds(1))).isFalse();
        assertThat(item.isPublic()).isFalse();
        assertThat(item.publishIfDue(at.plusSeconds(30))).isTrue();
        assertThat(item.isPublic()).isTrue();
        assertThat(item.getPublishedAt()).as("dated when it was due, not when the scheduler ran").isEqualTo(at);
    }

    @Test
    void refusesStepsItsStateDoesNotAllow() {
        ContentItem item = draftBy("alice");

        assertThatThrownBy(() -> item.archive(NOW)).isInstanceOf(WorkflowException.class);
        item.submitForReview(NOW);
        assertThatThrownBy(() -> item.submitForReview(NOW)).isInstanceOf(WorkflowException.class);
        item.publish("bob", false, NOW);
        assertThatThrownBy(() -> item.publish("bob", false, NOW)).isInstanceOf(WorkflowException.class);
        item.archive(NOW);
        assertThat(item.isPublic()).isFalse();
        item.backToDraft(NOW);
        assertThat(item.mayBePublishedBy("alice", false)).as("published once already").isTrue();
    }

    @Test
    void anEmbargoedItemIsPublishedButHiddenUntilTheEmbargoEndsAndItsDateIsTheEnd() {
        ContentItem item = draftBy("alice");
        Instant end = NOW.plus(Duration.ofHours(2));
        item.embargo(end, NOW);
        item.publish("bob", false, NOW.plusSeconds(60));

        assertThat(item.getStatus()).isEqualTo(ContentStatus.PUBLISHED);
        assertThat(item.getPublishedAt()).as("the date line's date").isEqualTo(end);
        assertThat(item.isPublicAt(end.minusSeconds(1))).isFalse();
        assertThat(item.isUnderEmbargoAt(end.minusSeconds(1))).isTrue();
        assertThat(item.isPublicAt(end)).as("to the second").isTrue();

        Instant later = NOW.plusSeconds(600);
        item.embargo(NOW.plus(Duration.ofDays(1)), later);
        assertThat(item.getPublishedAt()).as("a moved embargo moves the date").isEqualTo(NOW.plus(Duration.ofDays(1)));
        item.embargo(null, later);
        assertThat(item.isPublicAt(later)).as("lifted: public at once").isTrue();
        assertThat(item.getPublishedAt()).isEqualTo(later);
        assertThatThrownBy(() -> item.embargo(later.plusSeconds(3600), later.plusSeconds(1)))
                .as("what the public has seen cannot be hidden again").isInstanceOf(WorkflowException.class);
    }
}
