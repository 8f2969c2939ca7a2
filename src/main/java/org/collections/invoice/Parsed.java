package org.collections.invoice;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request body read as far as it goes: {@code value} with null where a field had a value of the wrong type (a
 * word for a date, an unknown customer type), and {@code unreadable} naming those fields with a message. The
 * service reports them together with the rules the rest of the body breaks, so one answer names every bad field.
 */
@JsonDeserialize(using = Parsed.Reader.class)
public record Parsed<T>(T value, Map<String, String> unreadable) {

    public Parsed {
        unreadable = Collections.unmodifiableMap(new TreeMap<>(unreadable));
    }

    /** Reads the body's own type, with {@link UnreadableFields} noting what it cannot read. */
    public static final class Reader extends JsonDeserializer<Parsed<?>> implements ContextualDeserializer {

        private final JavaType valueType;

        public Reader() {
            this(null);
        }

        private Reader(JavaType valueType) {
            this.valueType = valueType;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            JavaType parsed = property != null ? property.getType() : ctxt.getContextualType();
            return new Reader(parsed.containedTypeOrUnknown(0));
        }

        @Override
        public Parsed<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Map<String, String> unreadable = UnreadableFields.noteInto(ctxt);
            // a row of a batch is at [3]: its fields are named as in a single request, as bean validation names them
            String place = UnreadableFields.path(p);
            Object value = ctxt.readValue(p, valueType);
            return new Parsed<>(value, place.isEmpty() ? unreadable : relativeTo(place, unreadable));
        }

        private static Map<String, String> relativeTo(String place, Map<String, String> notes) {
            Map<String, String> relative = new TreeMap<>();
            notes.forEach((path, message) -> relative.put(path.equals(place) ? ""
                    : path.startsWith(place + ".") ? path.substring(place.length() + 1) : path, message));
            return relative;
        }
    }
}
