package de.ladewerk.gateway.session;

import de.ladewerk.gateway.authorization.IdToken;
import java.time.Instant;
import java.util.Objects;

/**
 * A sequence-numbered report about a transaction (2.0.1 TransactionEvent), version-neutral in its
 * content: a start, an update or an end, each with meter readings.
 *
 * @param evseId         {@code null} when not sent (it only has to be sent once)
 * @param token          {@code null} when not sent; a different token than before is a token change
 * @param chargingState  {@code null} when unchanged
 * @param stoppedReason  {@code null} when not sent
 */
public record SessionEvent(String stationId, String transactionId, Type type, int seqNo, Instant time,
                           String triggerReason, boolean offline, Integer evseId, Integer connectorId, IdToken token,
                           String chargingState, String stoppedReason, Integer reservationId, Integer remoteStartId,
                           MeterReadings readings) {

    /** Started, Updated, Ended. */
    public enum Type {
        STARTED, UPDATED, ENDED
    }

    public SessionEvent {
        Objects.requireNonNull(stationId, "stationId");
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(triggerReason, "triggerReason");
        readings = readings == null ? MeterReadings.NONE : readings;
    }
}
