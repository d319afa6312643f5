package fr.isoc.groupeiot.platform.web;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FormRateLimiterTest {

    private static final Set<String> BALANCERS = Set.of("10.0.0.2", "10.0.0.3");

    @Test
    void countsADirectClientByItsOwnAddressWhateverItsHeadersSay() {
        assertThat(FormRateLimiter.clientAddress("203.0.113.9", "198.51.100.1", BALANCERS)).isEqualTo("203.0.113.9");
        assertThat(FormRateLimiter.clientAddress("203.0.113.9", null, BALANCERS)).isEqualTo("203.0.113.9");
    }

    @Test
    void countsAClientBehindATrustedBalancerByTheAddressTheBalancerSaw() {
        assertThat(FormRateLimiter.clientAddress("10.0.0.2", "198.51.100.1", BALANCERS)).isEqualTo("198.51.100.1");
        // The client's own (forgeable) entries come first; the balancers append what they saw.
        assertThat(FormRateLimiter.clientAddress("10.0.0.2", "1.2.3.4, 198.51.100.1, 10.0.0.3", BALANCERS))
                .isEqualTo("198.51.100.1");
        assertThat(FormRateLimiter.clientAddress("10.0.0.2", " , ", BALANCERS)).isEqualTo("10.0.0.2");
    }
}
