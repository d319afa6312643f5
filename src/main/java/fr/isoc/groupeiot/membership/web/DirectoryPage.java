package fr.isoc.groupeiot.membership.web;

import fr.isoc.groupeiot.membership.Member;
import fr.isoc.groupeiot.membership.Members;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The public member directory ({@code /fr/membres}): listed members grouped by college, founding members first and
 * marked. Filters and page come from the query string (a plain GET form), so it needs no session and every state
 * has a URL.
 */
@Named
@RequestScoped
public class DirectoryPage {

    static final int PAGE_SIZE = 24;

    @Inject
    Members members;

    private String college;
    private String name;
    private int page = 1;
    private List<Member> entries;
    private Long total;
    private List<String> collegeCodes;

    public String getCollege() {
        return college;
    }

    /** Anything but a known college code means "all colleges". */
    public void setCollege(String college) {
        this.college = getCollegeCodes().contains(college) ? college : null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null || name.isBlank() ? null : name.strip().substring(0, Math.min(name.strip().length(), 100));
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

    public List<Member> getEntries() {
        if (entries == null) {
            entries = members.directory(filter(), (page - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return entries;
    }

    /** This page's entries by college, in the group's order (a college may continue from the previous page). */
    public List<Group> getGroups() {
        Map<String, List<Member>> byCollege = new LinkedHashMap<>();
        for (Member member : getEntries()) {
            byCollege.computeIfAbsent(member.getCollegeCode(), c -> new ArrayList<>()).add(member);
        }
        return byCollege.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
    }

    public record Group(String collegeCode, List<Member> members) {
    }

    public long getTotal() {
        if (total == null) {
            total = members.countDirectory(filter());
        }
        return total;
    }

    public long getPageCount() {
        return Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The query string of the current filters, for the pager's links ("" or "&college=…&name=…"). */
    public String getFilterQuery() {
        StringBuilder query = new StringBuilder();
        if (college != null) {
            query.append("&college=").append(URLEncoder.encode(college, UTF_8));
        }
        if (name != null) {
            query.append("&name=").append(URLEncoder.encode(name, UTF_8));
        }
        return query.toString();
    }

    private Members.DirectoryFilter filter() {
        return new Members.DirectoryFilter(college, name);
    }
}
