package fr.isoc.groupeiot.press;

import fr.isoc.groupeiot.platform.i18n.Language;
import fr.isoc.groupeiot.platform.persistence.Columns;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A person journalists may call or write to: shown in the press room and on releases, downloadable as a vCard. Roles
 * are written in both languages; the languages spoken are codes in order of preference.
 */
@Entity
@Table(name = "press_contact")
public class MediaContact {

    @Id
    @SequenceGenerator(name = "press_contact_seq", sequenceName = "press_contact_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "press_contact_seq")
    private Long id;

    @Column(name = "given_name", nullable = false, length = 100)
    private String givenName;
    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;
    @Column(nullable = false, length = 200)
    private String organisation;
    @Column(name = "role_fr", length = 200)
    private String roleFr;
    @Column(name = "role_en", length = 200)
    private String roleEn;
    @Column(nullable = false, length = 320)
    private String email;
    @Column(length = 40)
    private String phone;
    @Column(nullable = false, length = 100)
    private String languages;
    @Column(nullable = false)
    private int position;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
    @Version
    private int version;

    protected MediaContact() {
    }

    MediaContact(MediaContactForm form, int position, Instant now) {
        this.position = position;
        apply(form, now);
    }

    /** Takes the form's values (already validated), trimmed; language codes lower-cased, without repeats. */
    void apply(MediaContactForm form, Instant now) {
        this.givenName = form.getGivenName().strip();
        this.familyName = form.getFamilyName().strip();
        this.organisation = form.getOrganisation().strip();
        this.roleFr = Columns.blankToNull(form.getRoleFr());
        this.roleEn = Columns.blankToNull(form.getRoleEn());
        this.email = form.getEmail().strip();
        this.phone = Columns.blankToNull(form.getPhone());
        this.languages = String.join(",", MediaContactForm.languageCodes(form.getLanguages()));
        this.updatedAt = Columns.utc(now);
    }

    void moveTo(int position, Instant now) {
        if (this.position != position) {
            this.position = position;
            this.updatedAt = Columns.utc(now);
        }
    }

    public String getFullName() {
        return givenName + " " + familyName;
    }

    /** The role in a language, or in the other one when it was left empty. */
    public String role(Language language) {
        String wanted = language == Language.FRENCH ? roleFr : roleEn;
        return wanted != null ? wanted : (language == Language.FRENCH ? roleEn : roleFr);
    }

    /** Languages spoken, as codes ("fr", "en"…), most preferred first. */
    public List<String> getLanguageCodes() {
        return Arrays.stream(languages.split(",")).filter(c -> !c.isBlank()).toList();
    }

    /**
     * The phone number as a tel: URI (RFC 3966): a number written with its country code ("+33 1 23 45 67 89") or a
     * French one starting with 0 ("01 23 45 67 89" is +33123456789); empty for anything else, shown as written.
     */
    public Optional<String> telUri() {
        return telUri(phone);
    }

    static Optional<String> telUri(String phone) {
        if (phone == null) {
            return Optional.empty();
        }
        // "+33 (0)1 …": the trunk prefix in brackets is not dialled from abroad.
        String digits = phone.replace("(0)", "").replaceAll("[^0-9+]", "");
        if (digits.matches("\\+[1-9][0-9]{5,16}")) {
            return Optional.of("tel:" + digits);
        }
        if (digits.matches("0[1-9][0-9]{8}")) {
            return Optional.of("tel:+33" + digits.substring(1));
        }
        return Optional.empty();
    }

    /** A UID that never changes for this contact, whatever is edited: a name-based UUID of its id. */
    public String getUid() {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("groupe-iot/press-contact/" + id).getBytes(StandardCharsets.UTF_8));
    }

    public Long getId() {
        return id;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getRoleFr() {
        return roleFr;
    }

    public String getRoleEn() {
        return roleEn;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getLanguages() {
        return languages;
    }

    public int getPosition() {
        return position;
    }

    public Instant getUpdatedAt() {
        return updatedAt.toInstant();
    }

    public int getVersion() {
        return version;
    }
}
