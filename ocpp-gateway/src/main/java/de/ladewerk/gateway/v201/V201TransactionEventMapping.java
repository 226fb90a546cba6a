package de.ladewerk.gateway.v201;

import de.ladewerk.gateway.authorization.Authorization;
import de.ladewerk.gateway.authorization.IdToken;
import de.ladewerk.gateway.authorization.IdTokenType;
import de.ladewerk.gateway.session.MeterSample;
import de.ladewerk.gateway.session.SessionEvent;
import de.ladewerk.gateway.session.WireNames;
import de.ladewerk.ocpp.v201.common.AuthorizationStatus;
import de.ladewerk.ocpp.v201.common.IdTokenInfo;
import de.ladewerk.ocpp.v201.transactions.TransactionEventRequest;

/** TransactionEvent to the version-neutral {@link SessionEvent}, and tokens and their answers both ways. */
final class V201TransactionEventMapping {

    private V201TransactionEventMapping() {
    }

    static SessionEvent event(String stationId, TransactionEventRequest r) {
        Integer evse = r.evse() == null ? null : r.evse().id();
        Integer connector = r.evse() == null ? null : r.evse().connectorId();
        SessionEvent.Type type = switch (r.eventType()) {
            case Started -> SessionEvent.Type.STARTED;
            case Updated -> SessionEvent.Type.UPDATED;
            case Ended -> SessionEvent.Type.ENDED;
        };
        var tx = r.transactionInfo();
        return new SessionEvent(stationId, tx.transactionId(), type, r.seqNo(), r.timestamp(),
                WireNames.of(r.triggerReason(), null), Boolean.TRUE.equals(r.offline()), evse, connector,
                token(r.idToken()), WireNames.of(tx.chargingState(), null), WireNames.of(tx.stoppedReason(), null),
                r.reservationId(), tx.remoteStartId(),
                V201MeterValuesMapping.readings(evse == null ? MeterSample.EVSE_UNKNOWN : evse, r.meterValue()));
    }

    static IdToken token(de.ladewerk.ocpp.v201.common.IdToken t) {
        if (t == null) {
            return null;
        }
        IdTokenType type = switch (t.type()) {
            case Central -> IdTokenType.CENTRAL;
            case eMAID -> IdTokenType.EMAID;
            case ISO14443 -> IdTokenType.ISO14443;
            case ISO15693 -> IdTokenType.ISO15693;
            case KeyCode -> IdTokenType.KEY_CODE;
            case Local -> IdTokenType.LOCAL;
            case MacAddress -> IdTokenType.MAC_ADDRESS;
            case NoAuthorization -> IdTokenType.NO_AUTHORIZATION;
        };
        return new IdToken(t.idToken(), type);
    }

    static de.ladewerk.ocpp.v201.common.IdToken token(IdToken t) {
        de.ladewerk.ocpp.v201.common.IdTokenType type = switch (t.type()) {
            case CENTRAL -> de.ladewerk.ocpp.v201.common.IdTokenType.Central;
            case EMAID -> de.ladewerk.ocpp.v201.common.IdTokenType.eMAID;
            case ISO15693 -> de.ladewerk.ocpp.v201.common.IdTokenType.ISO15693;
            case KEY_CODE -> de.ladewerk.ocpp.v201.common.IdTokenType.KeyCode;
            case LOCAL -> de.ladewerk.ocpp.v201.common.IdTokenType.Local;
            case MAC_ADDRESS -> de.ladewerk.ocpp.v201.common.IdTokenType.MacAddress;
            case NO_AUTHORIZATION -> de.ladewerk.ocpp.v201.common.IdTokenType.NoAuthorization;
            // a 1.6 idTag is in practice an RFID UID
            case ISO14443, ID_TAG -> de.ladewerk.ocpp.v201.common.IdTokenType.ISO14443;
        };
        return new de.ladewerk.ocpp.v201.common.IdToken(t.value(), type, null);
    }

    static IdTokenInfo idTokenInfo(Authorization a) {
        AuthorizationStatus status = switch (a.status()) {
            case ACCEPTED -> AuthorizationStatus.Accepted;
            case BLOCKED -> AuthorizationStatus.Blocked;
            case EXPIRED -> AuthorizationStatus.Expired;
            case INVALID -> AuthorizationStatus.Invalid;
            case CONCURRENT_TX -> AuthorizationStatus.ConcurrentTx;
            case NO_CREDIT -> AuthorizationStatus.NoCredit;
            case NOT_ALLOWED_TYPE_EVSE -> AuthorizationStatus.NotAllowedTypeEVSE;
            case NOT_AT_THIS_LOCATION -> AuthorizationStatus.NotAtThisLocation;
            case NOT_AT_THIS_TIME -> AuthorizationStatus.NotAtThisTime;
            case UNKNOWN -> AuthorizationStatus.Unknown;
        };
        return new IdTokenInfo(status, a.expiresAt(), null, null, null,
                a.groupToken() == null ? null : token(a.groupToken()), null, null);
    }
}
