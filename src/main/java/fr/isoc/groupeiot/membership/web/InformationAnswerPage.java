package fr.isoc.groupeiot.membership.web;

import fr.isoc.groupeiot.membership.MembershipReview;
import fr.isoc.groupeiot.platform.web.FacesMessages;
import fr.isoc.groupeiot.platform.web.FormRateLimiter;
import fr.isoc.groupeiot.platform.i18n.Route;
import fr.isoc.groupeiot.platform.web.PageContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.io.Serializable;

/**
 * Where an applicant answers an admin's question ({@code /fr/adherer/complement?token=}): the link from the e-mail
 * shows the question; the answer puts the application back in the review queue. The link works once.
 */
@Named
@ViewScoped
public class InformationAnswerPage implements Serializable {

    @Inject
    MembershipReview review;

    @Inject
    FormRateLimiter rateLimiter;

    @Inject
    PageContext page;

    private String token;
    private String question;
    private boolean answered;

    @NotBlank
    @Size(min = 2, max = 4000)
    private String answer;

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            question = review.questionFor(token).orElse(null);
        }
    }

    /** Null when the link is unknown, used or expired. */
    public String getQuestion() {
        return question;
    }

    public boolean isAnswered() {
        return answered;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public void send() throws IOException {
        if (!rateLimiter.admitOrRedirect(FacesContext.getCurrentInstance(), Route.JOIN_LIMITED.path(page.getLanguage()))) {
            return;
        }
        if (review.answer(token, answer)) {
            answered = true;
            FacesMessages.info("information.sent");
        } else {
            question = null;
            FacesMessages.error("information.linkInvalid");
        }
    }
}
