package fr.isoc.groupeiot.press;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What editors write about a media contact. Format rules are Bean Validation constraints (the form's fields show them,
 * {@link MediaContacts} checks them again); the id and version say which contact, as read, is being changed.
 */
public class MediaContactForm implements Serializable {

    /** Digits with the separators people write ("+33 1 23 45 67 89", "01.23.45.67.89", "+1 (555) 010-2030"). */
    static final String PHONE = "^$|^\\s*\\+?[0-9][0-9 .()/-]{4,30}[0-9]\\s*$";

    private Long id;
    private Integer version;

    @NotBlank
    @Size(max = 100)
    private String givenName;
    @NotBlank
    @Size(max = 100)
    private String familyName;
    @NotBlank
    @Size(max = 200)
    private String organisation;
    @NotBlank
    @Size(max = 200)
    private String roleFr;
    @NotBlank
    @Size(max = 200)
    private String roleEn;
    @NotBlank
    @Email
    @Pattern(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")
    @Size(max = 320)
    private String email;
    @Pattern(regexp = PHONE)
    @Size(max = 40)
    private String phone;
    @NotBlank
    @LanguageCodes
    @Size(max = 100)
    private String languages;

    /** The form filled with a contact's current values. */
    public static MediaContactForm of(MediaContact contact) {
        MediaContactForm form = new MediaContactForm();
        form.id = contact.getId();
        form.version = contact.getVersion();
        form.givenName = contact.getGivenName();
        form.familyName = contact.getFamilyName();
        form.organisation = contact.getOrganisation();
        form.roleFr = contact.getRoleFr();
        form.roleEn = contact.getRoleEn();
        form.email = contact.getEmail();
        form.phone = contact.getPhone();
        form.languages = String.join(", ", contact.getLanguageCodes());
        return form;
    }

    /** The codes of a "fr, en" list, lower case, first occurrence kept. */
    static List<String> languageCodes(String list) {
        return list == null ? List.of() : Arrays.stream(list.split(","))
                .map(c -> c.strip().toLowerCase(Locale.ROOT)).filter(c -> !c.isEmpty()).distinct().toList();
    }

    public Long getId() {
        return id;
    }

    public Integer getVersion() {
        return version;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getRoleFr() {
        return roleFr;
    }

    public void setRoleFr(String roleFr) {
        this.roleFr = roleFr;
    }

    public String getRoleEn() {
        return roleEn;
    }

    public void setRoleEn(String roleEn) {
        this.roleEn = roleEn;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }
}
