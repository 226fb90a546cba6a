package de.ladewerk.gateway.session;

import de.ladewerk.gateway.authorization.IdToken;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A session ending: a 1.6 StopTransaction or a 2.0.1 TransactionEvent(Ended).
 *
 * @param meterStopWh {@code null} when the station sent no final reading (the last register counts)
 * @param reason      the station's stop reason; {@code Local} when it gave none (the default of both versions)
 * @param token       the token that stopped it, if any
 */
public record SessionStop(String stationId, String transactionId, Instant endedAt, BigDecimal meterStopWh,
                          String reason, IdToken token) {

    public SessionStop {
        Objects.requireNonNull(stationId, "stationId");
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(endedAt, "endedAt");
        meterStopWh = Decimals.canonical(meterStopWh);
        reason = reason == null ? "Local" : reason;
    }
}
