package de.ladewerk.ocpp.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.ocpp.error.ErrorKind;
import de.ladewerk.ocpp.json.OcppJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PayloadValidatorTest {

    enum Phase { L1, @JsonProperty("L1-N") L1_N }

    record Sample(@Required @MaxLength(5) String value, Phase phase) {
    }

    record Message(
            @Required @MaxLength(10) String name,
            @Required @Range(min = 0, max = 9) Integer count,
            BigDecimal limit,
            Boolean flag,
            Instant at,
            @Size(min = 1, max = 2) List<Sample> samples,
            JsonNode anything) {
    }

    private final PayloadValidator strict = new PayloadValidator(false);
    private final PayloadValidator withCustomData = new PayloadValidator(true);

    private static JsonNode json(String s) throws Exception {
        return OcppJson.mapper().readTree(s.replace('\'', '"'));
    }

    private Optional<Violation> check(PayloadValidator v, String payload) throws Exception {
        return v.validate(json(payload), Message.class);
    }

    @Test
    void acceptsAValidPayload() throws Exception {
        assertThat(check(strict, "{'name':'a','count':3,'limit':1.5,'flag':true,'at':'2026-11-21T10:00:00+01:00',"
                + "'samples':[{'value':'x','phase':'L1-N'}],'anything':[1,{'b':2}]}")).isEmpty();
        assertThat(check(strict, "{'name':'a','count':3.0}")).as("3.0 is an integer in JSON Schema").isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{'count':1}|OCCURRENCE_CONSTRAINT_VIOLATION|name",
            "{'name':null,'count':1}|OCCURRENCE_CONSTRAINT_VIOLATION|name",
            "{'name':'12345678901','count':1}|FORMAT_VIOLATION|name",
            "{'name':'a','count':10}|FORMAT_VIOLATION|count",
            "{'name':'a','count':-1}|FORMAT_VIOLATION|count",
            "{'name':'a','count':'1'}|TYPE_CONSTRAINT_VIOLATION|count",
            "{'name':'a','count':1.5}|TYPE_CONSTRAINT_VIOLATION|count",
            "{'name':7,'count':1}|TYPE_CONSTRAINT_VIOLATION|name",
            "{'name':'a','count':1,'flag':'yes'}|TYPE_CONSTRAINT_VIOLATION|flag",
            "{'name':'a','count':1,'limit':'1.5'}|TYPE_CONSTRAINT_VIOLATION|limit",
            "{'name':'a','count':1,'at':'yesterday'}|FORMAT_VIOLATION|at",
            "{'name':'a','count':1,'at':'2026-11-21T10:00:00'}|FORMAT_VIOLATION|at",
            "{'name':'a','count':1,'extra':1}|PROPERTY_CONSTRAINT_VIOLATION|extra",
            "{'name':'a','count':1,'samples':[]}|OCCURRENCE_CONSTRAINT_VIOLATION|samples",
            "{'name':'a','count':1,'samples':[{'value':'a'},{'value':'b'},{'value':'c'}]}|OCCURRENCE_CONSTRAINT_VIOLATION|samples",
            "{'name':'a','count':1,'samples':{'value':'a'}}|TYPE_CONSTRAINT_VIOLATION|samples",
            "{'name':'a','count':1,'samples':[{'value':'a','phase':'L4'}]}|PROPERTY_CONSTRAINT_VIOLATION|samples[0].phase",
            "{'name':'a','count':1,'samples':[{'value':'a'},{'phase':'L1'}]}|OCCURRENCE_CONSTRAINT_VIOLATION|samples[1].value",
            "{'name':'a','count':1,'samples':[{'value':'toolong'}]}|FORMAT_VIOLATION|samples[0].value",
            "{'name':'a','count':1,'samples':[{'value':'a','x':1}]}|PROPERTY_CONSTRAINT_VIOLATION|samples[0].x",
            "{'name':'a','count':1,'customData':{'vendorId':'v'}}|PROPERTY_CONSTRAINT_VIOLATION|customData",
    })
    void mapsEachBrokenRuleToItsErrorKindAndPath(String payload, ErrorKind kind, String path) throws Exception {
        assertThat(check(strict, payload)).hasValueSatisfying(v -> {
            assertThat(v.kind()).isEqualTo(kind);
            assertThat(v.path()).isEqualTo(path);
        });
    }

    @Test
    void payloadThatIsNotAnObjectIsATypeViolation() throws Exception {
        assertThat(strict.validate(json("[1]"), Message.class)).hasValueSatisfying(
                v -> assertThat(v.kind()).isEqualTo(ErrorKind.TYPE_CONSTRAINT_VIOLATION));
    }

    @Test
    void customDataIsAllowedWhereTheVersionHasIt() throws Exception {
        assertThat(check(withCustomData, "{'name':'a','count':1,'customData':{'vendorId':'v','free':[1]},"
                + "'samples':[{'value':'a','customData':{'vendorId':'w'}}]}")).isEmpty();
        assertThat(check(withCustomData, "{'name':'a','count':1,'customData':{'free':1}}")).hasValueSatisfying(
                v -> assertThat(v.kind()).isEqualTo(ErrorKind.PROPERTY_CONSTRAINT_VIOLATION));
    }

    @Test
    void descriptionNamesPathAndRule() throws Exception {
        Violation v = check(strict, "{'name':'a','count':1,'samples':[{'value':'a','phase':'L4'}]}").orElseThrow();
        assertThat(v.description()).isEqualTo("samples[0].phase: must be one of L1, L1-N");
    }
}
