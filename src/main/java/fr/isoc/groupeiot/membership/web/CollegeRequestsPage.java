package fr.isoc.groupeiot.membership.web;

import fr.isoc.groupeiot.membership.Member;
import fr.isoc.groupeiot.membership.MembershipReview;
import fr.isoc.groupeiot.platform.persistence.Conflicts;
import fr.isoc.groupeiot.platform.security.CurrentUser;
import fr.isoc.groupeiot.platform.web.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;

import java.io.Serializable;
import java.util.List;

/** Members' requests to move to another college, which an admin accepts or refuses ({@code /fr/admin/changements-de-college}). */
@Named
@ViewScoped
public class CollegeRequestsPage implements Serializable {

    static final int PAGE_SIZE = 50;

    @Inject
    MembershipReview review;

    @Inject
    CurrentUser currentUser;

    private transient List<Member> requests;

    public List<Member> getRequests() {
        if (requests == null) {
            requests = review.collegeRequests(0, PAGE_SIZE);
        }
        return requests;
    }

    public void accept(long memberId) {
        decide(memberId, true);
    }

    public void refuse(long memberId) {
        decide(memberId, false);
    }

    /** Decides on the college shown beside the button (sent with it), not on whatever is requested by now. */
    private void decide(long memberId, boolean accept) {
        String shownCollege = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("college");
        MembershipReview.Outcome outcome;
        try {
            outcome = review.decideCollegeRequest(memberId, shownCollege, accept, currentUser.getUsername());
        } catch (PersistenceException | TransactionalException failure) {
            if (!Conflicts.isConflict(failure)) {
                throw failure;
            }
            outcome = MembershipReview.Outcome.ALREADY_DECIDED;
        }
        if (outcome == MembershipReview.Outcome.DONE) {
            FacesMessages.info(accept ? "collegeRequests.accepted" : "collegeRequests.refused");
        } else {
            FacesMessages.error("review.alreadyDecided");
        }
        requests = null;
    }
}
