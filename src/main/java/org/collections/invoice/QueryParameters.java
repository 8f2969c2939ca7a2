package org.collections.invoice;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.reflect.Executable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;

/**
 * Checks a controller method's query parameters as Spring would bind and validate them, each one on its own, for
 * the error answer that names every bad parameter.
 */
final class QueryParameters {

    private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    private QueryParameters() {
    }

    /** What is wrong with each query parameter of the method that the request sent, by name. */
    static Map<String, String> errors(Executable method, UnaryOperator<String> sent) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (int i = 0; i < method.getParameterCount(); i++) {
            MethodParameter parameter = MethodParameter.forExecutable(method, i);
            parameter.initParameterNameDiscovery(NAMES);
            RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
            if (annotation == null) {
                continue;
            }
            String name = !annotation.name().isEmpty() ? annotation.name() : parameter.getParameterName();
            String raw = name == null ? null : sent.apply(name);
            // Spring takes a blank value as the default, where there is one
            if (raw == null || raw.isBlank() && !ValueConstants.DEFAULT_NONE.equals(annotation.defaultValue())) {
                continue;
            }
            String error = error(parameter, raw);
            if (error != null) {
                errors.put(name, error);
            }
        }
        return errors;
    }

    /** The message for a value that cannot be read as the parameter's type. */
    static String mismatch(Class<?> type) {
        if (type == null) {
            return "has the wrong format";
        }
        if (type.isEnum()) {
            return "must be one of " + UnreadableFields.enumValues(type);
        }
        return switch (type.getSimpleName()) {
            case "int", "Integer", "long", "Long" -> "must be a whole number";
            case "boolean", "Boolean" -> "must be true or false";
            default -> "has the wrong format";
        };
    }

    private static String error(MethodParameter parameter, String raw) {
        Object value;
        try {
            value = DefaultConversionService.getSharedInstance().convert(raw.strip(), parameter.getParameterType());
        } catch (ConversionException e) {
            return mismatch(parameter.getParameterType());
        }
        if (value instanceof Number number) {
            Min min = parameter.getParameterAnnotation(Min.class);
            Max max = parameter.getParameterAnnotation(Max.class);
            if (min != null && number.longValue() < min.value()) {
                return "must be greater than or equal to " + min.value();
            }
            if (max != null && number.longValue() > max.value()) {
                return "must be less than or equal to " + max.value();
            }
        }
        return null;
    }
}
