package de.ladewerk.ocpp.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;

/** The one Jackson configuration for OCPP-J: ISO-8601 times, no nulls on the wire. */
public final class OcppJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            // registered after the JavaTimeModule, so it takes Instant: same results, a fast path for "…Z"
            .addModule(new SimpleModule("ocpp-utc-instants").addDeserializer(Instant.class, new UtcInstantDeserializer()))
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            // unknown properties are refused by the validator with the right error code first;
            // 2.0.1 customData is allowed there and simply not bound
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /**
     * Deepest nesting read. A frame is an array holding the payload object, and a 2.0.1 DataTransfer may
     * carry any JSON in {@code data}: 100 leaves a vendor's 63 levels of data room, and still stops a
     * stack-eating document early.
     */
    public static final int MAX_NESTING_DEPTH = 100;
    /** Longest number read, in characters; no OCPP value comes close. */
    public static final int MAX_NUMBER_LENGTH = 100;

    static {
        // a station's frame is small; refuse absurd nesting or numbers early
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH).maxNumberLength(MAX_NUMBER_LENGTH).maxStringLength(1_000_000).build());
    }

    private OcppJson() {
    }

    /** The shared, thread-safe mapper. Do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
