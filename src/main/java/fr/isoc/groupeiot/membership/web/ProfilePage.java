package fr.isoc.groupeiot.membership.web;

import fr.isoc.groupeiot.membership.Member;
import fr.isoc.groupeiot.membership.Members;
import fr.isoc.groupeiot.membership.ProfileForm;
import fr.isoc.groupeiot.platform.security.CurrentUser;
import fr.isoc.groupeiot.platform.persistence.Conflicts;
import fr.isoc.groupeiot.platform.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;

import java.io.Serializable;
import java.util.List;

/**
 * The member's profile ({@code /fr/espace-membre/profil}): display name, affiliation, bio, language, directory
 * listing, newsletter and notifications. Choosing another college sends a request to the admins.
 */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

    @Inject
    Members members;

    @Inject
    CurrentUser currentUser;

    private Long memberId;
    private ProfileForm form;
    private String collegeCode;
    private String requestedCollegeCode;
    private List<String> collegeCodes;

    @PostConstruct
    void init() {
        members.signedIn(currentUser.getSubject(), currentUser.getVerifiedEmail()).ifPresent(this::show);
    }

    private void show(Member member) {
        memberId = member.getId();
        form = ProfileForm.of(member);
        collegeCode = member.getCollegeCode();
        requestedCollegeCode = member.getRequestedCollegeCode();
    }

    /** False for an account without a member record (e.g. staff accounts): the page says so. */
    public boolean isMember() {
        return memberId != null;
    }

    public ProfileForm getForm() {
        return form;
    }

    public String getCollegeCode() {
        return collegeCode;
    }

    public String getRequestedCollegeCode() {
        return requestedCollegeCode;
    }

    public List<String> getCollegeCodes() {
        if (collegeCodes == null) {
            collegeCodes = members.collegeCodes();
        }
        return collegeCodes;
    }

    public void save() {
        try {
            boolean requested = members.updateProfile(memberId, form);
            show(members.find(memberId));
            FacesMessages.info(requested ? "profile.savedWithRequest" : "profile.saved");
        } catch (PersistenceException | TransactionalException failure) {
            if (!Conflicts.isConflict(failure)) {
                throw failure;
            }
            FacesMessages.error("profile.conflict");
        } catch (IllegalArgumentException unknownCollege) {
            FacesMessages.error("profile.invalid");
        }
    }
}
