package de.ladewerk.gateway.admission;

import java.time.Duration;

/**
 * How many TCP connections one listener (or a group of listeners sharing a budget) holds, and how long a
 * connection may take to finish its handshake.
 *
 * @param handshakeTimeout a connection that has not completed its WebSocket upgrade (or, on the API, its
 *                         first request) after this long is closed: slowloris upgrades cannot pile up
 * @param maxPerAddress    most connections from one remote IP address
 * @param maxConnections   most connections in all; kept below the process's descriptor limit
 */
public record ConnectionLimits(Duration handshakeTimeout, int maxPerAddress, int maxConnections) {

    /** Descriptors the OCPP listeners leave for the API listener, the database pool, logs and the JVM's own files. */
    public static final int DESCRIPTOR_RESERVE = 768;

    public ConnectionLimits {
        if (handshakeTimeout == null || handshakeTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("handshake timeout must be positive, is " + handshakeTimeout);
        }
        if (maxPerAddress < 1 || maxConnections < 1) {
            throw new IllegalArgumentException("connection caps must be at least 1, are " + maxPerAddress + " per address and "
                    + maxConnections + " in all");
        }
    }

    /**
     * The OCPP listeners' defaults: 20 s to finish the upgrade, 1,000 connections per address (stations
     * behind one NAT gateway share an address), and the descriptor limit less {@link #DESCRIPTOR_RESERVE}.
     */
    public static ConnectionLimits ocppDefaults() {
        return new ConnectionLimits(Duration.ofSeconds(20), 1000,
                Math.max(64, DescriptorLimit.maxDescriptors() - DESCRIPTOR_RESERVE));
    }

    /** The API listener's defaults: 30 s for the first request, 128 per address, 512 in all (inside the reserve). */
    public static ConnectionLimits apiDefaults() {
        return new ConnectionLimits(Duration.ofSeconds(30), 128, 512);
    }
}
