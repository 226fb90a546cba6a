package de.ladewerk.gateway.admission;

import java.util.Locale;

/** Why a listener closed a connection it did not serve: the {@code reason} tag of the refusal counter. */
public enum RefusalReason {
    /** the remote address already holds its share of connections */
    PER_ADDRESS,
    /** the listener's budget is spent */
    GLOBAL,
    /** the upgrade (or first request) did not complete in time */
    HANDSHAKE_TIMEOUT;

    /** The tag value, e.g. {@code per_address}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
