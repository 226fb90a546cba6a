package de.ladewerk.ocpp.v201.transactions;

import de.ladewerk.ocpp.v201.common.Evse;
import de.ladewerk.ocpp.v201.common.IdToken;
import de.ladewerk.ocpp.v201.common.MeterValue;
import de.ladewerk.ocpp.validation.Required;
import de.ladewerk.ocpp.validation.Size;
import java.time.Instant;
import java.util.List;

/** OCPP 2.0.1 TransactionEventRequest: a transaction started, changed or ended. */
public record TransactionEventRequest(
        @Required TransactionEventType eventType,
        @Size(min = 1) List<MeterValue> meterValue,
        @Required Instant timestamp,
        @Required TriggerReason triggerReason,
        @Required Integer seqNo,
        Boolean offline,
        Integer numberOfPhasesUsed,
        Integer cableMaxCurrent,
        Integer reservationId,
        @Required Transaction transactionInfo,
        Evse evse,
        IdToken idToken) {
}
