package de.ladewerk.ocpp.v201.common;

import de.ladewerk.ocpp.validation.Required;
import java.math.BigDecimal;

/** OCPP 2.0.1 SampledValueType: one measured value with what, where and how it was measured. */
public record SampledValue(
        @Required BigDecimal value,
        ReadingContext context,
        Measurand measurand,
        Phase phase,
        Location location,
        SignedMeterValue signedMeterValue,
        UnitOfMeasure unitOfMeasure) {
}
