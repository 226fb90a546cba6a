package de.ladewerk.ocpp.v16.core;

import de.ladewerk.ocpp.v16.types.IdTagInfo;

/** OCPP 1.6 StopTransaction.conf, with idTagInfo when an idTag was sent. */
public record StopTransactionResponse(
        IdTagInfo idTagInfo) {
}
