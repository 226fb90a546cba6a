package de.ladewerk.ocpp.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fast path must read exactly what java.time reads, as the same instant, and leave everything else to
 * it: checked against {@code ISO_OFFSET_DATE_TIME} (the validator's rule) and Jackson's own Instant
 * deserializer (binding) on edge cases and on many random near-valid strings.
 */
class UtcTimestampsTest {

    private static final ObjectMapper JACKSON_DEFAULT = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    @Test
    void readsTheCommonShapeAsJavaTimeDoes() {
        for (String s : List.of("2026-11-21T09:00:00Z", "2026-11-21T09:00:00.1Z", "2026-11-21T09:00:00.123Z",
                "2026-11-21T23:59:59.123456789Z", "2024-02-29T00:00:00Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
                "0000-01-01T00:00:00Z", "1970-01-01T00:00:00.000000001Z")) {
            assertThat(UtcTimestamps.parse(s)).as(s).isEqualTo(javaTime(s)).isNotNull();
        }
    }

    @Test
    void leavesEverythingElseToJavaTime() {
        for (String s : List.of("2026-11-21T09:00:00+01:00", "2026-11-21t09:00:00z", "2026-11-21T09:00Z",
                "2026-11-21T09:00:00.Z", "2026-11-21T09:00:00.1234567890Z", "2025-02-29T00:00:00Z", "2026-04-31T00:00:00Z",
                "2026-11-21T24:00:00Z", "2026-11-21T23:60:00Z", "2026-11-21T23:59:60Z", "2026-13-01T00:00:00Z",
                "2026-00-01T00:00:00Z", "2026-11-00T00:00:00Z", "+2026-11-21T09:00:00Z", "2026-11-21 09:00:00Z",
                "2026-11-21T09:00:00", "", "2026-1-21T09:00:00Z", "2026-11-21T09:00:0xZ", " 2026-11-21T09:00:00Z")) {
            assertThat(UtcTimestamps.parse(s)).as(s).isNull();
        }
    }

    @Test
    void theOcppMapperBindsInstantsThroughTheFastPath() throws Exception {
        ObjectMapper mapper = OcppJson.mapper();
        DefaultDeserializationContext ctxt = ((DefaultDeserializationContext) mapper.getDeserializationContext())
                .createInstance(mapper.getDeserializationConfig(), null, null);
        assertThat(ctxt.findRootValueDeserializer(mapper.constructType(Instant.class)))
                .isInstanceOf(UtcInstantDeserializer.class);
    }

    @Test
    void randomStringsAgreeWithJavaTimeAndJackson() throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        String alphabet = "0123456789-T:.Z+tz ";
        int fast = 0;
        for (int i = 0; i < 50_000; i++) {
            String s = mutate(random, alphabet, String.format("%04d-%02d-%02dT%02d:%02d:%02d%sZ", random.nextInt(10_000),
                    random.nextInt(14), random.nextInt(33), random.nextInt(26), random.nextInt(62), random.nextInt(62),
                    random.nextBoolean() ? "" : "." + "123456789012".substring(0, random.nextInt(12))));
            Instant parsed = UtcTimestamps.parse(s);
            if (parsed != null) {
                fast++;
                assertThat(parsed).as(s).isEqualTo(javaTime(s));
            }
            String json = JACKSON_DEFAULT.writeValueAsString(s);
            assertThat(outcome(OcppJson.mapper(), json)).as(s).isEqualTo(outcome(JACKSON_DEFAULT, json));
        }
        assertThat(fast).as("strings that took the fast path").isGreaterThan(10_000);
    }

    private static String mutate(SplittableRandom random, String alphabet, String s) {
        if (random.nextInt(4) != 0) {
            return s;
        }
        List<Character> chars = new ArrayList<>();
        s.chars().forEach(c -> chars.add((char) c));
        int at = random.nextInt(chars.size());
        switch (random.nextInt(3)) {
            case 0 -> chars.remove(at);
            case 1 -> chars.add(at, alphabet.charAt(random.nextInt(alphabet.length())));
            default -> chars.set(at, alphabet.charAt(random.nextInt(alphabet.length())));
        }
        StringBuilder out = new StringBuilder();
        chars.forEach(out::append);
        return out.toString();
    }

    private static Instant javaTime(String s) {
        try {
            return Instant.from(DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(s));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String outcome(ObjectMapper mapper, String json) {
        try {
            return String.valueOf(mapper.readValue(json, Instant.class));
        } catch (Exception e) {
            return e.getClass().getName();
        }
    }
}
