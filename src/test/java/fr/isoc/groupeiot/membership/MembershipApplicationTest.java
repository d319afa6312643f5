package fr.isoc.groupeiot.membership;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MembershipApplicationTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final Duration VALIDITY = Duration.ofHours(72);

    private static JoinForm person() {
        JoinForm form = new JoinForm();
        form.setFirstName(" Élodie ");
        form.setLastName("Martin");
        form.setEmail("Elodie.Martin@Example.TEST");
        form.setCountry("France");
        form.setCollegeCode("civil-society");
        form.setMotivation("Une motivation de plus de vingt caractères.");
        form.setLanguage("fr");
        form.setConsent(true);
        return form;
    }

    @Test
    void storesATrimmedPersonWithALowerCaseAddressAndNoConfirmationYet() {
        MembershipApplication application = MembershipApplication.from(person(), NOW);

        assertThat(application.getFirstName()).isEqualTo("Élodie");
        assertThat(application.getEmail()).isEqualTo("elodie.martin@example.test");
        assertThat(application.getStatus()).isEqualTo(MembershipApplication.Status.UNCONFIRMED);
        assertThat(application.isListedInDirectory()).as("unticked by default").isFalse();
    }

    @Test
    void rejectsApplicationWithoutConsent() {
        JoinForm form = person();
        form.setConsent(false);

        assertThatThrownBy(() -> MembershipApplication.from(form, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requiresWhatAnOrganisationMustGiveAndAValidSiren() {
        JoinForm form = person();
        form.setKind(ApplicantKind.ORGANISATION);
        assertThatThrownBy(() -> MembershipApplication.from(form, NOW)).isInstanceOf(IllegalArgumentException.class);

        form.setOrganisationName("Maison du Numérique");
        form.setOrganisationKind(OrganisationKind.ASSOCIATION);
        form.setRepresentativeRole("Déléguée générale");
        form.setSiren("123456789");
        assertThatThrownBy(() -> MembershipApplication.from(form, NOW)).isInstanceOf(IllegalArgumentException.class);

        form.setSiren("732829320");
        assertThat(MembershipApplication.from(form, NOW).getSiren()).isEqualTo("732829320");
    }

    @Test
    void keepsOnlyTheHashOfTheConfirmationToken() {
        MembershipApplication application = MembershipApplication.from(person(), NOW);

        String token = application.newConfirmationToken(NOW, VALIDITY);

        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(MembershipApplication.hash(token)).hasSize(64).isNotEqualTo(token);
    }

    @Test
    void confirmsOnceWithinTheValidityAndNeverAgain() {
        MembershipApplication application = MembershipApplication.from(person(), NOW);
        application.newConfirmationToken(NOW, VALIDITY);

        assertThat(application.confirm(NOW.plus(Duration.ofHours(71)))).isEqualTo(MembershipApplication.Confirmation.CONFIRMED);
        assertThat(application.getStatus()).isEqualTo(MembershipApplication.Status.AWAITING_REVIEW);
        assertThat(application.confirm(NOW.plus(Duration.ofHours(71)))).isEqualTo(MembershipApplication.Confirmation.ALREADY_CONFIRMED);
    }

    @Test
    void refusesAnExpiredLinkUntilANewOneIsSent() {
        MembershipApplication application = MembershipApplication.from(person(), NOW);
        application.newConfirmationToken(NOW, VALIDITY);
        Instant later = NOW.plus(VALIDITY).plusSeconds(1);

        assertThat(application.confirm(later)).isEqualTo(MembershipApplication.Confirmation.EXPIRED);
        assertThat(application.isAwaitingConfirmation()).isTrue();

        application.newConfirmationToken(later, VALIDITY);
        assertThat(application.confirm(later.plusSeconds(60))).isEqualTo(MembershipApplication.Confirmation.CONFIRMED);
    }

    private static MembershipApplication confirmed() {
        MembershipApplication application = MembershipApplication.from(person(), NOW);
        application.newConfirmationToken(NOW, VALIDITY);
        application.confirm(NOW.plusSeconds(60));
        return application;
    }

    @Test
    void isDecidedOnlyOnceAndOnlyAfterConfirmation() {
        MembershipApplication unconfirmed = MembershipApplication.from(person(), NOW);
        assertThatThrownBy(() -> unconfirmed.approve(NOW)).isInstanceOf(IllegalStateException.class);

        MembershipApplication application = confirmed();
        application.approve(NOW.plusSeconds(120));
        assertThat(application.getStatus()).isEqualTo(MembershipApplication.Status.APPROVED);
        assertThat(application.getDecidedAt()).isEqualTo(NOW.plusSeconds(120));
        assertThatThrownBy(() -> application.approve(NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> application.reject(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void takesOneAnswerToAQuestionThroughItsLinkBeforeItExpires() {
        MembershipApplication application = confirmed();
        String token = application.requestInformation("Quelle est votre activité ?", NOW, Duration.ofDays(14));

        assertThat(token).hasSize(43);
        assertThat(application.getStatus()).isEqualTo(MembershipApplication.Status.INFORMATION_REQUESTED);
        assertThat(application.getStatus().isOpen()).as("still decidable while waiting for the answer").isTrue();
        assertThat(application.acceptsAnswer(NOW.plus(Duration.ofDays(15)))).as("expired").isFalse();

        application.answer(" Je teste des caméras connectées. ", NOW.plus(Duration.ofDays(1)));
        assertThat(application.getInformationAnswer()).isEqualTo("Je teste des caméras connectées.");
        assertThat(application.getStatus()).isEqualTo(MembershipApplication.Status.AWAITING_REVIEW);
        assertThat(application.acceptsAnswer(NOW.plus(Duration.ofDays(1)))).as("the link is used up").isFalse();
        assertThatThrownBy(() -> application.answer("encore", NOW.plus(Duration.ofDays(1)))).isInstanceOf(IllegalStateException.class);
    }
}
