package de.ladewerk.gateway.session;

import java.util.List;

/**
 * What billing needs once a session's end is committed; the gateway builds it once, in one read
 * ({@code SessionStore.ended}), for the live hand-over and for billing's catch-up alike.
 *
 * @param session     the session (id, station, EVSE/connector, token, start/end, readings, meter serial)
 * @param remoteStart started by a CSMS command (RemoteStartTransaction / RequestStartTransaction)
 * @param meterSerial the meter's serial: the session's, else the one the station reported at boot; may be null
 * @param customerRef the token's customer reference in the token store; {@code null} if none
 * @param curve       energy-register and power samples in time order
 * @param signed      signed meter values exactly as received, in time order
 */
public record SessionEnded(SessionRecord session, boolean remoteStart, String meterSerial, String customerRef,
                           List<MeterSample> curve, List<SignedValue> signed) {

    public SessionEnded {
        curve = List.copyOf(curve);
        signed = List.copyOf(signed);
    }

    /** The session's id, typed. */
    public SessionId id() {
        return new SessionId(session.id());
    }
}
