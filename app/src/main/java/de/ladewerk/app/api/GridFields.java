package de.ladewerk.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads the fields of a grid request body; each mistake is an {@link IllegalArgumentException} whose message
 * names the field, for a 400 answer.
 */
final class GridFields {

    private final JsonNode body;

    GridFields(JsonNode body) {
        if (!body.isObject()) {
            throw new IllegalArgumentException("the body must be a JSON object");
        }
        this.body = body;
    }

    /** Whether the field is present and not null. */
    boolean has(String field) {
        return body.hasNonNull(field);
    }

    /** A finite number, required. */
    double number(String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw new IllegalArgumentException(field + " must be a number, is " + v);
        }
        return v.asDouble();
    }

    /** A finite number above 0, required. */
    double positive(String field) {
        double v = number(field);
        if (v <= 0) {
            throw new IllegalArgumentException(field + " must be above 0, is " + v);
        }
        return v;
    }

    /** A finite number of at least 0, or {@code fallback} when absent. */
    double nonNegative(String field, double fallback) {
        if (!body.hasNonNull(field)) {
            return fallback;
        }
        double v = number(field);
        if (v < 0) {
            throw new IllegalArgumentException(field + " must be 0 or more, is " + v);
        }
        return v;
    }

    /** A number above 0, or null when absent. */
    Double positiveOrNull(String field) {
        return body.hasNonNull(field) ? positive(field) : null;
    }

    /** A whole number, or {@code fallback} when absent. */
    int integer(String field, int fallback) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new IllegalArgumentException(field + " must be a whole number, is " + v);
        }
        return v.asInt();
    }

    /** true or false, or {@code fallback} when absent. */
    boolean bool(String field, boolean fallback) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw new IllegalArgumentException(field + " must be true or false, is " + v);
        }
        return v.asBoolean();
    }

    /** A string, or null when absent; at most {@code max} characters. */
    String text(String field, int max) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank() || v.asText().length() > max) {
            throw new IllegalArgumentException(field + " must be a text of 1 to " + max + " characters");
        }
        return v.asText();
    }

    /** An ISO-8601 instant, or {@code fallback} when absent. */
    Instant instant(String field, Instant fallback) {
        String raw = text(field, 64);
        if (raw == null) {
            return fallback;
        }
        try {
            return Instant.parse(raw);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " must be an ISO-8601 instant such as 2026-12-07T18:00:00Z, is '"
                    + raw + "'");
        }
    }

    /** A non-empty array of non-blank strings, required. */
    Set<String> texts(String field) {
        JsonNode v = body.get(field);
        if (v == null || !v.isArray() || v.isEmpty()) {
            throw new IllegalArgumentException(field + " must be a non-empty array of ids");
        }
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode e : v) {
            if (!e.isTextual() || e.asText().isBlank()) {
                throw new IllegalArgumentException(field + " must hold ids (texts), holds " + e);
            }
            out.add(e.asText());
        }
        return out;
    }
}
