package fr.isoc.groupeiot.platform.mail;

import fr.isoc.groupeiot.platform.i18n.Language;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboxEmailTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private static OutboxEmail pending() {
        return new OutboxEmail(new Email("marie.dubois@groupe-iot.test", Language.FRENCH, "Objet", "Texte", null),
                "groupe-iot.test", NOW);
    }

    @Test
    void isDueAtOnceWithAMessageIdOfThePortalsDomain() {
        OutboxEmail email = pending();

        assertThat(email.getStatus()).isEqualTo(OutboxEmail.Status.PENDING);
        assertThat(email.getNextAttemptAt()).isEqualTo(NOW);
        assertThat(email.getMessageId()).matches("<[0-9a-f-]{36}@groupe-iot\\.test>");
    }

    @Test
    void waitsLongerAfterEachFailureUpToSixHours() {
        assertThat(OutboxEmail.backOffAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(OutboxEmail.backOffAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxEmail.backOffAfter(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(OutboxEmail.backOffAfter(9)).isEqualTo(Duration.ofHours(2).plusMinutes(8));
        assertThat(OutboxEmail.backOffAfter(40)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void keepsAFailedAttemptPendingWithTheErrorAndItsNextTry() {
        OutboxEmail email = pending();

        email.recordFailure("java.net.ConnectException: Connection refused", NOW);

        assertThat(email.getStatus()).isEqualTo(OutboxEmail.Status.PENDING);
        assertThat(email.getAttempts()).isEqualTo(1);
        assertThat(email.getLastError()).contains("Connection refused");
        assertThat(email.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
    }

    @Test
    void givesUpAfterAboutTwentyHoursOfAttemptsUntilAnAdminRetries() {
        OutboxEmail email = pending();
        Duration waited = Duration.ZERO;
        for (int i = 1; i < OutboxEmail.MAX_ATTEMPTS; i++) {
            email.recordFailure("refused", NOW);
            waited = waited.plus(OutboxEmail.backOffAfter(i));
        }
        assertThat(email.getStatus()).isEqualTo(OutboxEmail.Status.PENDING);
        assertThat(waited).isBetween(Duration.ofHours(18), Duration.ofHours(24));
        email.recordFailure("refused", NOW);
        assertThat(email.getStatus()).isEqualTo(OutboxEmail.Status.FAILED);

        email.retry(NOW.plusSeconds(60));

        assertThat(email.getStatus()).isEqualTo(OutboxEmail.Status.PENDING);
        assertThat(email.getAttempts()).isZero();
        assertThat(email.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void onlyAFailedMessageCanBeRetried() {
        OutboxEmail email = pending();

        assertThatThrownBy(() -> email.retry(NOW)).isInstanceOf(IllegalStateException.class);
        email.markSent(NOW);
        assertThatThrownBy(() -> email.retry(NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(email.getSentAt()).isEqualTo(NOW);
    }

    @Test
    void readsTheDomainOfASenderWithOrWithoutADisplayName() {
        assertThat(MailOutbox.domainOf("Groupe IoT <no-reply@groupe-iot.test>")).isEqualTo("groupe-iot.test");
        assertThat(MailOutbox.domainOf("no-reply@iot.example.org")).isEqualTo("iot.example.org");
    }
}
