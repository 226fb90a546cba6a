package de.ladewerk.gateway.devmodel;

import java.math.BigDecimal;

/** The fixed properties of a variable as reported (VariableCharacteristicsType). */
public record Characteristics(String unit, String dataType, BigDecimal minLimit, BigDecimal maxLimit,
                              String valuesList, Boolean supportsMonitoring) {
}
