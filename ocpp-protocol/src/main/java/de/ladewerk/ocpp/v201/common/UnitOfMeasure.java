package de.ladewerk.ocpp.v201.common;

import de.ladewerk.ocpp.validation.MaxLength;

/** OCPP 2.0.1 UnitOfMeasureType: unit (default Wh) and power-of-ten multiplier (default 0). */
public record UnitOfMeasure(
        @MaxLength(20) String unit,
        Integer multiplier) {
}
