package fr.isoc.groupeiot.membership;

import fr.isoc.groupeiot.platform.config.PortalSettings;
import fr.isoc.groupeiot.platform.i18n.Language;
import fr.isoc.groupeiot.platform.i18n.Route;
import fr.isoc.groupeiot.platform.mail.Email;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.ResourceBundle;

/**
 * The e-mails of the join process, written in the applicant's language from the bundles, as text and HTML. They
 * carry nothing the applicant typed: until the address is confirmed, anyone may have typed it.
 */
@ApplicationScoped
public class ApplicationMails {

    @Inject
    PortalSettings settings;

    Email confirmation(MembershipApplication application, String token, Duration validity) {
        Language language = application.getLanguage();
        String link = settings.getPublicBaseUrl() + Route.JOIN_CONFIRM.path(language) + "?token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
        long hours = validity.toHours();
        return compose(application, "mail.confirm", link, hours);
    }

    Email alreadyApplied(MembershipApplication application) {
        return compose(application, "mail.known", settings.getPublicBaseUrl() + Route.HOME.path(application.getLanguage()), 0);
    }

    private Email compose(MembershipApplication application, String prefix, String link, long hours) {
        Language language = application.getLanguage();
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", language.locale());
        // No name in the greeting: the form can be filled in anyone's name, so its text must not reach the mailbox.
        String greeting = bundle.getString("mail.greeting");
        String intro = format(bundle, prefix + ".intro", language, hours);
        String action = bundle.getString(prefix + ".action");
        String closing = format(bundle, prefix + ".closing", language, hours);
        String signature = bundle.getString("mail.signature");
        String text = greeting + "\n\n" + intro + "\n\n" + action + "\n" + link + "\n\n" + closing + "\n\n" + signature + "\n";
        String html = "<!DOCTYPE html><html lang=\"" + language.code() + "\"><body>"
                + "<p>" + escape(greeting) + "</p><p>" + escape(intro) + "</p>"
                + "<p><a href=\"" + escape(link) + "\">" + escape(action) + "</a></p>"
                + "<p>" + escape(closing) + "</p><p>" + escape(signature) + "</p></body></html>";
        return new Email(application.getEmail(), language, bundle.getString(prefix + ".subject"), text, html);
    }

    private static String format(ResourceBundle bundle, String key, Language language, Object argument) {
        return new MessageFormat(bundle.getString(key), language.locale()).format(new Object[]{argument});
    }

    /** Applicants' names go into HTML: escape them. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
