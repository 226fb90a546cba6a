package de.ladewerk.gateway.handshake;

/** What happens when a station that is not registered connects. */
public enum UnknownStationPolicy {
    /** Refuse the upgrade with 401. */
    REJECT,
    /**
     * Register it as Pending with the password it offered (trust on first use), accept the
     * connection, and answer its BootNotification with Pending until an operator approves it.
     */
    PENDING
}
