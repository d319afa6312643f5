package fr.isoc.groupeiot.guides;

import fr.isoc.groupeiot.platform.i18n.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;

import static fr.isoc.groupeiot.platform.persistence.Columns.blankToNull;
import static fr.isoc.groupeiot.platform.persistence.Columns.utc;

/**
 * One question of the "check a device before you buy" questionnaire, in both languages: what to check, a hint, how
 * much it counts, and what to do when the answer is not "yes". Its key is the URL parameter of shared results, so it
 * never changes.
 */
@Entity
@Table(name = "checklist_question")
public class ChecklistQuestion {

    public static final int MIN_WEIGHT = 1;
    /** An essential question: a "no" to it caps the rating (see {@link ChecklistResult}). */
    public static final int MAX_WEIGHT = 5;

    @Id
    @SequenceGenerator(name = "checklist_question_seq", sequenceName = "checklist_question_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "checklist_question_seq")
    private Long id;

    @Column(name = "question_key", nullable = false, length = 40, updatable = false)
    private String key;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false)
    private int weight;
    @Column(name = "text_fr", nullable = false, length = 300)
    private String textFr;
    @Column(name = "text_en", nullable = false, length = 300)
    private String textEn;
    @Column(name = "help_fr", length = 600)
    private String helpFr;
    @Column(name = "help_en", length = 600)
    private String helpEn;
    @Column(name = "advice_fr", nullable = false, length = 1000)
    private String adviceFr;
    @Column(name = "advice_en", nullable = false, length = 1000)
    private String adviceEn;
    @Column(name = "guide_tag_fr", length = 60)
    private String guideTagFr;
    @Column(name = "guide_tag_en", length = 60)
    private String guideTagEn;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private int version;

    protected ChecklistQuestion() {
    }

    /** A new question at {@code position}; its key is required here (and only here). */
    public static ChecklistQuestion create(ChecklistQuestionFields fields, int position, Instant now) {
        String key = blankToNull(fields.getKey());
        if (key == null) {
            throw new IllegalArgumentException("A new question needs a key");
        }
        ChecklistQuestion question = new ChecklistQuestion();
        question.key = key.toLowerCase(Locale.ROOT);
        question.position = position;
        question.apply(fields, now);
        return question;
    }

    /** An editor's changes; the key stays what it was. */
    public void apply(ChecklistQuestionFields fields, Instant now) {
        weight = Math.clamp(Objects.requireNonNull(fields.getWeight(), "weight"), MIN_WEIGHT, MAX_WEIGHT);
        textFr = required(fields.getTextFr());
        textEn = required(fields.getTextEn());
        helpFr = blankToNull(fields.getHelpFr());
        helpEn = blankToNull(fields.getHelpEn());
        adviceFr = required(fields.getAdviceFr());
        adviceEn = required(fields.getAdviceEn());
        guideTagFr = tag(fields.getGuideTagFr());
        guideTagEn = tag(fields.getGuideTagEn());
        updatedAt = utc(now);
    }

    void moveTo(int newPosition, Instant now) {
        position = newPosition;
        updatedAt = utc(now);
    }

    public boolean isEssential() {
        return weight >= MAX_WEIGHT;
    }

    public String text(Language language) {
        return language == Language.FRENCH ? textFr : textEn;
    }

    public String help(Language language) {
        return language == Language.FRENCH ? helpFr : helpEn;
    }

    public String advice(Language language) {
        return language == Language.FRENCH ? adviceFr : adviceEn;
    }

    public String guideTag(Language language) {
        return language == Language.FRENCH ? guideTagFr : guideTagEn;
    }

    private static String required(String text) {
        String value = blankToNull(text);
        if (value == null) {
            throw new IllegalArgumentException("Required text is blank");
        }
        return value;
    }

    /** Tags are compared as the CMS stores them: trimmed, lower case. */
    private static String tag(String text) {
        String value = blankToNull(text);
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public int getPosition() {
        return position;
    }

    public int getWeight() {
        return weight;
    }

    public String getTextFr() {
        return textFr;
    }

    public String getTextEn() {
        return textEn;
    }

    public String getHelpFr() {
        return helpFr;
    }

    public String getHelpEn() {
        return helpEn;
    }

    public String getAdviceFr() {
        return adviceFr;
    }

    public String getAdviceEn() {
        return adviceEn;
    }

    public String getGuideTagFr() {
        return guideTagFr;
    }

    public String getGuideTagEn() {
        return guideTagEn;
    }

    public Instant getUpdatedAt() {
        return updatedAt == null ? null : updatedAt.toInstant();
    }

    public int getVersion() {
        return version;
    }
}
