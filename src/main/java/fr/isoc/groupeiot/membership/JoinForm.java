package fr.isoc.groupeiot.membership;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/**
 * What the join form collects. Format rules are Bean Validation constraints; which fields are required depends on
 * the kind of applicant and is checked by {@link MembershipApplication}'s factory (and shown by the form).
 */
public class JoinForm implements Serializable {

    @NotNull
    private ApplicantKind kind = ApplicantKind.PERSON;

    @NotBlank
    @Size(max = 100)
    private String firstName;
    @NotBlank
    @Size(max = 100)
    private String lastName;
    @NotBlank
    @Email
    @Size(max = 320)
    private String email;
    @Size(max = 200)
    private String affiliation;
    @Size(max = 100)
    private String country;

    @Size(max = 200)
    private String organisationName;
    private OrganisationKind organisationKind;
    @Pattern(regexp = "^$|^https?://[^\\s]+\\.[^\\s]+$")
    @Size(max = 300)
    private String website;
    @ValidSiren
    private String siren;
    @Size(max = 120)
    private String representativeRole;

    @NotBlank
    private String collegeCode;
    @NotBlank
    @Size(min = 20, max = 2000)
    private String motivation;
    @NotNull
    private String language;
    private boolean listedInDirectory;
    @AssertTrue
    private boolean consent;
    private boolean newsletter;

    public boolean isOrganisation() {
        return kind == ApplicantKind.ORGANISATION;
    }

    public ApplicantKind getKind() {
        return kind;
    }

    public void setKind(ApplicantKind kind) {
        this.kind = kind;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAffiliation() {
        return affiliation;
    }

    public void setAffiliation(String affiliation) {
        this.affiliation = affiliation;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public OrganisationKind getOrganisationKind() {
        return organisationKind;
    }

    public void setOrganisationKind(OrganisationKind organisationKind) {
        this.organisationKind = organisationKind;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getSiren() {
        return siren;
    }

    public void setSiren(String siren) {
        this.siren = siren;
    }

    public String getRepresentativeRole() {
        return representativeRole;
    }

    public void setRepresentativeRole(String representativeRole) {
        this.representativeRole = representativeRole;
    }

    public String getCollegeCode() {
        return collegeCode;
    }

    public void setCollegeCode(String collegeCode) {
        this.collegeCode = collegeCode;
    }

    public String getMotivation() {
        return motivation;
    }

    public void setMotivation(String motivation) {
        this.motivation = motivation;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isListedInDirectory() {
        return listedInDirectory;
    }

    public void setListedInDirectory(boolean listedInDirectory) {
        this.listedInDirectory = listedInDirectory;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public boolean isNewsletter() {
        return newsletter;
    }

    public void setNewsletter(boolean newsletter) {
        this.newsletter = newsletter;
    }
}
