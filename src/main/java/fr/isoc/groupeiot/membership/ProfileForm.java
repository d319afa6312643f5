package fr.isoc.groupeiot.membership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** What a member may change on their profile; the college is a separate request (an admin confirms it). */
public class ProfileForm implements Serializable {

    @Size(max = 200)
    private String displayName;
    @Size(max = 200)
    private String affiliation;
    @Size(max = 1000)
    private String bio;
    @NotNull
    private String language;
    @NotBlank
    private String collegeCode;
    private boolean listedInDirectory;
    private boolean newsletter;
    private boolean notifyReplies;
    private boolean notifyConsultations;

    /** The form filled with the member's current values. */
    public static ProfileForm of(Member member) {
        ProfileForm form = new ProfileForm();
        form.displayName = member.getDisplayName();
        form.affiliation = member.getAffiliation();
        form.bio = member.getBio();
        form.language = member.getLanguage().code();
        form.collegeCode = member.getRequestedCollegeCode() != null ? member.getRequestedCollegeCode() : member.getCollegeCode();
        form.listedInDirectory = member.isListedInDirectory();
        form.newsletter = member.isNewsletter();
        form.notifyReplies = member.isNotifyReplies();
        form.notifyConsultations = member.isNotifyConsultations();
        return form;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getAffiliation() {
        return affiliation;
    }

    public void setAffiliation(String affiliation) {
        this.affiliation = affiliation;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getCollegeCode() {
        return collegeCode;
    }

    public void setCollegeCode(String collegeCode) {
        this.collegeCode = collegeCode;
    }

    public boolean isListedInDirectory() {
        return listedInDirectory;
    }

    public void setListedInDirectory(boolean listedInDirectory) {
        this.listedInDirectory = listedInDirectory;
    }

    public boolean isNewsletter() {
        return newsletter;
    }

    public void setNewsletter(boolean newsletter) {
        this.newsletter = newsletter;
    }

    public boolean isNotifyReplies() {
        return notifyReplies;
    }

    public void setNotifyReplies(boolean notifyReplies) {
        this.notifyReplies = notifyReplies;
    }

    public boolean isNotifyConsultations() {
        return notifyConsultations;
    }

    public void setNotifyConsultations(boolean notifyConsultations) {
        this.notifyConsultations = notifyConsultations;
    }
}
