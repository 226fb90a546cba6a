package de.ladewerk.simulator.behaviour;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Small helpers to write OCPP payloads as JSON trees. */
final class Json {

    private Json() {
    }

    static ObjectNode obj() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** RFC 3339 with millisecond precision, as stations commonly send it. */
    static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    static ObjectNode status(String status) {
        return obj().put("status", status);
    }
}
