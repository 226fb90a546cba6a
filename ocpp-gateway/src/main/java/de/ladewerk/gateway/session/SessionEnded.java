package de.ladewerk.gateway.session;

import java.util.List;

/**
 * What billing needs once a session's end is committed.
 *
 * @param session the session (id, station, EVSE/connector, token, start/end, readings, meter serial)
 * @param curve   energy-register and power samples in time order
 * @param signed  signed meter values exactly as received, in time order
 */
public record SessionEnded(SessionRecord session, List<MeterSample> curve, List<SignedValue> signed) {

    public SessionEnded {
        curve = List.copyOf(curve);
        signed = List.copyOf(signed);
    }
}
