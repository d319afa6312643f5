package fr.isoc.groupeiot.membership.web;

import fr.isoc.groupeiot.membership.ApplicantKind;
import fr.isoc.groupeiot.membership.MembershipReview;
import fr.isoc.groupeiot.membership.Members;
import fr.isoc.groupeiot.platform.web.FacesMessages;
import fr.isoc.groupeiot.platform.web.PageContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

/**
 * Membership figures for admins ({@code /fr/admin/chiffres-adhesion}): members per college and kind, applications
 * per week. Each chart (Chart.js through PrimeFaces) has the same numbers as a table beside it, which is what
 * screen readers and keyboard users get.
 */
@Named
@RequestScoped
public class MembershipFiguresPage {

    static final int WEEKS = 12;
    /** Bar colours with at least 3:1 contrast against the white page (WCAG 1.4.11), told apart by more than hue. */
    private static final String[] KIND_COLOURS = {"#1f4e79", "#b35900"};

    @Inject
    MembershipReview review;

    @Inject
    Members members;

    @Inject
    PageContext page;

    private Map<String, Map<ApplicantKind, Long>> byCollege;
    private Map<LocalDate, Long> perWeek;

    public Map<String, Map<ApplicantKind, Long>> getByCollege() {
        if (byCollege == null) {
            byCollege = review.membersByCollegeAndKind(members.collegeCodes());
        }
        return byCollege;
    }

    public List<String> getColleges() {
        return List.copyOf(getByCollege().keySet());
    }

    public ApplicantKind[] getKinds() {
        return ApplicantKind.values();
    }

    public long collegeTotal(String college) {
        return getByCollege().get(college).values().stream().mapToLong(Long::longValue).sum();
    }

    public long kindTotal(ApplicantKind kind) {
        return getByCollege().values().stream().mapToLong(row -> row.get(kind)).sum();
    }

    public long getTotal() {
        return getByCollege().values().stream().flatMap(row -> row.values().stream()).mapToLong(Long::longValue).sum();
    }

    public Map<LocalDate, Long> getPerWeek() {
        if (perWeek == null) {
            perWeek = review.applicationsPerWeek(WEEKS);
        }
        return perWeek;
    }

    public List<LocalDate> getWeeks() {
        return List.copyOf(getPerWeek().keySet());
    }

    public String weekLabel(LocalDate monday) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(page.getLocale()).format(monday);
    }

    /** Chart.js configuration: one stacked bar per college, one dataset per kind of member. */
    public String getCollegeChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        getColleges().forEach(code -> labels.add(FacesMessages.text("college." + code + ".name")));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        ApplicantKind[] kinds = ApplicantKind.values();
        for (int i = 0; i < kinds.length; i++) {
            ApplicantKind kind = kinds[i];
            JsonArrayBuilder data = Json.createArrayBuilder();
            getColleges().forEach(code -> data.add(getByCollege().get(code).get(kind)));
            datasets.add(Json.createObjectBuilder()
                    .add("label", FacesMessages.text("figures.kind." + kind.name()))
                    .add("data", data)
                    .add("backgroundColor", KIND_COLOURS[i % KIND_COLOURS.length]));
        }
        JsonObjectBuilder stacked = Json.createObjectBuilder().add("stacked", true);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", stacked)
                                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    /** Chart.js configuration: applications received per week. */
    public String getWeeklyChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        getPerWeek().forEach((monday, count) -> {
            labels.add(weekLabel(monday));
            data.add(count);
        });
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder()
                                .add("label", FacesMessages.text("figures.weekly.series"))
                                .add("data", data)
                                .add("backgroundColor", KIND_COLOURS[0]))))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }
}
