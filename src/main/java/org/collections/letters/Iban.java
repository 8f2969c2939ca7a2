package org.collections.letters;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.iban4j.Iban4jException;
import org.iban4j.IbanUtil;

/**
 * An IBAN as a bank would accept it: the country's length and layout and the check digits (iban4j), spaces between
 * the groups allowed. Empty is allowed (no account configured). A mistyped IBAN in the configuration would print on
 * every letter and in every payment QR code, sending customers' money nowhere or to someone else; it stops start-up.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Iban.Check.class)
public @interface Iban {

    String message() default "must be an IBAN such as NL91 ABNA 0417 1643 00";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<Iban, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            try {
                IbanUtil.validate(value.replaceAll("\\s", ""));
                return true;
            } catch (Iban4jException e) {
                Bic.Check.explain(context, e);
                return false;
            }
        }
    }
}
