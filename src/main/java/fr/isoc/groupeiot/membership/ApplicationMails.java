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
        return compose(application.getEmail(), language, "mail.confirm", link, validity.toHours(), null);
    }

    Email alreadyApplied(MembershipApplication application) {
        return compose(application.getEmail(), application.getLanguage(), "mail.known",
                settings.getPublicBaseUrl() + Route.HOME.path(application.getLanguage()), 0, null);
    }

    /** To a member whose address was typed into the join form again (in the language chosen on that form). */
    Email alreadyMember(MembershipApplication candidate) {
        Language language = candidate.getLanguage();
        return compose(candidate.getEmail(), language, "mail.member",
                settings.getPublicBaseUrl() + Route.MEMBER_AREA.path(language), 0, null);
    }

    /** Approval. The account e-mail comes from Keycloak separately (or the member signs in with the account they have). */
    Email approved(MembershipApplication application) {
        Language language = application.getLanguage();
        return compose(application.getEmail(), language, "mail.approved",
                settings.getPublicBaseUrl() + Route.MEMBER_AREA.path(language), 0, null);
    }

    /** Rejection: the reason's sentence, then the admin's own words when they wrote some. */
    Email rejected(MembershipApplication application, RejectionReason reason, String comment) {
        Language language = application.getLanguage();
        ResourceBundle bundle = bundle(language);
        String because = bundle.getString("mail.rejected.reason." + reason.name());
        String quoted = comment == null || comment.isBlank() ? because : because + "\n\n" + comment.strip();
        return compose(application.getEmail(), language, "mail.rejected", null, 0, quoted);
    }

    Email informationRequest(MembershipApplication application, String token, Duration validity) {
        Language language = application.getLanguage();
        String link = settings.getPublicBaseUrl() + Route.JOIN_INFORMATION.path(language) + "?token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return compose(application.getEmail(), language, "mail.information", link, validity.toDays(),
                application.getInformationQuestion());
    }

    Email collegeDecision(Member member, boolean accepted, String collegeCode) {
        Language language = member.getLanguage();
        String college = bundle(language).getString("college." + collegeCode + ".name");
        return compose(member.getEmail(), language, accepted ? "mail.college.accepted" : "mail.college.refused",
                settings.getPublicBaseUrl() + Route.MEMBER_PROFILE.path(language), college, null);
    }

    /**
     * One e-mail from the bundle keys under {@code prefix}: subject, intro, optional quoted block (text an admin
     * wrote), optional link with its action label, closing. {@code argument} fills {0} in intro and closing.
     */
    private Email compose(String to, Language language, String prefix, String link, Object argument, String quoted) {
        ResourceBundle bundle = bundle(language);
        // No name in the greeting: the form can be filled in anyone's name, so its text must not reach the mailbox.
        String greeting = bundle.getString("mail.greeting");
        String intro = format(bundle, prefix + ".intro", language, argument);
        String closing = format(bundle, prefix + ".closing", language, argument);
        String signature = bundle.getString("mail.signature");
        StringBuilder text = new StringBuilder(greeting).append("\n\n").append(intro).append("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(language.code()).append("\"><body>")
                .append("<p>").append(escape(greeting)).append("</p><p>").append(escape(intro)).append("</p>");
        if (quoted != null) {
            text.append(quoted).append("\n\n");
            html.append("<blockquote><p>").append(escape(quoted).replace("\n", "<br>")).append("</p></blockquote>");
        }
        if (link != null) {
            String action = bundle.getString(prefix + ".action");
            text.append(action).append("\n").append(link).append("\n\n");
            html.append("<p><a href=\"").append(escape(link)).append("\">").append(escape(action)).append("</a></p>");
        }
        text.append(closing).append("\n\n").append(signature).append("\n");
        html.append("<p>").append(escape(closing)).append("</p><p>").append(escape(signature)).append("</p></body></html>");
        return new Email(to, language, bundle.getString(prefix + ".subject"), text.toString(), html.toString());
    }

    private static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle("i18n.messages", language.locale());
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
