package de.ladewerk.ocpp.v201.provisioning;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;
import java.math.BigDecimal;

/** OCPP 2.0.1 VariableCharacteristicsType: the fixed properties of a variable. */
public record VariableCharacteristics(
        @MaxLength(16) String unit,
        @Required DataType dataType,
        BigDecimal minLimit,
        BigDecimal maxLimit,
        @MaxLength(1000) String valuesList,
        @Required Boolean supportsMonitoring) {
}
