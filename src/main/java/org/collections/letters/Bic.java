package org.collections.letters;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.iban4j.BicUtil;
import org.iban4j.Iban4jException;

/** A BIC (SWIFT code) of 8 or 11 characters with a real country code (iban4j); empty is allowed. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Bic.Check.class)
public @interface Bic {

    String message() default "must be a BIC of 8 or 11 characters such as ABNANL2A";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<Bic, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            try {
                BicUtil.validate(value.strip());
                return true;
            } catch (Iban4jException e) {
                explain(context, e);
                return false;
            }
        }

        /** The constraint's message followed by iban4j's reason, so start-up says what is wrong with the value. */
        static void explain(ConstraintValidatorContext context, Iban4jException e) {
            String reason = String.valueOf(e.getMessage()).replaceAll("[{}$\\\\]", "");
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate() + " (" + reason
                    + ")").addConstraintViolation();
        }
    }
}
