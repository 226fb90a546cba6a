package de.ladewerk.ocpp.v201.common;

import de.ladewerk.ocpp.validation.Required;
import de.ladewerk.ocpp.validation.Size;
import java.time.Instant;
import java.util.List;

/** OCPP 2.0.1 MeterValueType: sampled values taken at one point in time. */
public record MeterValue(
        @Required @Size(min = 1) List<SampledValue> sampledValue,
        @Required Instant timestamp) {
}
