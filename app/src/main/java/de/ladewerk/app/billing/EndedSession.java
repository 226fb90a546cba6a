package de.ladewerk.app.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A finished session as the gateway stored it (version-neutral rows of {@code ocpp.sessions},
 * {@code ocpp.meter_samples} and {@code ocpp.signed_meter_values}), before billing's view is made of it.
 *
 * @param sessionId     the gateway's session id ({@code ocpp.sessions.id}), billing's session id as text
 * @param idToken       {@code null} if the session started without one (2.0.1 may)
 * @param idTokenType   2.0.1 IdTokenType or {@code ID_TAG} for 1.6, {@code null} with no token
 * @param meterStartWh  register at start as the station reported it, {@code null} if not reported
 * @param meterStopWh   register at stop, {@code null} if not reported
 * @param remoteStart   started by a CSMS command (RemoteStartTransaction / RequestStartTransaction)
 * @param offline       any of its messages was queued while the station was offline
 * @param customerRef   the token's customer reference from the token store, {@code null} if none
 * @param readings      energy register readings (Wh) with power (W) where sampled at the same instant
 * @param signed        signed meter values exactly as received, in the order received
 */
public record EndedSession(String sessionId, String stationId, int evseId, int connectorId, String idToken,
                           String idTokenType, Instant startedAt, Instant endedAt, BigDecimal meterStartWh,
                           BigDecimal meterStopWh, boolean remoteStart, boolean offline, String meterSerial,
                           String customerRef, List<Reading> readings, List<Signed> signed) {

    public EndedSession {
        readings = List.copyOf(readings);
        signed = List.copyOf(signed);
    }

    /** One sampling instant: the energy register and, if sampled then, the active power. */
    public record Reading(Instant time, BigDecimal energyWh, BigDecimal powerW) {
    }

    /** A signed meter value as stored by the gateway. */
    public record Signed(String signedData, String encodingMethod, String signingMethod, String publicKey) {
    }
}
