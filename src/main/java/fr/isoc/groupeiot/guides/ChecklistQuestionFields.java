package fr.isoc.groupeiot.guides;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** What an editor writes on a checklist question, in both languages. The key is only read when the question is created. */
public class ChecklistQuestionFields implements Serializable {

    /** Lower-case words joined by hyphens: it becomes a URL parameter name. */
    @Pattern(regexp = "^$|^[a-z0-9]+(-[a-z0-9]+)*$")
    @Size(max = 40)
    private String key;
    @NotNull
    @Min(ChecklistQuestion.MIN_WEIGHT)
    @Max(ChecklistQuestion.MAX_WEIGHT)
    private Integer weight;
    @NotBlank
    @Size(max = 300)
    private String textFr;
    @NotBlank
    @Size(max = 300)
    private String textEn;
    @Size(max = 600)
    private String helpFr;
    @Size(max = 600)
    private String helpEn;
    @NotBlank
    @Size(max = 1000)
    private String adviceFr;
    @NotBlank
    @Size(max = 1000)
    private String adviceEn;
    @Size(max = 60)
    private String guideTagFr;
    @Size(max = 60)
    private String guideTagEn;

    /** The fields of an existing question, for its edit form. */
    public static ChecklistQuestionFields of(ChecklistQuestion question) {
        ChecklistQuestionFields fields = new ChecklistQuestionFields();
        fields.key = question.getKey();
        fields.weight = question.getWeight();
        fields.textFr = question.getTextFr();
        fields.textEn = question.getTextEn();
        fields.helpFr = question.getHelpFr();
        fields.helpEn = question.getHelpEn();
        fields.adviceFr = question.getAdviceFr();
        fields.adviceEn = question.getAdviceEn();
        fields.guideTagFr = question.getGuideTagFr();
        fields.guideTagEn = question.getGuideTagEn();
        return fields;
    }

    public static ChecklistQuestionFields of(String key, int weight, String textFr, String textEn, String adviceFr, String adviceEn) {
        ChecklistQuestionFields fields = new ChecklistQuestionFields();
        fields.key = key;
        fields.weight = weight;
        fields.textFr = textFr;
        fields.textEn = textEn;
        fields.adviceFr = adviceFr;
        fields.adviceEn = adviceEn;
        return fields;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public Integer getWeight() {
        return weight;
    }

    public void setWeight(Integer weight) {
        this.weight = weight;
    }

    public String getTextFr() {
        return textFr;
    }

    public void setTextFr(String textFr) {
        this.textFr = textFr;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public String getHelpFr() {
        return helpFr;
    }

    public void setHelpFr(String helpFr) {
        this.helpFr = helpFr;
    }

    public String getHelpEn() {
        return helpEn;
    }

    public void setHelpEn(String helpEn) {
        this.helpEn = helpEn;
    }

    public String getAdviceFr() {
        return adviceFr;
    }

    public void setAdviceFr(String adviceFr) {
        this.adviceFr = adviceFr;
    }

    public String getAdviceEn() {
        return adviceEn;
    }

    public void setAdviceEn(String adviceEn) {
        this.adviceEn = adviceEn;
    }

    public String getGuideTagFr() {
        return guideTagFr;
    }

    public void setGuideTagFr(String guideTagFr) {
        this.guideTagFr = guideTagFr;
    }

    public String getGuideTagEn() {
        return guideTagEn;
    }

    public void setGuideTagEn(String guideTagEn) {
        this.guideTagEn = guideTagEn;
    }
}
