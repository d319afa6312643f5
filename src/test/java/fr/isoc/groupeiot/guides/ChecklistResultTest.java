package fr.isoc.groupeiot.guides;

import fr.isoc.groupeiot.guides.ChecklistResult.Rating;
import fr.isoc.groupeiot.platform.i18n.Language;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The rating of a device from a shopper's answers: points, grades, the essential-question cap, weak points' order. */
class ChecklistResultTest {

    /** Weights 5, 5, 4, 3, 3, 2, 2, 1: 25 points in all. */
    private static final List<ChecklistQuestion> QUESTIONS = List.of(
            question("default-password", 1, 5),
            question("security-updates", 2, 5),
            question("encrypted", 3, 4),
            question("works-offline", 4, 3),
            question("data-deletion", 5, 3),
            question("reporting", 6, 2),
            question("maker", 7, 2),
            question("features", 8, 1));

    private static ChecklistQuestion question(String key, int position, int weight) {
        ChecklistQuestionFields fields = ChecklistQuestionFields.of(key, weight, "Question " + key + " ?", "Question " + key + "?",
                "Conseil " + key, "Advice " + key);
        return ChecklistQuestion.create(fields, position, Instant.EPOCH);
    }

    private static ChecklistAnswers answers(Object... keyAnswers) {
        Map<String, Answer> map = new LinkedHashMap<>();
        for (int i = 0; i < keyAnswers.length; i += 2) {
            map.put((String) keyAnswers[i], (Answer) keyAnswers[i + 1]);
        }
        return ChecklistAnswers.of(map);
    }

    private static ChecklistAnswers all(Answer answer) {
        List<Object> pairs = new ArrayList<>();
        QUESTIONS.forEach(q -> {
            pairs.add(q.getKey());
            pairs.add(answer);
        });
        return answers(pairs.toArray());
    }

    @Test
    void allYesIsAPerfectA() {
        ChecklistResult result = ChecklistResult.of(QUESTIONS, all(Answer.YES));

        assertThat(result.getPoints()).isEqualTo(25);
        assertThat(result.getMaximum()).isEqualTo(25);
        assertThat(result.getScore()).isEqualTo(100);
        assertThat(result.getRating()).isEqualTo(Rating.A);
        assertThat(result.getWeakPoints()).isEmpty();
        assertThat(result.getStrengths()).hasSize(8);
        assertThat(result.isCapped()).isFalse();
    }

    @Test
    void allNoAndAllDontKnowAreBothAnE() {
        assertThat(ChecklistResult.of(QUESTIONS, all(Answer.NO)).getRating()).isEqualTo(Rating.E);
        ChecklistResult unknown = ChecklistResult.of(QUESTIONS, all(Answer.UNKNOWN));
        assertThat(unknown.getRating()).isEqualTo(Rating.E);
        assertThat(unknown.getScore()).isZero();
        assertThat(unknown.getWeakPoints()).hasSize(8).allMatch(ChecklistResult.Point::isUncertain);
        assertThat(unknown.isCapped()).as("no 'no' to an essential question").isFalse();
    }

    @Test
    void gradesFollowTheThresholds() {
        // 20/25 = 80 (B): "encrypted" (4) and "features" (1) are not yes.
        ChecklistResult b = ChecklistResult.of(QUESTIONS, answers("default-password", Answer.YES, "security-updates", Answer.YES,
                "encrypted", Answer.NO, "works-offline", Answer.YES, "data-deletion", Answer.YES, "reporting", Answer.YES,
                "maker", Answer.YES, "features", Answer.NO));
        assertThat(b.getScore()).isEqualTo(80);
        assertThat(b.getRating()).isEqualTo(Rating.B);

        // 22/25 = 88 (A): "maker" (2) and "features" (1) missing.
        ChecklistResult a = ChecklistResult.of(QUESTIONS, answers("default-password", Answer.YES, "security-updates", Answer.YES,
                "encrypted", Answer.YES, "works-offline", Answer.YES, "data-deletion", Answer.YES, "reporting", Answer.YES,
                "maker", Answer.NO));
        assertThat(a.getScore()).isEqualTo(88);
        assertThat(a.getRating()).isEqualTo(Rating.A);
        assertThat(a.getUnanswered()).isEqualTo(1);

        // 13/25 = 52 (C), 8/25 = 32 (D), 7/25 = 28 (E).
        assertThat(ChecklistResult.of(QUESTIONS, answers("default-password", Answer.YES, "security-updates", Answer.YES,
                "works-offline", Answer.YES)).getRating()).isEqualTo(Rating.C);
        assertThat(ChecklistResult.of(QUESTIONS, answers("default-password", Answer.YES, "works-offline", Answer.YES)).getRating())
                .isEqualTo(Rating.D);
        assertThat(ChecklistResult.of(QUESTIONS, answers("default-password", Answer.YES, "reporting", Answer.YES)).getRating())
                .isEqualTo(Rating.E);
    }

