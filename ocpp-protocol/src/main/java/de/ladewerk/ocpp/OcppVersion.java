package de.ladewerk.ocpp;

import java.util.Optional;

/** The OCPP-J versions Ladewerk knows, by their WebSocket subprotocol name. */
public enum OcppVersion {
    V16("ocpp1.6"),
    V201("ocpp2.0.1"),
    V21("ocpp2.1");

    private final String subprotocol;

    OcppVersion(String subprotocol) {
        this.subprotocol = subprotocol;
    }

    /** The subprotocol token exchanged in {@code Sec-WebSocket-Protocol}. */
    public String subprotocol() {
        return subprotocol;
    }

    /** Whether frames of type 5 (CALLRESULTERROR) and 6 (SEND) exist in this version. */
    public boolean hasOcpp21Frames() {
        return this == V21;
    }

    /** Finds the version for a subprotocol token, case-sensitively as RFC 6455 requires. */
    public static Optional<OcppVersion> fromSubprotocol(String token) {
        for (OcppVersion v : values()) {
            if (v.subprotocol.equals(token)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
