package de.ladewerk.ocpp.validation;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.ocpp.error.ErrorKind;
import de.ladewerk.ocpp.json.UtcTimestamps;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a JSON payload against the description of a message: its record class. Components give
 * the properties and their types, annotations the rules ({@link Required}, {@link MaxLength},
 * {@link Range}, {@link Size}), enums the allowed values. Unknown properties are refused, except an
 * OCPP 2.0.1 {@code customData} object where the version allows it.
 *
 * <p>Runs on the JSON tree before binding, so a missing field, a wrong type and an unknown property
 * can each be told apart and answered with the CallError the specification wants.
 */
public final class PayloadValidator {

    private static final int MAX_CUSTOM_DATA_VENDOR_ID = 255;
    private final boolean allowCustomData;

    /**
     * @param allowCustomData whether every object may carry a {@code customData} property (2.0.1)
     */
    public PayloadValidator(boolean allowCustomData) {
        this.allowCustomData = allowCustomData;
    }

    /** The first violation of the payload against the message type, or empty if it is valid. */
    public Optional<Violation> validate(JsonNode payload, Class<?> messageType) {
        return Optional.ofNullable(checkObject(payload, TypeDescriptions.of(messageType), JsonPath.ROOT));
    }

    private Violation checkObject(JsonNode node, TypeDescription type, JsonPath path) {
        if (!node.isObject()) {
            return new Violation(ErrorKind.TYPE_CONSTRAINT_VIOLATION, path.toString(), "must be an object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (type.property(e.getKey()) == null) {
                Violation v = checkUnknown(e.getKey(), e.getValue(), path);
                if (v != null) {
                    return v;
                }
            }
        }
        for (PropertyDescription p : type.properties()) {
            JsonNode value = node.get(p.name());
            JsonPath at = path.property(p.name());
            if (value == null || value.isNull()) {
                if (p.required()) {
                    return new Violation(ErrorKind.OCCURRENCE_CONSTRAINT_VIOLATION, at.toString(), "is required");
                }
                continue;
            }
            Violation v = checkValue(value, p, p.valueType(), at);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private Violation checkUnknown(String name, JsonNode value, JsonPath path) {
        if (allowCustomData && "customData".equals(name)) {
            JsonNode vendorId = value.get("vendorId");
            if (!value.isObject() || vendorId == null || !vendorId.isTextual()
                    || vendorId.asText().length() > MAX_CUSTOM_DATA_VENDOR_ID) {
                return new Violation(ErrorKind.PROPERTY_CONSTRAINT_VIOLATION, path.property(name).toString(),
                        "must be an object with a vendorId string of at most 255 characters");
            }
            return null;
        }
        return new Violation(ErrorKind.PROPERTY_CONSTRAINT_VIOLATION, path.property(name).toString(),
                "is not a known property");
    }

    private Violation checkValue(JsonNode value, PropertyDescription p, ValueType t, JsonPath at) {
        return switch (t.kind()) {
            case STRING -> {
                if (!value.isTextual()) {
                    yield typeError(at, "a string");
                }
                int len = value.asText().length();
                yield len > p.maxLength()
                        ? new Violation(ErrorKind.FORMAT_VIOLATION, at.toString(),
                        "must be at most " + p.maxLength() + " characters, has " + len)
                        : null;
            }
            case DATE_TIME -> {
                if (!value.isTextual()) {
                    yield typeError(at, "a date-time string");
                }
                yield isDateTime(value.asText()) ? null
                        : new Violation(ErrorKind.FORMAT_VIOLATION, at.toString(),
                        "must be an RFC 3339 date-time with offset, e.g. 2026-11-21T09:00:00Z");
            }
            case INTEGER -> value.isIntegralNumber() || (value.isNumber() && value.asDouble() == Math.rint(value.asDouble()))
                    ? checkRange(value.asDouble(), p, at) : typeError(at, "an integer");
            case DECIMAL -> value.isNumber() ? checkRange(value.asDouble(), p, at) : typeError(at, "a number");
            case BOOLEAN -> value.isBoolean() ? null : typeError(at, "a boolean");
            case ENUM -> {
                if (!value.isTextual()) {
                    yield typeError(at, "a string");
                }
                yield t.enumValues().contains(value.asText()) ? null
                        : new Violation(ErrorKind.PROPERTY_CONSTRAINT_VIOLATION, at.toString(),
                        "must be one of " + String.join(", ", t.enumValues()));
            }
            case OBJECT -> checkObject(value, TypeDescriptions.of(t.objectType()), at);
            case ANY -> null;
            case ARRAY -> checkArray(value, p, t, at);
        };
    }

    private Violation checkArray(JsonNode value, PropertyDescription p, ValueType t, JsonPath at) {
        if (!value.isArray()) {
            return typeError(at, "an array");
        }
        if (value.size() < p.minItems() || value.size() > p.maxItems()) {
            return new Violation(ErrorKind.OCCURRENCE_CONSTRAINT_VIOLATION, at.toString(),
                    "must have " + itemsText(p) + " items, has " + value.size());
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            JsonPath itemAt = at.item(i);
            if (item.isNull()) {
                return typeError(itemAt, "a value, not null");
            }
            Violation v = checkValue(item, p, t.itemType(), itemAt);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static Violation checkRange(double n, PropertyDescription p, JsonPath at) {
        if (n < p.min() || n > p.max()) {
            return new Violation(ErrorKind.FORMAT_VIOLATION, at.toString(), "must be within " + rangeText(p) + ", is " + trim(n));
        }
        return null;
    }

    private static String rangeText(PropertyDescription p) {
        String lo = p.min() == Double.NEGATIVE_INFINITY ? "-∞" : trim(p.min());
        String hi = p.max() == Double.POSITIVE_INFINITY ? "∞" : trim(p.max());
        return "[" + lo + ", " + hi + "]";
    }

    private static String itemsText(PropertyDescription p) {
        return p.maxItems() == Integer.MAX_VALUE ? "at least " + p.minItems() : p.minItems() + " to " + p.maxItems();
    }

    private static String trim(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static Violation typeError(JsonPath at, String expected) {
        return new Violation(ErrorKind.TYPE_CONSTRAINT_VIOLATION, at.toString(), "must be " + expected);
    }

    private static boolean isDateTime(String s) {
        if (UtcTimestamps.parse(s) != null) {
            return true; // the common shape, read without java.time's formatter; anything else goes to it
        }
        try {
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
