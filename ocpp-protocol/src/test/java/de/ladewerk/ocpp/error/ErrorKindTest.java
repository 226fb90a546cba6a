package de.ladewerk.ocpp.error;

import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.ocpp.OcppVersion;
import org.junit.jupiter.api.Test;

class ErrorKindTest {

    @Test
    void eachVersionSpellsItsOwnCodes() {
        assertThat(ErrorKind.OCCURRENCE_CONSTRAINT_VIOLATION.code(OcppVersion.V16)).isEqualTo("OccurenceConstraintViolation");
        assertThat(ErrorKind.OCCURRENCE_CONSTRAINT_VIOLATION.code(OcppVersion.V201)).isEqualTo("OccurrenceConstraintViolation");
        assertThat(ErrorKind.FORMAT_VIOLATION.code(OcppVersion.V16)).isEqualTo("FormationViolation");
        assertThat(ErrorKind.FORMAT_VIOLATION.code(OcppVersion.V201)).isEqualTo("FormatViolation");
        assertThat(ErrorKind.RPC_FRAMEWORK_ERROR.code(OcppVersion.V201)).isEqualTo("RpcFrameworkError");
        assertThat(ErrorKind.MESSAGE_TYPE_NOT_SUPPORTED.code(OcppVersion.V21)).isEqualTo("MessageTypeNotSupported");
    }

    @Test
    void bothSpellingsAreReadOnInput() {
        assertThat(ErrorKind.parse("OccurenceConstraintViolation")).contains(ErrorKind.OCCURRENCE_CONSTRAINT_VIOLATION);
        assertThat(ErrorKind.parse("OccurrenceConstraintViolation")).contains(ErrorKind.OCCURRENCE_CONSTRAINT_VIOLATION);
        assertThat(ErrorKind.parse("FormationViolation")).contains(ErrorKind.FORMAT_VIOLATION);
        assertThat(ErrorKind.parse("SecurityError")).contains(ErrorKind.SECURITY_ERROR);
        assertThat(ErrorKind.parse("NoSuchCode")).isEmpty();
    }

    @Test
    void v16CodesAreAllInThe16List() {
        var v16Codes = java.util.Set.of("NotImplemented", "NotSupported", "InternalError", "ProtocolError",
                "SecurityError", "FormationViolation", "PropertyConstraintViolation", "OccurenceConstraintViolation",
                "TypeConstraintViolation", "GenericError");
        for (ErrorKind k : ErrorKind.values()) {
            assertThat(v16Codes).contains(k.code(OcppVersion.V16));
        }
    }
}
