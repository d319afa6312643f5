package fr.isoc.groupeiot.guides;

import java.util.Comparator;
import java.util.List;

/**
 * The rating of a device from a shopper's answers, computed once, on the server, for the plain form and for the
 * enhanced page alike. Each question is worth its weight when answered "yes", nothing otherwise: "no", "don't know"
 * and no answer are weak points. The score is the share of the possible points (0–100, rounded down), graded A to E;
 * a "no" to an essential question (weight {@value ChecklistQuestion#MAX_WEIGHT}) caps the grade at
 * {@link Rating#C}, as no other strength makes up for, say, a password nobody can change.
 */
public final class ChecklistResult {

    /** The grades, best first, with the lowest score each needs. */
    public enum Rating {
        A(85), B(70), C(50), D(30), E(0);

        private final int minimumScore;

        Rating(int minimumScore) {
            this.minimumScore = minimumScore;
        }

        public int minimumScore() {
            return minimumScore;
        }

        static Rating forScore(int score) {
            for (Rating rating : values()) {
                if (score >= rating.minimumScore) {
                    return rating;
                }
            }
            return E;
        }
    }

    /** The best grade a device can get with a "no" to an essential question. */
    public static final Rating ESSENTIAL_CAP = Rating.C;

    /** A question with its answer; a null answer means the shopper did not answer it. */
    public record Point(ChecklistQuestion question, Answer answer) {

        public boolean isStrength() {
            return answer == Answer.YES;
        }

        /** "Don't know" or no answer: the advice is to ask the seller first. */
        public boolean isUncertain() {
            return answer == null || answer == Answer.UNKNOWN;
        }

        public boolean isUnanswered() {
            return answer == null;
        }

        /** The answer as its URL code, "unanswered" when there is none (for bundle keys). */
        public String getAnswerCode() {
            return answer == null ? "unanswered" : answer.code();
        }
    }

    private final int points;
    private final int maximum;
    private final int score;
    private final Rating rating;
    private final boolean capped;
    private final int unanswered;
    private final List<Point> strengths;
    private final List<Point> weakPoints;

    private ChecklistResult(int points, int maximum, int score, Rating rating, boolean capped, int unanswered,
                            List<Point> strengths, List<Point> weakPoints) {
        this.points = points;
        this.maximum = maximum;
        this.score = score;
        this.rating = rating;
        this.capped = capped;
        this.unanswered = unanswered;
        this.strengths = strengths;
        this.weakPoints = weakPoints;
    }

    /** The result of {@code answers} to {@code questions} (in their order); answers to other keys do not count. */
    public static ChecklistResult of(List<ChecklistQuestion> questions, ChecklistAnswers answers) {
        List<Point> all = questions.stream()
                .map(q -> new Point(q, answers.of(q.getKey()).orElse(null)))
                .toList();
        int maximum = questions.stream().mapToInt(ChecklistQuestion::getWeight).sum();
        int points = all.stream().filter(Point::isStrength).mapToInt(p -> p.question().getWeight()).sum();
        int score = maximum == 0 ? 0 : points * 100 / maximum;
        Rating rating = Rating.forScore(score);
        boolean essentialNo = all.stream().anyMatch(p -> p.answer() == Answer.NO && p.question().isEssential());
        boolean capped = essentialNo && rating.compareTo(ESSENTIAL_CAP) < 0;
        if (capped) {
            rating = ESSENTIAL_CAP;
        }
        // The weightiest weak points first: what to look at before anything else.
        List<Point> weak = all.stream()
                .filter(p -> !p.isStrength())
                .sorted(Comparator.comparingInt((Point p) -> -p.question().getWeight())
                        .thenComparingInt(p -> p.question().getPosition()))
                .toList();
        List<Point> strong = all.stream().filter(Point::isStrength).toList();
        int unanswered = (int) all.stream().filter(Point::isUnanswered).count();
        return new ChecklistResult(points, maximum, score, rating, capped, unanswered, strong, weak);
    }

    public int getPoints() {
        return points;
    }

    public int getMaximum() {
        return maximum;
    }

    /** Share of the possible points, 0–100, rounded down. */
    public int getScore() {
        return score;
    }

    public Rating getRating() {
        return rating;
    }

    /** True when a "no" to an essential question lowered the grade the score alone would give. */
    public boolean isCapped() {
        return capped;
    }

    public int getUnanswered() {
        return unanswered;
    }

    public List<Point> getStrengths() {
        return strengths;
    }

    public List<Point> getWeakPoints() {
        return weakPoints;
    }
}
