package fr.isoc.groupeiot.platform.mail.web;

import fr.isoc.groupeiot.platform.mail.MailOutbox;
import fr.isoc.groupeiot.platform.mail.OutboxEmail;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Admin view of the e-mail outbox ({@code /fr/admin/courriels}): what waits, what went, what failed and why, with
 * "send again" on a failed message. Filter and page come from the query string, so every state has a URL.
 */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

    static final int PAGE_SIZE = 25;

    @Inject
    MailOutbox outbox;

    private String status;
    private int page = 1;
    private transient List<OutboxEmail> items;
    private transient Map<OutboxEmail.Status, Long> counts;

    /** Bound to the {@code status} query parameter; anything but a known status means "all". */
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = parse(status) == null ? null : status;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        // Bounded, so that the offset (page - 1) * size cannot overflow into a negative first result.
        this.page = Math.max(1, Math.min(page, 100_000));
    }

    public List<OutboxEmail> getItems() {
        if (items == null) {
            items = outbox.page(parse(status), (page - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return items;
    }

    public Map<OutboxEmail.Status, Long> getCounts() {
        if (counts == null) {
            counts = outbox.countsByStatus();
        }
        return counts;
    }

    public long getTotal() {
        OutboxEmail.Status filter = parse(status);
        return filter == null ? getCounts().values().stream().mapToLong(Long::longValue).sum() : getCounts().get(filter);
    }

    public long getPageCount() {
        return Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public OutboxEmail.Status[] getStatuses() {
        return OutboxEmail.Status.values();
    }


    public void retry(long id) {
        outbox.retry(id);
        items = null;
        counts = null;
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, bundle.getString("outbox.retried"), null));
    }

    private static OutboxEmail.Status parse(String value) {
        for (OutboxEmail.Status candidate : OutboxEmail.Status.values()) {
            if (candidate.name().equals(value)) {
                return candidate;
            }
        }
        return null;
    }
}
