package de.ladewerk.gateway.session;

import de.ladewerk.gateway.authorization.IdToken;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A charging session as billing, planning and the API see it, whatever version its station speaks.
 *
 * @param transactionId the id the station knows (1.6: the integer Ladewerk assigned)
 * @param authStatus    what Ladewerk answered about the token at start (e.g. CONCURRENT_TX), if there was one
 * @param meterStopWh   the final register; while active, the latest plausible one
 * @param status        ACTIVE or ENDED
 * @param offline       some of its messages were queued by the station while offline
 * @param lastSeqNo     2.0.1's highest TransactionEvent seqNo; {@code null} for 1.6
 */
public record SessionRecord(long id, String stationId, String protocolVersion, String transactionId, Integer evseId,
                            Integer connectorId, IdToken idToken, String authStatus, Instant startedAt,
                            Instant endedAt, BigDecimal meterStartWh, BigDecimal meterStopWh, String stopReason,
                            Integer reservationId, String status, boolean offline, Integer lastSeqNo,
                            String chargingState, String meterSerialNumber) {

    public static final String ACTIVE = "ACTIVE";
    public static final String ENDED = "ENDED";

    public SessionRecord {
        meterStartWh = Decimals.canonical(meterStartWh);
        meterStopWh = Decimals.canonical(meterStopWh);
    }

    /** Energy charged so far (Wh), or {@code null} without both readings. */
    public BigDecimal energyWh() {
        return meterStartWh == null || meterStopWh == null ? null : Decimals.canonical(meterStopWh.subtract(meterStartWh));
    }

    public boolean active() {
        return ACTIVE.equals(status);
    }
}
