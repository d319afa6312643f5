package fr.isoc.groupeiot.membership;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MemberTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private static Member approvedOrganisation() {
        JoinForm form = new JoinForm();
        form.setKind(ApplicantKind.ORGANISATION);
        form.setOrganisationName("Maison du Numérique");
        form.setOrganisationKind(OrganisationKind.ASSOCIATION);
        form.setRepresentativeRole("Déléguée générale");
        form.setFirstName("Zoë");
        form.setLastName("Lefèvre");
        form.setEmail("zoe@maison.test");
        form.setCollegeCode("civil-society");
        form.setMotivation("Une motivation de plus de vingt caractères.");
        form.setLanguage("en");
        form.setListedInDirectory(true);
        form.setNewsletter(true);
        form.setConsent(true);
        MembershipApplication application = MembershipApplication.from(form, NOW);
        application.newConfirmationToken(NOW, Duration.ofHours(72));
        application.confirm(NOW);
        application.approve(NOW);
        return Member.approvedFrom(application, 7L, NOW);
    }

    @Test
    void keepsTheApplicantsChoicesAndIsShownByItsOrganisationName() {
        Member member = approvedOrganisation();

        assertThat(member.getPublicName()).isEqualTo("Maison du Numérique");
        assertThat(member.isListedInDirectory()).isTrue();
        assertThat(member.isNewsletter()).isTrue();
        assertThat(member.getLanguage().code()).isEqualTo("en");
        assertThat(member.getApplicationId()).isEqualTo(7L);
        assertThat(member.isFounding()).isFalse();
    }

    @Test
    void asksForAnotherCollegeUntilAnAdminDecides() {
        Member member = approvedOrganisation();

        member.requestCollege("academia", NOW);
        assertThat(member.getCollegeCode()).isEqualTo("civil-society");
        assertThat(member.getRequestedCollegeCode()).isEqualTo("academia");

        member.requestCollege("civil-society", NOW);
        assertThat(member.getRequestedCollegeCode()).as("asking for the current college withdraws the request").isNull();

        member.requestCollege("academia", NOW);
        assertThat(member.decideCollegeRequest(true)).isTrue();
        assertThat(member.getCollegeCode()).isEqualTo("academia");
        assertThat(member.getRequestedCollegeCode()).isNull();
        assertThatThrownBy(() -> member.decideCollegeRequest(true)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void erasureBlanksEveryPersonalFieldAndKeepsAFormerMember() {
        Member member = approvedOrganisation();
        member.linkAccount("kc-123");
        member.requestCollege("academia", NOW);

        String account = member.erase(NOW.plusSeconds(60));

        assertThat(account).isEqualTo("kc-123");
        assertThat(member.isActive()).isFalse();
        assertThat(member.getPublicName()).as("pages show the former member label").isNull();
        assertThat(member.getEmail()).isNull();
        assertThat(member.getFirstName()).isNull();
        assertThat(member.getLastName()).isNull();
        assertThat(member.getOrganisationName()).isNull();
        assertThat(member.getRepresentativeRole()).isNull();
        assertThat(member.getKeycloakUserId()).isNull();
        assertThat(member.getRequestedCollegeCode()).isNull();
        assertThat(member.isListedInDirectory()).isFalse();
        assertThat(member.isNewsletter()).isFalse();
        assertThat(member.getApplicationId()).isNull();
        assertThat(member.getCollegeCode()).as("kept: contributions stay stamped with their college").isEqualTo("civil-society");
        assertThatThrownBy(() -> member.erase(NOW)).isInstanceOf(IllegalStateException.class);
    }
}
