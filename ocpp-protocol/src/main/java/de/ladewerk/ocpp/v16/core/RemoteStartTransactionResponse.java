package de.ladewerk.ocpp.v16.core;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 RemoteStartTransaction.conf. */
public record RemoteStartTransactionResponse(
        @Required RemoteStartStopStatus status) {
}
