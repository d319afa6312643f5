package fr.isoc.groupeiot.guides.web;

import fr.isoc.groupeiot.cms.ContentItem;
import fr.isoc.groupeiot.cms.ContentRoutes;
import fr.isoc.groupeiot.cms.ContentType;
import fr.isoc.groupeiot.cms.Contents;
import fr.isoc.groupeiot.guides.Answer;
import fr.isoc.groupeiot.guides.ChecklistAnswers;
import fr.isoc.groupeiot.guides.ChecklistQuestion;
import fr.isoc.groupeiot.guides.ChecklistResult;
import fr.isoc.groupeiot.guides.DeviceChecklist;
import fr.isoc.groupeiot.platform.config.PortalSettings;
import fr.isoc.groupeiot.platform.i18n.Language;
import fr.isoc.groupeiot.platform.i18n.Route;
import fr.isoc.groupeiot.platform.web.FacesMessages;
import fr.isoc.groupeiot.platform.web.Revalidation;
import fr.isoc.groupeiot.platform.web.PageContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Check a device before you buy" ({@code /fr/verifier-un-objet}): a plain GET form whose answers live in the URL, and
 * the result computed here from them (rating, reasons, advice, guides to read). With JavaScript, checklist.js fetches
 * the same URL and swaps in the result: the scoring exists once, here. Nothing is stored, no session is opened.
 */
@Named
@RequestScoped
public class ChecklistPage {

    /** Guides suggested with a result, and how many of the weak points' topics they are looked up for. */
    static final int MAX_GUIDES = 4;
    static final int MAX_GUIDE_TAGS = 3;

    @Inject
    DeviceChecklist checklist;

    @Inject
    Contents contents;

    @Inject
    PageContext page;

    @Inject
    PortalSettings settings;

    @Inject
    HttpServletRequest request;

    private List<ChecklistQuestion> questions = List.of();
    private ChecklistAnswers answers = ChecklistAnswers.none();
    private ChecklistResult result;
    private List<ContentItem> guides;

    public void load() {
        questions = checklist.questions();
        answers = ChecklistAnswers.fromParameters(request.getParameterMap(), keys());
        result = answers.isEmpty() ? null : ChecklistResult.of(questions, answers);
        Instant changed = questions.stream().map(ChecklistQuestion::getUpdatedAt).filter(Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
        String state = "checklist|" + page.getLang() + "|" + questions.stream()
                .map(q -> q.getId() + ":" + q.getVersion()).collect(Collectors.joining(",")) + "|" + getQuery();
        if (result != null) {
            // The result suggests guides: a publication changes it too.
            Instant guidesChanged = contents.lastChange(page.getLanguage());
            state += "|" + guidesChanged.toEpochMilli();
            changed = changed == null || guidesChanged.isAfter(changed) ? guidesChanged : changed;
        }
        Revalidation.notModified(FacesContext.getCurrentInstance(), state, changed);
    }

    private List<String> keys() {
        return questions.stream().map(ChecklistQuestion::getKey).toList();
    }

    public List<ChecklistQuestion> getQuestions() {
        return questions;
    }

    /** The answers a question offers, as URL codes, in the order shown. */
    public List<String> getAnswerCodes() {
        return Arrays.stream(Answer.values()).map(Answer::code).toList();
    }

    public boolean isChecked(ChecklistQuestion question, String code) {
        return answers.of(question.getKey()).map(a -> a.code().equals(code)).orElse(false);
    }

    public boolean isAnswered() {
        return result != null;
    }

    public ChecklistResult getResult() {
        return result;
    }

    public int getAnsweredCount() {
        return answers.size();
    }

    public String text(ChecklistQuestion question) {
        return question.text(page.getLanguage());
    }

    public String help(ChecklistQuestion question) {
        return question.help(page.getLanguage());
    }

    public String advice(ChecklistQuestion question) {
        return question.advice(page.getLanguage());
    }

    /** The answers as a query string in the questions' order (one URL per set of answers). */
    public String getQuery() {
        return answers.toQuery(keys());
    }

    /** The absolute address of this result, to share or bookmark. */
    public String getShareUrl() {
        String query = getQuery();
        return settings.getPublicBaseUrl() + Route.CHECK_DEVICE.path(page.getLanguage()) + (query.isEmpty() ? "" : "?" + query);
    }

    /**
     * Guides about the weak points: the guides tagged with the topics of the weightiest weak points (a few topics,
     * one query), those with the most of them first.
     */
    public List<ContentItem> getGuides() {
        if (guides == null) {
            guides = result == null ? List.of() : findGuides();
        }
        return guides;
    }

    private List<ContentItem> findGuides() {
        Language language = page.getLanguage();
        Set<String> tags = new LinkedHashSet<>();
        for (ChecklistResult.Point point : result.getWeakPoints()) {
            String tag = point.question().guideTag(language);
            if (tag != null && tags.size() < MAX_GUIDE_TAGS) {
                tags.add(tag);
            }
        }
        return contents.withAnyTag(language, ContentType.GUIDE, tags, null, MAX_GUIDES);
    }

    public String guideUrl(ContentItem guide) {
        return request.getContextPath() + ContentRoutes.path(guide);
    }

    /** The one-line summary that checklist.js reads out (through a live region) when the result changes. */
    public String getSummary() {
        return result == null ? "" : FacesMessages.text("checklist.result.summary",
                result.getRating().name(), FacesMessages.text("checklist.rating." + result.getRating().name()),
                result.getScore(), result.getWeakPoints().size());
    }

    public List<ChecklistResult.Rating> getRatings() {
        return List.of(ChecklistResult.Rating.values());
    }

    /** The best grade a "no" to an essential question allows. */
    public ChecklistResult.Rating getEssentialCap() {
        return ChecklistResult.ESSENTIAL_CAP;
    }
}
