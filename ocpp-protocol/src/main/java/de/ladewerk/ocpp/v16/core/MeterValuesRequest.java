package de.ladewerk.ocpp.v16.core;

import de.ladewerk.ocpp.validation.Range;
import de.ladewerk.ocpp.validation.Required;
import de.ladewerk.ocpp.validation.Size;
import java.util.List;

/** OCPP 1.6 MeterValues.req: sampled meter values of a connector (0 = main meter), within a transaction or not. */
public record MeterValuesRequest(
        @Required @Range(min = 0) Integer connectorId,
        Integer transactionId,
        @Required @Size(min = 1) List<MeterValue> meterValue) {
}
