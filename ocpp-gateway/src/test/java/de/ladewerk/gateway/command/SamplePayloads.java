package de.ladewerk.gateway.command;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ladewerk.ocpp.json.OcppJson;
import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Range;
import de.ladewerk.ocpp.validation.Required;
import de.ladewerk.ocpp.validation.Size;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;

/**
 * The smallest valid payload of a message record: every required property, filled with a value that
 * keeps the record's rules (length, bounds, item counts, enum values). Lets a test send every action
 * of a registry without a hand-written sample per action.
 */
final class SamplePayloads {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SamplePayloads() {
    }

    static ObjectNode minimal(Class<?> record) {
        ObjectNode node = NODES.objectNode();
        for (RecordComponent c : record.getRecordComponents()) {
            if (!c.isAnnotationPresent(Required.class) && !c.getType().isPrimitive()) {
                continue;
            }
            JsonProperty jp = c.getAnnotation(JsonProperty.class);
            String name = jp != null && !jp.value().isEmpty() ? jp.value() : c.getName();
            node.set(name, value(c.getGenericType(), c.getAnnotation(MaxLength.class), c.getAnnotation(Range.class),
                    c.getAnnotation(Size.class)));
        }
        return node;
    }

    private static JsonNode value(Type type, MaxLength maxLength, Range range, Size size) {
        if (type instanceof ParameterizedType pt && pt.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            ArrayNode items = NODES.arrayNode();
            for (int i = 0; i < Math.max(1, size == null ? 0 : size.min()); i++) {
                items.add(value(pt.getActualTypeArguments()[0], null, null, null));
            }
            return items;
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            String s = "sample";
            return NODES.textNode(maxLength == null ? s : s.substring(0, Math.min(s.length(), maxLength.value())));
        }
        if (c == Instant.class) {
            return NODES.textNode("2026-12-01T10:00:00Z");
        }
        if (c == Integer.class || c == int.class || c == Long.class || c == long.class || c == Short.class) {
            return NODES.numberNode((int) bounded(1, range));
        }
        if (c == Double.class || c == double.class || c == BigDecimal.class || c == Float.class) {
            return NODES.numberNode(bounded(1, range));
        }
        if (c == Boolean.class || c == boolean.class) {
            return NODES.booleanNode(true);
        }
        if (c.isEnum()) {
            return OcppJson.mapper().valueToTree(c.getEnumConstants()[0]);
        }
        if (c.isRecord()) {
            return minimal(c);
        }
        return NODES.textNode("sample"); // JsonNode / Object: any value
    }

    private static double bounded(double v, Range range) {
        return range == null ? v : Math.min(Math.max(v, range.min()), range.max());
    }
}
