package fr.isoc.groupeiot.membership.web;

import fr.isoc.groupeiot.membership.AccountTask;
import fr.isoc.groupeiot.membership.AccountTasks;
import fr.isoc.groupeiot.membership.ApplicantKind;
import fr.isoc.groupeiot.membership.MembershipApplication;
import fr.isoc.groupeiot.membership.MembershipReview;
import fr.isoc.groupeiot.membership.Members;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.util.List;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The admins' queue of confirmed applications ({@code /fr/admin/adhesions}), longest waiting first, filtered by
 * college, kind and age from the query string; each row opens the application. Also says how much Keycloak work is
 * still waiting (accounts of approved members not created yet).
 */
@Named
@RequestScoped
public class ReviewQueuePage {

    static final int PAGE_SIZE = 20;

    @Inject
    MembershipReview review;

    @Inject
    Members members;

    @Inject
    AccountTasks accountTasks;

    private String college;
    private ApplicantKind kind;
    private Integer age;
    private int page = 1;
    private List<MembershipApplication> items;
    private Long total;
    private List<String> collegeCodes;

    public String getCollege() {
        return college;
    }

    public void setCollege(String college) {
        this.college = getCollegeCodes().contains(college) ? college : null;
    }

    public String getKind() {
        return kind == null ? null : kind.name();
    }

    public void setKind(String kind) {
        this.kind = null;
        for (ApplicantKind candidate : ApplicantKind.values()) {
            if (candidate.name().equals(kind)) {
                this.kind = candidate;
            }
        }
    }

    /** Minimum waiting time in days (7, 30…); anything else means any age. */
    public Integer getAge() {
        return age;
    }

    public void setAge(Integer age) {
        this.age = age == null || age <= 0 || age > 3650 ? null : age;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        // Bounded, so that the offset (page - 1) * size cannot overflow into a negative first result.
        this.page = Math.max(1, Math.min(page, 100_000));
    }

    public List<String> getCollegeCodes() {
        if (collegeCodes == null) {
            collegeCodes = members.collegeCodes();
        }
        return collegeCodes;
    }

    public ApplicantKind[] getKinds() {
        return ApplicantKind.values();
    }

    public List<Integer> getAges() {
        return List.of(3, 7, 14, 30);
    }

    public List<MembershipApplication> getItems() {
        if (items == null) {
            items = review.queue(filter(), (page - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return items;
    }

    public long getTotal() {
        if (total == null) {
            total = review.count(filter());
        }
        return total;
    }

    public long getPageCount() {
        return Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public long getAccountsWaiting() {
        return accountTasks.countWaiting();
    }

    public List<AccountTask> getWaitingTasks() {
        return accountTasks.waiting(10);
    }

    public String getFilterQuery() {
        StringBuilder query = new StringBuilder();
        if (college != null) {
            query.append("&college=").append(URLEncoder.encode(college, UTF_8));
        }
        if (kind != null) {
            query.append("&kind=").append(kind.name());
        }
        if (age != null) {
            query.append("&age=").append(age);
        }
        return query.toString();
    }

    private MembershipReview.QueueFilter filter() {
        return new MembershipReview.QueueFilter(college, kind, age);
    }
}
