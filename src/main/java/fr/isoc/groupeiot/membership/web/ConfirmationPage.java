package fr.isoc.groupeiot.membership.web;

import fr.isoc.groupeiot.membership.MembershipApplications;
import fr.isoc.groupeiot.membership.MembershipApplications.LinkResult;
import fr.isoc.groupeiot.platform.i18n.Route;
import fr.isoc.groupeiot.platform.web.FormRateLimiter;
import fr.isoc.groupeiot.platform.web.PageContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;

/**
 * The link in the confirmation e-mail ({@code /fr/adherer/confirmation?token=…}). Confirming is a button, not the
 * GET itself, so that mail scanners that open links cannot confirm an address in the applicant's place.
 */
@Named
@ViewScoped
public class ConfirmationPage implements Serializable {

    @Inject
    MembershipApplications applications;

    @Inject
    FormRateLimiter rateLimiter;

    @Inject
    PageContext page;

    private String token;
    private LinkResult result;
    private boolean newLinkSent;

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public LinkResult getResult() {
        return result;
    }

    public boolean isNewLinkSent() {
        return newLinkSent;
    }

    public void confirm() {
        result = applications.confirm(token);
    }

    public void sendNewLink() throws IOException {
        if (rateLimiter.admitOrRedirect(FacesContext.getCurrentInstance(), Route.JOIN_LIMITED.path(page.getLanguage()))) {
            newLinkSent = applications.sendNewLink(token);
        }
    }
}