    @Test
    void aNoToAnEssentialQuestionCapsTheGradeAtC() {
        // 20/25 = 80 would be a B, but the default password cannot be changed.
        ChecklistResult result = ChecklistResult.of(QUESTIONS, answers("default-password", Answer.NO, "security-updates", Answer.YES,
                "encrypted", Answer.YES, "works-offline", Answer.YES, "data-deletion", Answer.YES, "reporting", Answer.YES,
                "maker", Answer.YES, "features", Answer.YES));

        assertThat(result.getScore()).isEqualTo(80);
        assertThat(result.getRating()).isEqualTo(Rating.C);
        assertThat(result.isCapped()).isTrue();
    }

    @Test
    void theCapNeverRaisesAGrade() {
        ChecklistResult result = ChecklistResult.of(QUESTIONS, answers("default-password", Answer.NO, "features", Answer.YES));

        assertThat(result.getRating()).isEqualTo(Rating.E);
        assertThat(result.isCapped()).isFalse();
    }

    @Test
    void dontKnowToAnEssentialQuestionIsAWeakPointButNoCap() {
        ChecklistResult result = ChecklistResult.of(QUESTIONS, answers("default-password", Answer.UNKNOWN, "security-updates", Answer.YES,
                "encrypted", Answer.YES, "works-offline", Answer.YES, "data-deletion", Answer.YES, "reporting", Answer.YES,
                "maker", Answer.YES, "features", Answer.YES));

        assertThat(result.getRating()).isEqualTo(Rating.B);
        assertThat(result.isCapped()).isFalse();
        assertThat(result.getWeakPoints()).singleElement().satisfies(point -> {
            assertThat(point.question().getKey()).isEqualTo("default-password");
            assertThat(point.isUncertain()).isTrue();
            assertThat(point.getAnswerCode()).isEqualTo("unknown");
        });
    }

    @Test
    void weakPointsComeWeightiestFirstThenInQuestionOrderAndUnansweredOnesCount() {
        ChecklistResult result = ChecklistResult.of(QUESTIONS, answers("features", Answer.NO, "maker", Answer.UNKNOWN,
                "works-offline", Answer.NO, "default-password", Answer.YES));

        assertThat(result.getWeakPoints()).extracting(p -> p.question().getKey())
                .containsExactly("security-updates", "encrypted", "works-offline", "data-deletion", "reporting", "maker", "features");
        assertThat(result.getUnanswered()).isEqualTo(4);
        assertThat(result.getWeakPoints().get(0).isUnanswered()).isTrue();
        assertThat(result.getWeakPoints().get(0).getAnswerCode()).isEqualTo("unanswered");
        assertThat(result.getStrengths()).extracting(p -> p.question().getKey()).containsExactly("default-password");
    }

    @Test
    void answersToOtherQuestionsDoNotCount() {
        ChecklistResult result = ChecklistResult.of(QUESTIONS.subList(0, 2), all(Answer.YES));

        assertThat(result.getMaximum()).isEqualTo(10);
        assertThat(result.getStrengths()).hasSize(2);
    }

    @Test
    void anEditorsNewWeightChangesTheScore() {
        ChecklistQuestion features = QUESTIONS.get(7);
        ChecklistAnswers onlyFeatures = answers("features", Answer.YES);
        int before = ChecklistResult.of(QUESTIONS, onlyFeatures).getPoints();
        ChecklistQuestionFields heavier = ChecklistQuestionFields.of(features);
        heavier.setWeight(5);
        List<ChecklistQuestion> changed = new ArrayList<>(QUESTIONS.subList(0, 7));
        ChecklistQuestion reweighted = question("features", 8, 1);
        reweighted.apply(heavier, Instant.EPOCH);
        changed.add(reweighted);

        ChecklistResult after = ChecklistResult.of(changed, onlyFeatures);

        assertThat(before).isEqualTo(1);
        assertThat(after.getPoints()).isEqualTo(5);
        assertThat(after.getMaximum()).isEqualTo(29);
        assertThat(reweighted.isEssential()).isTrue();
    }

    @Test
    void aQuestionSpeaksBothLanguagesAndKeepsItsKey() {
        ChecklistQuestion question = QUESTIONS.get(0);
        assertThat(question.text(Language.FRENCH)).isEqualTo("Question default-password ?");
        assertThat(question.text(Language.ENGLISH)).isEqualTo("Question default-password?");
        assertThat(question.advice(Language.ENGLISH)).isEqualTo("Advice default-password");

        ChecklistQuestionFields renamed = ChecklistQuestionFields.of(question);
        renamed.setKey("something-else");
        renamed.setGuideTagFr("  Vie Privée ");
        ChecklistQuestion copy = question("default-password", 1, 5);
        copy.apply(renamed, Instant.EPOCH);
        assertThat(copy.getKey()).isEqualTo("default-password");
        assertThat(copy.guideTag(Language.FRENCH)).isEqualTo("vie privée");
        assertThat(copy.guideTag(Language.ENGLISH)).isNull();
    }
}
