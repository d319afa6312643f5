package fr.isoc.groupeiot.platform.work;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class BackOffTest {

    @Test
    void doublesFromTheFirstWaitUpToTheLongest() {
        BackOff backOff = new BackOff(Duration.ofSeconds(10), Duration.ofHours(1));

        assertThat(backOff.after(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backOff.after(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(backOff.after(5)).isEqualTo(Duration.ofSeconds(160));
        assertThat(backOff.after(12)).isEqualTo(Duration.ofHours(1));
        assertThat(backOff.after(500)).as("no overflow after many failures").isEqualTo(Duration.ofHours(1));
    }
}
