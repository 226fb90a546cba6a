package de.ladewerk.ocpp.v201.metervalues;

import de.ladewerk.ocpp.v201.common.MeterValue;
import de.ladewerk.ocpp.validation.Required;
import de.ladewerk.ocpp.validation.Size;
import java.util.List;

/** OCPP 2.0.1 MeterValuesRequest: meter values of an EVSE outside a transaction (0: main meter). */
public record MeterValuesRequest(
        @Required Integer evseId,
        @Required @Size(min = 1) List<MeterValue> meterValue) {
}
