package fr.isoc.groupeiot.press;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Title;
import fr.isoc.groupeiot.platform.i18n.Language;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The vCards journalists import: version 4.0, UTF-8 names with accents, tel: URIs, languages with preferences. */
class VCardsTest {

    private static final Instant CHANGED = Instant.parse("2026-03-02T10:15:30Z");

    @Test
    void writesOneVersion4CardPerContactThatParsesBackWithItsAccents() throws Exception {
        MediaContact helene = contact(7, "Hélène", "Dupré", "Groupe de travail sécurité IoT", "Responsable des relations presse",
                "Head of press relations", "helene.dupre@groupe-iot.test", "+33 1 23 45 67 89", "fr, en");
        MediaContact thanh = contact(8, "Thành", "Nguyễn", "Laboratoire Objets et Sécurité", "Chercheur", "Researcher",
                "thanh.nguyen@lab-objets.test", "04 72 10 20 30", "en, fr, vi");
        MediaContact zoe = contact(9, "Zoë", "Lefèvre", "Groupe", "Porte-parole", "Spokesperson", "zoe@groupe-iot.test", null, "de");

        String text = write(List.of(helene, thanh, zoe), Language.FRENCH);
        List<VCard> cards = Ezvcard.parse(text).all();

        assertThat(text).startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n");
        assertThat(cards).hasSize(3);
        VCard first = cards.getFirst();
        assertThat(first.getVersion()).isEqualTo(VCardVersion.V4_0);
        assertThat(first.getFormattedName().getValue()).isEqualTo("Hélène Dupré");
        assertThat(first.getStructuredName().getGiven()).isEqualTo("Hélène");
        assertThat(first.getStructuredName().getFamily()).isEqualTo("Dupré");
        assertThat(first.getOrganization().getValues()).containsExactly("Groupe de travail sécurité IoT");
        assertThat(first.getKind().isIndividual()).isTrue();
        assertThat(first.getEmails()).singleElement().satisfies(e -> assertThat(e.getValue()).isEqualTo("helene.dupre@groupe-iot.test"));
        assertThat(first.getTelephoneNumbers()).singleElement().satisfies(tel -> {
            assertThat(tel.getUri().toString()).isEqualTo("tel:+33123456789");
            assertThat(tel.getTypes()).contains(TelephoneType.WORK, TelephoneType.VOICE);
        });
        assertThat(first.getLanguages()).extracting(l -> l.getValue() + ";" + l.getPref()).containsExactly("fr;1", "en;2");
        assertThat(first.getTitles()).extracting(Title::getValue, Title::getLanguage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Responsable des relations presse", "fr"),
                        org.assertj.core.groups.Tuple.tuple("Head of press relations", "en"));
        assertThat(first.getUid().getValue()).startsWith("urn:uuid:");
        assertThat(first.getRevision().getValue()).isEqualTo(CHANGED);

        VCard second = cards.get(1);
        assertThat(second.getFormattedName().getValue()).isEqualTo("Thành Nguyễn");
        assertThat(second.getTelephoneNumbers().getFirst().getUri().toString()).as("French number without country code")
                .isEqualTo("tel:+33472102030");
        assertThat(second.getLanguages()).extracting(l -> l.getValue()).containsExactly("en", "fr", "vi");
        assertThat(cards.get(2).getFormattedName().getValue()).isEqualTo("Zoë Lefèvre");
        assertThat(cards.get(2).getTelephoneNumbers()).isEmpty();
    }

    @Test
    void putsTheRoleInTheAskedLanguageFirst() throws Exception {
        MediaContact helene = contact(7, "Hélène", "Dupré", "Groupe", "Porte-parole", "Spokesperson", "h@groupe-iot.test", null, "fr");

        VCard card = Ezvcard.parse(write(List.of(helene), Language.ENGLISH)).first();

        assertThat(card.getTitles()).extracting(Title::getValue).containsExactly("Spokesperson", "Porte-parole");
        assertThat(card.getTitles()).extracting(Title::getAltId).containsOnly("1");
    }

    @Test
    void keepsTheSameUidWhateverIsEditedAndADifferentOnePerContact() throws Exception {
        MediaContact before = contact(7, "Hélène", "Dupré", "Groupe", "A", "A", "h@groupe-iot.test", null, "fr");
        MediaContact after = contact(7, "Hélène", "Martin", "Autre", "B", "B", "autre@groupe-iot.test", null, "en");
        MediaContact other = contact(8, "Hélène", "Dupré", "Groupe", "A", "A", "h@groupe-iot.test", null, "fr");

        assertThat(after.getUid()).isEqualTo(before.getUid());
        assertThat(other.getUid()).isNotEqualTo(before.getUid());
    }

    @Test
    void dialsOnlyNumbersItCanWriteAsGlobalTelUris() {
        assertThat(MediaContact.telUri("+33 1 23 45 67 89")).hasValue("tel:+33123456789");
        assertThat(MediaContact.telUri("+33 (0)1 23 45 67 89")).hasValue("tel:+33123456789");
        assertThat(MediaContact.telUri("01.23.45.67.89")).hasValue("tel:+33123456789");
        assertThat(MediaContact.telUri("+1 (555) 010-2030")).hasValue("tel:+15550102030");
        assertThat(MediaContact.telUri("3615")).isEmpty();
        assertThat(MediaContact.telUri(null)).isEmpty();
    }

    @Test
    void acceptsPhoneNumbersAsPeopleWriteThemAndKnownLanguageCodesOnly() {
        assertThat("+33 1 23 45 67 89").matches(MediaContactForm.PHONE);
        assertThat("01.23.45.67.89").matches(MediaContactForm.PHONE);
        assertThat("+1 (555) 010-2030").matches(MediaContactForm.PHONE);
        assertThat("").matches(MediaContactForm.PHONE);
        assertThat("appelez-moi").doesNotMatch(MediaContactForm.PHONE);
        assertThat("+33 1 23 45 67 89 ou 06").doesNotMatch(MediaContactForm.PHONE);

        LanguageCodes.Validator languages = new LanguageCodes.Validator();
        assertThat(languages.isValid("fr, en, DE", null)).isTrue();
        assertThat(languages.isValid("fr", null)).isTrue();
        assertThat(languages.isValid("fr en", null)).isFalse();
        assertThat(languages.isValid("français", null)).isFalse();
        assertThat(languages.isValid("fr, xx", null)).as("not a language").isFalse();
        assertThat(MediaContactForm.languageCodes(" FR, en ,fr")).containsExactly("fr", "en");
    }

    private static String write(List<MediaContact> contacts, Language language) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            VCards.write(contacts, language, out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static MediaContact contact(long id, String given, String family, String organisation, String roleFr, String roleEn,
                                String email, String phone, String languages) throws Exception {
        MediaContactForm form = new MediaContactForm();
        form.setGivenName(given);
        form.setFamilyName(family);
        form.setOrganisation(organisation);
        form.setRoleFr(roleFr);
        form.setRoleEn(roleEn);
        form.setEmail(email);
        form.setPhone(phone);
        form.setLanguages(languages);
        MediaContact contact = new MediaContact(form, 1, CHANGED);
        // The id comes from the database sequence; set here as EclipseLink would.
        Field field = MediaContact.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(contact, id);
        return contact;
    }
}
