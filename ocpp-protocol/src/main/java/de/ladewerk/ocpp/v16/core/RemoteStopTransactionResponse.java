package de.ladewerk.ocpp.v16.core;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 RemoteStopTransaction.conf. */
public record RemoteStopTransactionResponse(
        @Required RemoteStartStopStatus status) {
}
