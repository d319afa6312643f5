package fr.isoc.groupeiot.membership.web;

import fr.isoc.groupeiot.membership.Member;
import fr.isoc.groupeiot.membership.MembershipReview;
import fr.isoc.groupeiot.platform.security.CurrentUser;
import fr.isoc.groupeiot.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

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

    private void decide(long memberId, boolean accept) {
        switch (review.decideCollegeRequest(memberId, accept, currentUser.getUsername())) {
            case DONE -> FacesMessages.info(accept ? "collegeRequests.accepted" : "collegeRequests.refused");
            default -> FacesMessages.error("review.alreadyDecided");
        }
        requests = null;
    }
}
