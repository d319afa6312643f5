package fr.isoc.groupeiot.membership.web;

import fr.isoc.groupeiot.membership.MembershipDecision;
import fr.isoc.groupeiot.membership.MembershipReview;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The log of admin decisions on applications and college changes, newest first, paged ({@code /fr/admin/decisions}). */
@Named
@RequestScoped
public class DecisionLogPage {

    static final int PAGE_SIZE = 50;

    @Inject
    MembershipReview review;

    private int page = 1;
    private List<MembershipDecision> items;
    private Long total;

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        // Bounded, so that the offset (page - 1) * size cannot overflow into a negative first result.
        this.page = Math.max(1, Math.min(page, 100_000));
    }

    public List<MembershipDecision> getItems() {
        if (items == null) {
            items = review.decisions((page - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return items;
    }

    public long getTotal() {
        if (total == null) {
            total = review.countDecisions();
        }
        return total;
    }

    public long getPageCount() {
        return Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }
}
