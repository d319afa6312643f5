package fr.isoc.groupeiot.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.ViewExpiredException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Backs the one error view for every status. An unexpected failure is logged once with a short reference id that
 * the visitor sees and can quote; the visitor never sees the exception itself.
 */
@Named
@RequestScoped
public class ErrorPage {

    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    HttpServletRequest request;

    private int status;
    private String kind;
    private String referenceId;

    @PostConstruct
    void init() {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        status = code instanceof Integer i ? i : 500;
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (causedBy(failure, ViewExpiredException.class)) {
            kind = "expired";
        } else {
            kind = switch (status) {
                case 400, 401, 403, 404, 405, 429, 503 -> String.valueOf(status);
                default -> status >= 500 ? "500" : "400";
            };
        }
        if (kind.equals("500")) {
            referenceId = HexFormat.of().formatHex(randomBytes());
            LOG.log(Level.SEVERE, "Unexpected failure, reference " + referenceId + ", on "
                    + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), failure);
        }
    }

    /** Message key suffix: {@code error.404.title}, {@code error.expired.text}, … */
    public String getKind() {
        return kind;
    }

    public int getStatus() {
        return status;
    }

    public String getReferenceId() {
        return referenceId;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[5];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
