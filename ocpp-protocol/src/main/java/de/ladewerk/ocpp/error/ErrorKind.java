package de.ladewerk.ocpp.error;

import de.ladewerk.ocpp.OcppVersion;
import java.util.Optional;

/**
 * The reasons a CALL can fail, independent of version. {@link #code(OcppVersion)} gives the
 * spelling the connection's version uses on the wire; {@link #parse(String)} reads either spelling.
 */
public enum ErrorKind {
    NOT_IMPLEMENTED("NotImplemented", "NotImplemented"),
    NOT_SUPPORTED("NotSupported", "NotSupported"),
    INTERNAL_ERROR("InternalError", "InternalError"),
    PROTOCOL_ERROR("ProtocolError", "ProtocolError"),
    SECURITY_ERROR("SecurityError", "SecurityError"),
    /** Syntax, length or bounds: 1.6 calls it FormationViolation. */
    FORMAT_VIOLATION("FormationViolation", "FormatViolation"),
    PROPERTY_CONSTRAINT_VIOLATION("PropertyConstraintViolation", "PropertyConstraintViolation"),
    /** 1.6 keeps the misspelling "Occurence" (errata); 2.0.1 spells it right. */
    OCCURRENCE_CONSTRAINT_VIOLATION("OccurenceConstraintViolation", "OccurrenceConstraintViolation"),
    TYPE_CONSTRAINT_VIOLATION("TypeConstraintViolation", "TypeConstraintViolation"),
    GENERIC_ERROR("GenericError", "GenericError"),
    /** 2.0.1 only; a 1.6 peer is told FormationViolation, the nearest it knows. */
    MESSAGE_TYPE_NOT_SUPPORTED("FormationViolation", "MessageTypeNotSupported"),
    /** 2.0.1 only; a 1.6 peer is told FormationViolation. */
    RPC_FRAMEWORK_ERROR("FormationViolation", "RpcFrameworkError");

    private final String v16Code;
    private final String v201Code;

    ErrorKind(String v16Code, String v201Code) {
        this.v16Code = v16Code;
        this.v201Code = v201Code;
    }

    /** The error code as the given version spells it. */
    public String code(OcppVersion version) {
        return version == OcppVersion.V16 ? v16Code : v201Code;
    }

    /** Reads an error code of any version, accepting both spellings of Occur(r)enceConstraintViolation. */
    public static Optional<ErrorKind> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        switch (code) {
            case "FormationViolation", "FormatViolation":
                return Optional.of(FORMAT_VIOLATION);
            case "OccurenceConstraintViolation", "OccurrenceConstraintViolation":
                return Optional.of(OCCURRENCE_CONSTRAINT_VIOLATION);
            default:
                for (ErrorKind k : values()) {
                    if (k.v201Code.equals(code)) {
                        return Optional.of(k);
                    }
                }
                return Optional.empty();
        }
    }
}
