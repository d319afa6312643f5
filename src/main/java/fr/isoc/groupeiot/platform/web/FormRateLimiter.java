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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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

    /**
     * Addresses of the load balancers in front of the portal. A request from one of them is counted against the
     * client it names in X-Forwarded-For (the nearest address not itself a trusted proxy); from anyone else the
     * header is ignored, since a client can write whatever it likes there.
     */
    @Inject
    @ConfigProperty(name = "portal.forms.trusted-proxies")
    Optional<String> trustedProxies;

    private Set<String> trusted;

    private Map<String, Bucket> buckets;

    @PostConstruct
    void init() {
        // A comma-separated list (Payara's config producer does not inject Optional<List<…>>).
        trusted = trustedProxies.stream().flatMap(list -> Arrays.stream(list.split(",")))
                .map(String::strip).filter(address -> !address.isEmpty()).collect(Collectors.toUnmodifiableSet());
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
        String client = clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trusted);
        if (tryAcquire(client)) {
            return true;
        }
        external.redirect(request.getContextPath() + limitedPage);
        return false;
    }

    /** The address to count a submission against: see {@link #trustedProxies}. */
    static String clientAddress(String remoteAddress, String forwardedFor, Set<String> trusted) {
        if (forwardedFor == null || !trusted.contains(remoteAddress)) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trusted.contains(hop)) {
                return hop;
            }
        }
        return remoteAddress;
    }

    /** True when this address may submit once more now (and counts the submission). */
    public synchronized boolean tryAcquire(String clientAddress) {
        return buckets.computeIfAbsent(clientAddress, address -> Bucket.builder()
                        .addLimit(Bandwidth.builder().capacity(submissions).refillGreedy(submissions, window).build())
                        .build())
                .tryConsume(1);
    }
}
