package de.ladewerk.ocpp.v16.core;

import de.ladewerk.ocpp.v16.types.ChargingProfile;
import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Range;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 RemoteStartTransaction.req: start a transaction for an idTag, optionally with a TxProfile. */
public record RemoteStartTransactionRequest(
        @Range(min = 1) Integer connectorId,
        @Required @MaxLength(20) String idTag,
        ChargingProfile chargingProfile) {
}
