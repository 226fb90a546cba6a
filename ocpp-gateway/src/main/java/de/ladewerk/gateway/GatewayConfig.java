package de.ladewerk.gateway;

import de.ladewerk.gateway.admission.ConnectionLimits;
import de.ladewerk.gateway.handshake.UnknownStationPolicy;
import de.ladewerk.gateway.session.TimePlausibility;
import de.ladewerk.gateway.tls.TlsConfig;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * Settings of the OCPP gateway.
 *
 * @param host                    address the WebSocket listener binds
 * @param port                    its port (0 picks a free one, for tests)
 * @param pathPrefix              stations connect to {@code <prefix>/<identity>}
 * @param unknownStations         what happens when an unregistered station connects
 * @param heartbeatInterval       told to accepted stations in the BootNotification answer
 * @param bootRetryInterval       told to pending/rejected stations
 * @param callTimeout             how long a CSMS call waits for the station's answer
 * @param pingInterval            how often the gateway pings a station; silent for 3 intervals → closed
 * @param maxMessageBytes         largest WebSocket message accepted
 * @param instances               event-loop verticles sharing the port
 * @param energyPricePerKwh       running cost for 2.0.1 CostUpdated until billing prices sessions; {@code null}: none
 * @param tls                     the {@code wss://} listener (security profiles 2 and 3) and Ladewerk's CA
 * @param stationClockTolerance   how far ahead of the CSMS clock a station's times may be; later ones are
 *                                corrected or rejected and recorded in {@code ocpp.data_rejections}
 * @param limits                  connection caps and handshake timeout, shared by the plain and TLS listeners
 */
public record GatewayConfig(
        String host,
        int port,
        String pathPrefix,
        UnknownStationPolicy unknownStations,
        Duration heartbeatInterval,
        Duration bootRetryInterval,
        Duration callTimeout,
        Duration pingInterval,
        int maxMessageBytes,
        int instances,
        BigDecimal energyPricePerKwh,
        TlsConfig tls,
        Duration stationClockTolerance,
        ConnectionLimits limits) {

    /** With the default station clock tolerance and connection limits. */
    public GatewayConfig(String host, int port, String pathPrefix, UnknownStationPolicy unknownStations,
                         Duration heartbeatInterval, Duration bootRetryInterval, Duration callTimeout,
                         Duration pingInterval, int maxMessageBytes, int instances, BigDecimal energyPricePerKwh,
                         TlsConfig tls) {
        this(host, port, pathPrefix, unknownStations, heartbeatInterval, bootRetryInterval, callTimeout, pingInterval,
                maxMessageBytes, instances, energyPricePerKwh, tls, TimePlausibility.DEFAULT_FUTURE_TOLERANCE, null);
    }

    /** Without TLS (profile 1 only). */
    public GatewayConfig(String host, int port, String pathPrefix, UnknownStationPolicy unknownStations,
                         Duration heartbeatInterval, Duration bootRetryInterval, Duration callTimeout,
                         Duration pingInterval, int maxMessageBytes, int instances, BigDecimal energyPricePerKwh) {
        this(host, port, pathPrefix, unknownStations, heartbeatInterval, bootRetryInterval, callTimeout, pingInterval,
                maxMessageBytes, instances, energyPricePerKwh, TlsConfig.disabled());
    }

    /** Without a configured energy price. */
    public GatewayConfig(String host, int port, String pathPrefix, UnknownStationPolicy unknownStations,
                         Duration heartbeatInterval, Duration bootRetryInterval, Duration callTimeout,
                         Duration pingInterval, int maxMessageBytes, int instances) {
        this(host, port, pathPrefix, unknownStations, heartbeatInterval, bootRetryInterval, callTimeout, pingInterval,
                maxMessageBytes, instances, null);
    }

    public GatewayConfig {
        if (tls == null) {
            tls = TlsConfig.disabled();
        }
        if (stationClockTolerance == null) {
            stationClockTolerance = TimePlausibility.DEFAULT_FUTURE_TOLERANCE;
        }
        if (stationClockTolerance.isNegative()) {
            throw new IllegalArgumentException("station clock tolerance must not be negative, is " + stationClockTolerance);
        }
        if (limits == null) {
            limits = ConnectionLimits.ocppDefaults();
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("gateway port must be 0–65535, is " + port);
        }
        if (!pathPrefix.startsWith("/")) {
            throw new IllegalArgumentException("gateway path prefix must start with '/', is " + pathPrefix);
        }
        if (heartbeatInterval.toSeconds() < 1 || bootRetryInterval.toSeconds() < 1) {
            throw new IllegalArgumentException("heartbeat and boot retry intervals must be at least 1 s");
        }
        if (maxMessageBytes < 1024) {
            throw new IllegalArgumentException("max message size must be at least 1024 bytes");
        }
        if (instances < 1) {
            throw new IllegalArgumentException("gateway instances must be at least 1");
        }
        if (energyPricePerKwh != null && energyPricePerKwh.signum() < 0) {
            throw new IllegalArgumentException("energy price per kWh must not be negative, is " + energyPricePerKwh);
        }
    }

    /** Ladewerk's defaults: {@code ws://0.0.0.0:8180/ocpp/{identity}}. */
    public static GatewayConfig defaults() {
        return new GatewayConfig("0.0.0.0", 8180, "/ocpp", UnknownStationPolicy.REJECT, Duration.ofMinutes(5),
                Duration.ofSeconds(60), Duration.ofSeconds(30), Duration.ofSeconds(60), 256 * 1024,
                Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    /** The same settings with another TLS configuration. */
    public GatewayConfig withTls(TlsConfig tlsConfig) {
        return new GatewayConfig(host, port, pathPrefix, unknownStations, heartbeatInterval, bootRetryInterval,
                callTimeout, pingInterval, maxMessageBytes, instances, energyPricePerKwh, tlsConfig, stationClockTolerance,
                limits);
    }

    /** The same settings with another station clock tolerance. */
    public GatewayConfig withStationClockTolerance(Duration tolerance) {
        return new GatewayConfig(host, port, pathPrefix, unknownStations, heartbeatInterval, bootRetryInterval,
                callTimeout, pingInterval, maxMessageBytes, instances, energyPricePerKwh, tls, tolerance, limits);
    }

    /** The same settings with other connection limits. */
    public GatewayConfig withLimits(ConnectionLimits connectionLimits) {
        return new GatewayConfig(host, port, pathPrefix, unknownStations, heartbeatInterval, bootRetryInterval,
                callTimeout, pingInterval, maxMessageBytes, instances, energyPricePerKwh, tls, stationClockTolerance,
                connectionLimits);
    }
}
