package de.ladewerk.gateway.session;

import de.ladewerk.gateway.authorization.IdToken;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A session starting, as either version reports it: a 1.6 StartTransaction or a 2.0.1
 * TransactionEvent(Started) — or the first event Ladewerk hears of a 2.0.1 transaction.
 *
 * @param transactionId the station's id (2.0.1); {@code null} for 1.6, where Ladewerk assigns it
 * @param startKey      1.6 only: the start as sent, so a replay after an outage finds its session
 * @param evseId        {@code null} while a 2.0.1 station has not said which EVSE
 * @param token         {@code null} when the session started without identification (2.0.1)
 * @param meterStartWh  {@code null} when the station sent no start reading
 */
public record SessionStart(String stationId, String protocolVersion, String transactionId, String startKey,
                           Integer evseId, Integer connectorId, IdToken token, Instant startedAt,
                           BigDecimal meterStartWh, Integer reservationId, Integer remoteStartId, boolean offline,
                           String chargingState) {

    public SessionStart {
        Objects.requireNonNull(stationId, "stationId");
        Objects.requireNonNull(protocolVersion, "protocolVersion");
        Objects.requireNonNull(startedAt, "startedAt");
        if (transactionId == null && startKey == null) {
            throw new IllegalArgumentException("a start needs the station's transaction id or a 1.6 start key");
        }
        meterStartWh = Decimals.canonical(meterStartWh);
    }

    SessionStart corrected(Instant startedAt, BigDecimal meterStartWh) {
        return new SessionStart(stationId, protocolVersion, transactionId, startKey, evseId, connectorId, token,
                startedAt, meterStartWh, reservationId, remoteStartId, offline, chargingState);
    }
}
