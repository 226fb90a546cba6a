package de.ladewerk.ocpp.registry;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.error.ErrorKind;
import de.ladewerk.ocpp.error.OcppException;
import de.ladewerk.ocpp.json.OcppJson;
import de.ladewerk.ocpp.validation.PayloadValidator;
import de.ladewerk.ocpp.validation.Violation;
import java.util.Optional;

/** Validates and binds payloads to message records, and writes records back to JSON, for one version. */
public final class PayloadCodec {

    private static final ObjectMapper MAPPER = OcppJson.mapper();
    private final PayloadValidator validator;

    public PayloadCodec(OcppVersion version) {
        this.validator = new PayloadValidator(version != OcppVersion.V16);
    }

    /**
     * Validates the payload against the type's description, then binds it.
     *
     * @throws OcppException with the error kind of the first rule broken
     */
    public <T> T decode(JsonNode payload, Class<T> type) {
        Optional<Violation> violation = validator.validate(payload, type);
        if (violation.isPresent()) {
            throw new OcppException(violation.get().kind(), violation.get().description());
        }
        try {
            return MAPPER.treeToValue(payload, type);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new OcppException(ErrorKind.FORMAT_VIOLATION, "payload cannot be read: " + (e instanceof JacksonException je ? je.getOriginalMessage() : e.getMessage()), e);
        }
    }

    /** The first rule the payload breaks, without binding. */
    public Optional<Violation> check(JsonNode payload, Class<?> type) {
        return validator.validate(payload, type);
    }

    /** Writes a message record as a JSON object. */
    public JsonNode encode(Object message) {
        return MAPPER.valueToTree(message);
    }
}
