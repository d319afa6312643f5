package fr.isoc.groupeiot.platform.mail;

import fr.isoc.groupeiot.platform.i18n.Language;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An e-mail to send, already written in the recipient's language: a plain-text body always, an HTML one optionally
 * (sent as multipart/alternative).
 */
public record Email(
        @NotBlank @jakarta.validation.constraints.Email @Size(max = 320) String recipient,
        @NotNull Language language,
        @NotBlank @Size(max = 500) String subject,
        @NotBlank @Size(max = 100000) String textBody,
        @Size(max = 200000) String htmlBody) {
}
