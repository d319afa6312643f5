package fr.isoc.groupeiot.membership.web;

import fr.isoc.groupeiot.membership.JoinForm;
import fr.isoc.groupeiot.membership.MembershipApplications;
import fr.isoc.groupeiot.membership.OrganisationKind;
import fr.isoc.groupeiot.platform.i18n.Route;
import fr.isoc.groupeiot.platform.web.FormRateLimiter;
import fr.isoc.groupeiot.platform.web.PageContext;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.validation.ConstraintViolationException;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * The join form ({@code /fr/adherer}). Anti-spam without third parties: a field people never see (bots fill it),
 * a minimum time between showing the form and submitting it, and a rate limit per client address. A trapped
 * submission gets the same answer as a real one and stores nothing.
 */
@Named
@ViewScoped
public class JoinPage implements Serializable {

    private static final Logger LOG = Logger.getLogger(JoinPage.class.getName());

    @Inject
    MembershipApplications applications;

    @Inject
    FormRateLimiter rateLimiter;

    @Inject
    PageContext page;

    private final JoinForm form = new JoinForm();
    private String trap;
    private long shownAtMillis;
    private List<String> collegeCodes;

    @PostConstruct
    void init() {
        form.setLanguage(page.getLang());
        shownAtMillis = System.currentTimeMillis();
    }

    public JoinForm getForm() {
        return form;
    }

    /** The field people never see; see the class comment. */
    public String getTrap() {
        return trap;
    }

    public void setTrap(String trap) {
        this.trap = trap;
    }

    public List<String> getCollegeCodes() {
        if (collegeCodes == null) {
            collegeCodes = applications.collegeCodes();
        }
        return collegeCodes;
    }

    public OrganisationKind[] getOrganisationKinds() {
        return OrganisationKind.values();
    }

    /** Adds one summary at the top when fields are invalid, announced to screen readers (role=alert). */
    public void summarizeErrors() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isValidationFailed()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(faces, "join.error.summary"), null));
        }
    }

    public void submit() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!rateLimiter.admitOrRedirect(faces, Route.JOIN_LIMITED.path(page.getLanguage()))) {
            return;
        }
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        long elapsedMillis = System.currentTimeMillis() - shownAtMillis;
        if ((trap != null && !trap.isBlank()) || elapsedMillis < applications.minimumFillTime().toMillis()) {
            LOG.info(() -> "Join form submission dropped as automated (trap field or " + elapsedMillis + " ms)");
        } else {
            try {
                applications.submit(form);
            } catch (IllegalArgumentException | ConstraintViolationException incomplete) {
                faces.validationFailed();
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(faces, "join.error.incomplete"), null));
                return;
            } catch (PersistenceException | TransactionalException concurrent) {
                // The same address submitted twice at the same moment: the other submission went through.
                LOG.info(() -> "Concurrent join submission for one address: " + concurrent);
            }
        }
        external.redirect(request.getContextPath() + Route.JOIN_SENT.path(page.getLanguage()));
    }

    private static String text(FacesContext faces, String key) {
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return bundle.getString(key);
    }
}
