package de.ladewerk.ocpp.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.Instant;

/**
 * Jackson's {@link InstantDeserializer} with a fast path: a string in the common UTC shape is read by
 * {@link UtcTimestamps}; every other token, and every property with a {@code @JsonFormat}, goes to
 * Jackson's deserializer unchanged.
 */
final class UtcInstantDeserializer extends StdScalarDeserializer<Instant> implements ContextualDeserializer {

    private final JsonDeserializer<?> fallback;

    UtcInstantDeserializer() {
        this(InstantDeserializer.INSTANT);
    }

    private UtcInstantDeserializer(JsonDeserializer<?> fallback) {
        super(Instant.class);
        this.fallback = fallback;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
            throws JsonMappingException {
        JsonDeserializer<?> contextual = fallback instanceof ContextualDeserializer c
                ? c.createContextual(ctxt, property) : fallback;
        JsonFormat.Value format = findFormatOverrides(ctxt, property, Instant.class);
        boolean plain = format == null || format.equals(JsonFormat.Value.empty());
        return plain ? new UtcInstantDeserializer(contextual) : contextual;
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.hasToken(JsonToken.VALUE_STRING)) {
            Instant fast = UtcTimestamps.parse(p.getText());
            if (fast != null) {
                return fast;
            }
        }
        return (Instant) fallback.deserialize(p, ctxt);
    }
}
