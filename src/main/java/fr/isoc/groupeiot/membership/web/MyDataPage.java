package fr.isoc.groupeiot.membership.web;

import fr.isoc.groupeiot.membership.Member;
import fr.isoc.groupeiot.membership.MembershipApplication;
import fr.isoc.groupeiot.membership.MembershipDecision;
import fr.isoc.groupeiot.membership.Members;
import fr.isoc.groupeiot.platform.i18n.Route;
import fr.isoc.groupeiot.platform.security.CurrentUser;
import fr.isoc.groupeiot.platform.web.FacesMessages;
import fr.isoc.groupeiot.platform.web.PageContext;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * "My data" ({@code /fr/espace-membre/mes-donnees}): what the portal holds about the member, readable here and
 * downloadable as JSON, and the deletion of the account, after an explicit confirmation that says what stays
 * (contributions, shown as "former member").
 */
@Named
@ViewScoped
public class MyDataPage implements Serializable {

    private static final Logger LOG = Logger.getLogger(MyDataPage.class.getName());

    @Inject
    Members members;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageContext page;

    private Long memberId;
    private boolean confirmed;
    private transient Member member;
    private transient MembershipApplication application;
    private transient List<MembershipDecision> decisions;

    @PostConstruct
    void init() {
        members.signedIn(currentUser.getSubject(), currentUser.getVerifiedEmail()).ifPresent(m -> memberId = m.getId());
    }

    public boolean isSignedInMember() {
        return memberId != null;
    }

    public Member getMember() {
        if (member == null && memberId != null) {
            member = members.find(memberId);
        }
        return member;
    }

    public MembershipApplication getApplication() {
        if (application == null && getMember() != null) {
            application = members.applicationOf(getMember());
        }
        return application;
    }

    public List<MembershipDecision> getDecisions() {
        if (decisions == null && getMember() != null) {
            decisions = members.decisionsAbout(getMember());
        }
        return decisions;
    }

    /** The "I understand" box: deletion is refused without it. */
    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }

    public void delete() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!confirmed) {
            FacesMessages.fieldError("delete:confirmed", "mydata.delete.confirmRequired");
            faces.validationFailed();
            return;
        }
        members.erase(memberId);
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        try {
            request.logout();
        } catch (ServletException e) {
            LOG.log(Level.INFO, "Sign-out after erasure failed; the session is dropped anyway", e);
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(request.getContextPath() + Route.ACCOUNT_DELETED.path(page.getLanguage()));
    }
}
