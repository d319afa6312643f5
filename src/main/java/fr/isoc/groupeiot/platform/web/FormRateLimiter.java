package fr.isoc.groupeiot.platform.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Limits how often one client address may submit the anonymous forms (Bucket4j token buckets, kept per node; a
 * cluster would move them to Bucket4j's Hazelcast back end). The least recently seen addresses are forgotten first.
 */
@ApplicationScoped
public class FormRateLimiter {

    private static final int REMEMBERED_ADDRESSES = 10_000;

    @Inject
    @ConfigProperty(name = "portal.forms.rate-limit", defaultValue = "5")
    int submissions;

    @Inject
    @ConfigProperty(name = "portal.forms.rate-window", defaultValue = "PT10M")
    Duration window;

    private Map<String, Bucket> buckets;

    @PostConstruct
    void init() {
        buckets = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > REMEMBERED_ADDRESSES;
            }
        };
    }

    /**
     * For a Faces action: true when the client may submit now; otherwise sends it to {@code limitedPage} (which
     * answers 429) and returns false.
     */
    public boolean admitOrRedirect(FacesContext faces, String limitedPage) throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (tryAcquire(request.getRemoteAddr())) {
            return true;
        }
        external.redirect(request.getContextPath() + limitedPage);
        return false;
    }

    /** True when this address may submit once more now (and counts the submission). */
    public synchronized boolean tryAcquire(String clientAddress) {
        return buckets.computeIfAbsent(clientAddress, address -> Bucket.builder()
                        .addLimit(Bandwidth.builder().capacity(submissions).refillGreedy(submissions, window).build())
                        .build())
                .tryConsume(1);
    }
}
