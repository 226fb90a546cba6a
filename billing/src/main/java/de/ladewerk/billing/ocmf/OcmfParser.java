package de.ladewerk.billing.ocmf;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import de.ladewerk.billing.session.SignedMeterValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Parses OCMF packets as they arrive in OCPP 1.6 SignedData and 2.0.1 signedMeterValue. */
public final class OcmfParser {

    // readings must keep every digit the meter signed: no detour through double
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    private static final DateTimeFormatter OCMF_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss,SSSxx");

    private OcmfParser() {
    }

    /** Plain OCMF text, or (OCPP 2.0.1) its Base64 encoding. */
    public static OcmfPacket parse(SignedMeterValue value) {
        if (!"OCMF".equalsIgnoreCase(value.encodingMethod())) {
            throw new OcmfFormatException("encoding method " + value.encodingMethod() + " is not OCMF");
        }
        String data = value.signedData().strip();
        if (!data.startsWith("OCMF|")) {
            try {
                data = new String(Base64.getDecoder().decode(data), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new OcmfFormatException("signed data is neither OCMF text nor Base64-encoded OCMF", e);
            }
        }
        return parse(data);
    }

    public static OcmfPacket parse(String raw) {
        int first = raw.indexOf('|');
        int last = raw.lastIndexOf('|');
        if (!raw.startsWith("OCMF|") || first == last) {
            throw new OcmfFormatException("not an OCMF packet (expected OCMF|{payload}|{signature})");
        }
        String payloadSection = raw.substring(first + 1, last);
        JsonNode payload = json(payloadSection, "payload");
        JsonNode signature = json(raw.substring(last + 1), "signature");
        String pagination = required(payload, "PG");
        if (!pagination.matches("[TF][0-9]{1,18}")) {
            throw new OcmfFormatException("pagination PG must be T or F followed by a number, was " + pagination);
        }
        List<OcmfReading> readings = new ArrayList<>();
        OcmfReading previous = null;
        for (JsonNode rd : payload.path("RD")) {
            previous = reading(rd, previous);
            readings.add(previous);
        }
        String encoding = signature.path("SE").asText("hex");
        if (!encoding.equalsIgnoreCase("hex") && !encoding.equalsIgnoreCase("base64")) {
            throw new OcmfFormatException("signature encoding SE must be hex or base64, was " + encoding);
        }
        return new OcmfPacket(raw, payloadSection, required(payload, "MS"), payload.path("GI").asText(null),
                pagination, readings, signature.path("SA").asText(null), encoding, required(signature, "SD"));
    }

    /**
     * One RD entry. RI and RU must be in a packet's first reading; later readings may leave them out and then
     * keep the previous reading's (the MR format sends many readings that way).
     */
    private static OcmfReading reading(JsonNode rd, OcmfReading previous) {
        String tm = required(rd, "TM");
        String[] parts = tm.split(" ");
        Instant time;
        try {
            time = OffsetDateTime.parse(parts[0], OCMF_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new OcmfFormatException("reading time TM '" + tm + "' is not yyyy-MM-ddTHH:mm:ss,fff+zzzz", e);
        }
        char sync = parts.length > 1 && !parts[1].isEmpty() ? parts[1].charAt(0) : 'U';
        if (!rd.path("RV").isNumber()) {
            throw new OcmfFormatException("reading at " + tm + " has no numeric value RV");
        }
        String obis = rd.hasNonNull("RI") ? rd.get("RI").asText() : previous == null ? null : previous.obis();
        String unit = rd.hasNonNull("RU") ? rd.get("RU").asText() : previous == null ? null : previous.unit();
        if (unit == null || unit.isEmpty()) {
            throw new OcmfFormatException("OCMF field RU is missing in the first reading");
        }
        return new OcmfReading(time, sync, rd.path("TX").asText(null), rd.get("RV").decimalValue(), obis, unit,
                rd.path("EF").asText(""), rd.path("ST").asText(null));
    }

    private static JsonNode json(String text, String section) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                throw new OcmfFormatException("OCMF " + section + " section is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new OcmfFormatException("OCMF " + section + " section is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static String required(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.asText().isEmpty()) {
            throw new OcmfFormatException("OCMF field " + field + " is missing");
        }
        return v.asText();
    }
}
