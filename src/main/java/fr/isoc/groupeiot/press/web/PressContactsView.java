package fr.isoc.groupeiot.press.web;

import fr.isoc.groupeiot.platform.web.PageContext;
import fr.isoc.groupeiot.press.MediaContact;
import fr.isoc.groupeiot.press.MediaContacts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the public contacts list ({@code /WEB-INF/views/press/contacts-list.xhtml}) shows, in the page's language:
 * all contacts for the press room, or those a release names.
 */
@Named
@RequestScoped
public class PressContactsView {

    @Inject
    MediaContacts contacts;

    @Inject
    PageContext page;

    @Inject
    HttpServletRequest request;

    private List<MediaContact> all;

    /** Every contact, in the editors' order. */
    public List<MediaContact> getAll() {
        if (all == null) {
            all = contacts.all();
        }
        return all;
    }

    /** The contacts a press release (its content item's id) names, in the release's order. */
    public List<MediaContact> ofRelease(long itemId) {
        return contacts.ofRelease(itemId);
    }

    public String role(MediaContact contact) {
        return contact.role(page.getLanguage());
    }

    /** The languages spoken, named in the page's language ("français, anglais"), most preferred first. */
    public String languages(MediaContact contact) {
        Locale locale = page.getLocale();
        return contact.getLanguageCodes().stream().map(code -> Locale.forLanguageTag(code).getDisplayLanguage(locale))
                .collect(Collectors.joining(", "));
    }

    /** The tel: link of the phone number, or null when it cannot be dialled as written (shown as text then). */
    public String tel(MediaContact contact) {
        return contact.telUri().orElse(null);
    }

    public String vcardUrl(MediaContact contact) {
        return request.getContextPath() + PressPaths.contact(page.getLanguage(), contact.getId());
    }

    public String getAllUrl() {
        return request.getContextPath() + PressPaths.allContacts(page.getLanguage());
    }
}
