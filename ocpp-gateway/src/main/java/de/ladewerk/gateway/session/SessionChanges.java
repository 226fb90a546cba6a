package de.ladewerk.gateway.session;

import de.ladewerk.gateway.dataquality.Rejection;
import de.ladewerk.gateway.authorization.IdToken;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Everything one station message changes, committed together (samples, signed values, rejections,
 * the session row, the 2.0.1 event and a seqNo gap).
 *
 * @param sessionId {@code null} for readings that belong to no known session
 * @param update    {@code null} when the session row does not change
 * @param event     2.0.1 only
 * @param gap       2.0.1 only: the seqNos that did not arrive before this one
 */
public record SessionChanges(String stationId, Long sessionId, String transactionId, List<MeterSample> samples,
                             List<SignedValue> signed, List<Rejection> rejections, Update update, EventRow event,
                             Gap gap) {

    public SessionChanges {
        samples = List.copyOf(samples);
        signed = List.copyOf(signed);
        rejections = List.copyOf(rejections);
    }

    /**
     * New values for the session row; {@code null} keeps a column as it is. {@code remoteStartId}: a 2.0.1
     * transaction started at EVConnected learns it from a later Updated event (the first one stays).
     */
    public record Update(BigDecimal lastEnergyWh, Instant lastEnergyAt, Integer evseId, Integer connectorId,
                         IdToken token, String chargingState, boolean offline, Integer lastSeqNo, End end,
                         Integer remoteStartId) {
    }

    /** The end of a session. */
    public record End(Instant endedAt, BigDecimal meterStopWh, String stopReason, IdToken stopToken) {
    }

    /** One 2.0.1 TransactionEvent, for retries and the audit trail. */
    public record EventRow(int seqNo, String eventType, String triggerReason, Instant time, boolean offline,
                           String chargingState, String stoppedReason, IdToken token) {
    }

    /** seqNos expected..received-1 were not seen when received arrived. */
    public record Gap(int expectedSeqNo, int receivedSeqNo) {
    }
}
