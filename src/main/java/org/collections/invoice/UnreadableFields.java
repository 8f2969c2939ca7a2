package org.collections.invoice;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Lets a {@link Parsed} request body be read to its end past values of the wrong type: such a field is left null
 * and its path noted with a message, so that the service can report it together with every other bad field.
 * Registered with Spring's {@code ObjectMapper} as a module; every other read fails at the first wrong value, as
 * Jackson always does, because only {@link Parsed} asks for the notes.
 */
@Component
public class UnreadableFields extends SimpleModule {

    private static final Object NOTES = UnreadableFields.class;

    public UnreadableFields() {
        super("collections-unreadable-fields");
    }

    /** PostgreSQL stores no NUL character in text: refused where it is read, not where it is written. */
    private static final String NUL = "must not contain a NUL character";

    @Override
    public void setupModule(SetupContext context) {
        addDeserializer(String.class, new TextWithoutNul());
        super.setupModule(context);
        context.addDeserializationProblemHandler(new Lenient());
    }

    private static final class TextWithoutNul extends JsonDeserializer<String> {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = StringDeserializer.instance.deserialize(p, ctxt);
            return text == null || text.indexOf('\0') < 0 ? text
                    : (String) ctxt.handleWeirdStringValue(String.class, text, NUL);
        }
    }

    /** From now on in this read, a value of the wrong type is noted in the answered map instead of failing. */
    static Map<String, String> noteInto(DeserializationContext ctxt) {
        Map<String, String> notes = new TreeMap<>();
        ctxt.setAttribute(NOTES, notes);
        return notes;
    }

    /** What a caller is told about a value that cannot be read as the given type. */
    static String message(Class<?> type) {
        if (type.isEnum()) {
            return "must be one of " + enumValues(type);
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "cannot be read as an ISO date (yyyy-MM-dd)";
            case "BigDecimal" -> "cannot be read as a decimal number";
            case "Boolean", "boolean" -> "cannot be read as true or false";
            case "String" -> "cannot be read as text";
            default -> type.isRecord() ? "must be a JSON object" : "has the wrong type";
        };
    }

    static String enumValues(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }

    private static final class Lenient extends DeserializationProblemHandler {

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
                JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
            if (p == ctxt.getParser()) {
                return note(ctxt, p, path(p), "is not a known field");
            }
            // A record buffers unknown fields and replays them once its object is read: the body's own parser then
            // stands on the record's closing brace, where its context names the record's place.
            String record = path(ctxt.getParser());
            return note(ctxt, p, record.isEmpty() ? propertyName : record + "." + propertyName, "is not a known field");
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                String failureMsg) throws IOException {
            String message = NUL.equals(failureMsg) ? NUL : message(targetType);
            return note(ctxt, ctxt.getParser(), path(ctxt.getParser()), message) ? null : NOT_HANDLED;
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
                String failureMsg) throws IOException {
            return note(ctxt, ctxt.getParser(), path(ctxt.getParser()), message(targetType)) ? null : NOT_HANDLED;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, Class<?> targetType, JsonToken t, JsonParser p,
                String failureMsg) throws IOException {
            return note(ctxt, p, path(p), message(targetType)) ? null : NOT_HANDLED;
        }

        @Override
        public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
                ValueInstantiator valueInsta, JsonParser p, String msg) throws IOException {
            return note(ctxt, p, path(p), message(instClass)) ? null : NOT_HANDLED;
        }

        /**
         * Notes the current value and skips it, when this read keeps notes; a body that is not even an object has
         * no field to name and fails as a whole.
         */
        @SuppressWarnings("unchecked")
        private static boolean note(DeserializationContext ctxt, JsonParser p, String path, String message)
                throws IOException {
            Map<String, String> notes = (Map<String, String>) ctxt.getAttribute(NOTES);
            if (notes == null || path.isEmpty()) {
                return false;
            }
            notes.putIfAbsent(path, message);
            p.skipChildren();
            return true;
        }
    }

    /** The value's path as bean validation names it: {@code customer.type}, {@code lines[2].amount}. */
    static String path(JsonParser p) {
        JsonStreamContext context = p.getParsingContext();
        if (p.hasToken(JsonToken.START_OBJECT) || p.hasToken(JsonToken.START_ARRAY)) {
            context = context.getParent();
        }
        Deque<String> names = new ArrayDeque<>();
        for (; context != null && !context.inRoot(); context = context.getParent()) {
            if (context.inArray()) {
                names.push("[" + context.getCurrentIndex() + "]");
            } else if (context.hasCurrentName()) {
                names.push(context.getCurrentName());
            }
        }
        return String.join(".", names).replace(".[", "[");
    }
}
