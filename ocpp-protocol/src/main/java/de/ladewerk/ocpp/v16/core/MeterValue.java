package de.ladewerk.ocpp.v16.core;

import de.ladewerk.ocpp.validation.Required;
import de.ladewerk.ocpp.validation.Size;
import java.time.Instant;
import java.util.List;

/** OCPP 1.6 MeterValue: the values sampled at one point in time. */
public record MeterValue(
        @Required Instant timestamp,
        @Required @Size(min = 1) List<SampledValue> sampledValue) {
}
