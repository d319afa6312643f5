package fr.isoc.groupeiot.press;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Languages as two-letter ISO 639-1 codes separated by commas ("fr, en, de"), each a real language, so that a vCard's
 * LANG and the language names shown are right. An empty value is left to "required". The form shows its own message.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = LanguageCodes.Validator.class)
public @interface LanguageCodes {

    String message() default "{mediaContacts.error.languages}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<LanguageCodes, String> {

        private static final Pattern LIST = Pattern.compile("\\s*[a-zA-Z]{2}(\\s*,\\s*[a-zA-Z]{2})*\\s*");
        private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || LIST.matcher(value).matches()
                    && MediaContactForm.languageCodes(value).stream().allMatch(ISO_LANGUAGES::contains);
        }
    }
}
