package fr.isoc.groupeiot.membership.web;

import fr.isoc.groupeiot.membership.AccountTask;
import fr.isoc.groupeiot.membership.AccountTasks;
import fr.isoc.groupeiot.membership.Member;
import fr.isoc.groupeiot.membership.MembershipApplication;
import fr.isoc.groupeiot.membership.MembershipReview;
import fr.isoc.groupeiot.membership.Members;
import fr.isoc.groupeiot.membership.RejectionReason;
import fr.isoc.groupeiot.platform.persistence.Conflicts;
import fr.isoc.groupeiot.platform.security.CurrentUser;
import fr.isoc.groupeiot.platform.web.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.io.Serializable;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * One application under review ({@code /fr/admin/adhesions/dossier?id=}): everything the applicant gave, and the
 * three decisions. A decision someone else took first (two admins at once) is reported, never applied twice.
 */
@Named
@ViewScoped
public class ApplicationReviewPage implements Serializable {

    private static final Logger LOG = Logger.getLogger(ApplicationReviewPage.class.getName());

    @Inject
    MembershipReview review;

    @Inject
    Members members;

    @Inject
    AccountTasks accountTasks;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private MembershipApplication application;
    private Member member;
    private AccountTask accountTask;

    @NotNull
    private RejectionReason reason;
    @Size(max = 2000)
    private String comment;
    @NotBlank
    @Size(min = 10, max = 2000)
    private String question;

    public String getId() {
        return id == null ? null : id.toString();
    }

    /** From the query string; anything but a number is an unknown application (404), not a conversion error. */
    public void setId(String id) {
        try {
            this.id = id == null ? null : Long.valueOf(id.strip());
        } catch (NumberFormatException notANumber) {
            this.id = null;
        }
    }

    /** Loads the application named by the query string; an unknown id is a 404. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        reload();
        if (application == null) {
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
        }
    }

    private void reload() {
        application = id == null ? null : review.application(id).orElse(null);
        member = null;
        accountTask = null;
    }

    public MembershipApplication getApplication() {
        return application;
    }

    /** The member the application became, once approved (for the account's state). */
    public Member getMember() {
        if (member == null && application != null && application.getStatus() == MembershipApplication.Status.APPROVED) {
            member = members.activeWith(application.getEmail()).orElse(null);
        }
        return member;
    }

    public AccountTask getAccountTask() {
        if (accountTask == null && getMember() != null) {
            accountTask = accountTasks.find(member.getId(), AccountTask.Kind.PROVISION);
        }
        return accountTask;
    }

    public RejectionReason[] getReasons() {
        return RejectionReason.values();
    }

    public RejectionReason getReason() {
        return reason;
    }

    public void setReason(RejectionReason reason) {
        this.reason = reason;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public void approve() {
        decide(() -> review.approve(id, currentUser.getUsername()), "review.approved");
    }

    public void reject() {
        decide(() -> review.reject(id, reason, comment, currentUser.getUsername()), "review.rejected");
    }

    public void askForInformation() {
        decide(() -> review.askForInformation(id, question, currentUser.getUsername()), "review.informationRequested");
        question = null;
    }

    private void decide(Supplier<MembershipReview.Outcome> decision, String doneKey) {
        MembershipReview.Outcome outcome;
        try {
            outcome = decision.get();
        } catch (PersistenceException | TransactionalException failure) {
            if (!Conflicts.isConflict(failure)) {
                throw failure;
            }
            // Another admin decided at the same moment (optimistic lock or the one-member-per-application index).
            LOG.info(() -> "Concurrent decision on application " + id + ": " + failure);
            outcome = MembershipReview.Outcome.ALREADY_DECIDED;
        }
        switch (outcome) {
            case DONE -> FacesMessages.info(doneKey);
            case ALREADY_DECIDED -> FacesMessages.error("review.alreadyDecided");
            case ALREADY_MEMBER -> FacesMessages.error("review.alreadyMember");
            case NOT_FOUND -> FacesMessages.error("review.notFound");
        }
        reload();
    }
}
