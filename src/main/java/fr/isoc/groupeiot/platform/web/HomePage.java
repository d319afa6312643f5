package fr.isoc.groupeiot.platform.web;

import fr.isoc.groupeiot.membership.College;
import fr.isoc.groupeiot.membership.Colleges;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.List;

/** The home page: a read-only, cacheable page, so request-scoped rather than view-scoped (no session needed). */
@Named
@RequestScoped
public class HomePage {

    /** The day the group was announced in Paris, on the eve of the winter sales. */
    public static final LocalDate LAUNCH_DATE = LocalDate.of(2019, 1, 8);

    @Inject
    Colleges colleges;

    private List<College> collegeList;

    public List<College> getColleges() {
        if (collegeList == null) {
            collegeList = colleges.inOrder();
        }
        return collegeList;
    }

    public LocalDate getLaunchDate() {
        return LAUNCH_DATE;
    }
}
