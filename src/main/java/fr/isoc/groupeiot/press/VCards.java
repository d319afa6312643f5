package fr.isoc.groupeiot.press;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Email;
import ezvcard.property.Kind;
import ezvcard.property.Organization;
import ezvcard.property.Revision;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Title;
import ezvcard.property.Uid;
import ezvcard.util.TelUri;
import fr.isoc.groupeiot.platform.i18n.Language;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/**
 * Media contacts as vCard 4.0 (RFC 6350) with ez-vcard: one card per contact, several in one file for "all contacts".
 * The role comes first in the language asked for, then in the other as an alternative (same ALTID, its LANGUAGE).
 */
public final class VCards {

    private VCards() {
    }

    public static void write(List<MediaContact> contacts, Language language, Writer out) throws IOException {
        List<VCard> cards = contacts.stream().map(c -> card(c, language)).toList();
        // UTF-8 is vCard 4.0's only charset; the caller's writer must be UTF-8 too.
        Ezvcard.write(cards).version(VCardVersion.V4_0).prodId(false).go(out);
    }

    static VCard card(MediaContact contact, Language language) {
        VCard card = new VCard(VCardVersion.V4_0);
        card.setKind(Kind.individual());
        card.setFormattedName(contact.getFullName());
        StructuredName name = new StructuredName();
        name.setGiven(contact.getGivenName());
        name.setFamily(contact.getFamilyName());
        card.setStructuredName(name);
        card.setOrganization(new Organization());
        card.getOrganization().getValues().add(contact.getOrganisation());
        for (Language each : List.of(language, language.other())) {
            String role = each == Language.FRENCH ? contact.getRoleFr() : contact.getRoleEn();
            if (role != null) {
                Title title = new Title(role);
                title.setLanguage(each.code());
                title.setAltId("1");
                card.addTitle(title);
            }
        }
        Email email = new Email(contact.getEmail());
        email.getTypes().add(EmailType.WORK);
        card.addEmail(email);
        if (contact.getPhone() != null) {
            Optional<String> uri = contact.telUri();
            Telephone telephone = uri.map(u -> new Telephone(TelUri.parse(u))).orElseGet(() -> new Telephone(contact.getPhone()));
            telephone.getTypes().add(TelephoneType.WORK);
            telephone.getTypes().add(TelephoneType.VOICE);
            card.addTelephoneNumber(telephone);
        }
        List<String> codes = contact.getLanguageCodes();
        for (int i = 0; i < codes.size(); i++) {
            ezvcard.property.Language spoken = new ezvcard.property.Language(codes.get(i));
            spoken.setPref(i + 1);
            card.addLanguage(spoken);
        }
        card.setUid(new Uid(contact.getUid()));
        card.setRevision(new Revision(contact.getUpdatedAt()));
        return card;
    }
}
