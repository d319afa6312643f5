package fr.isoc.groupeiot.platform.work;

import java.time.Duration;

/** Exponential back-off for work retried in the background (e-mail, Keycloak accounts): first, double, … capped. */
public record BackOff(Duration first, Duration longest) {

    /** The wait after the given number of failed attempts (1 = after the first failure). */
    public Duration after(int attempts) {
        Duration delay = first.multipliedBy(1L << Math.min(Math.max(attempts, 1) - 1, 20));
        return delay.compareTo(longest) > 0 ? longest : delay;
    }
}
