package de.ladewerk.ocpp.v201.transactions;

import de.ladewerk.ocpp.v201.common.ChargingProfile;
import de.ladewerk.ocpp.v201.common.IdToken;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 RequestStartTransactionRequest: start a transaction remotely. */
public record RequestStartTransactionRequest(
        Integer evseId,
        @Required Integer remoteStartId,
        @Required IdToken idToken,
        ChargingProfile chargingProfile,
        IdToken groupIdToken) {
}
