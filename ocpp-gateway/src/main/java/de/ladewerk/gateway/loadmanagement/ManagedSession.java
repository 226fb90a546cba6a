package de.ladewerk.gateway.loadmanagement;

/**
 * A running session on a managed EVSE, as the allocator's caller needs it to send a profile: the
 * station's protocol version and the transaction id the station knows.
 */
public record ManagedSession(long sessionId, String stationId, int evseId, String protocolVersion, String transactionId,
                      String siteId) {

    /** The allocator's session key. */
    public String key() {
        return Long.toString(sessionId);
    }

    /** The allocator's EVSE key. */
    public String evseKey() {
        return EvseKey.of(stationId, evseId);
    }
}
