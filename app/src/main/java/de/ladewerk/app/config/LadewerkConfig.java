package de.ladewerk.app.config;

import de.ladewerk.app.auth.AuthSettings;
import de.ladewerk.app.billing.BillingConfig;
import de.ladewerk.app.planning.PlanningConfig;
import de.ladewerk.gateway.GatewayConfig;
import de.ladewerk.gateway.storage.TimescaleMode;
import de.ladewerk.gateway.admission.ConnectionLimits;
import de.ladewerk.gateway.security.StationSecretKey;
import java.time.Duration;

/**
 * Everything Ladewerk is configured with, validated at start-up.
 *
 * @param database where the data lives; {@code url == null} means: find a local one (see DatabaseLocator)
 * @param gateway  the OCPP listener
 * @param http     the API, dashboard, health and metrics listener
 * @param passwordHashMemoryKib Argon2id memory per station password hash
 * @param billing  tariffs, CDRs and invoices
 * @param planning the measured window of capacity planning
 * @param auth     dashboard and API login: first admin, session expiry
 * @param stationSecretKey key of the HMAC of generated station passwords; null: the one kept in the database
 */
public record LadewerkConfig(DatabaseSettings database, GatewayConfig gateway, HttpSettings http,
                             int passwordHashMemoryKib, BillingConfig billing, PlanningConfig planning,
                             AuthSettings auth, StationSecretKey stationSecretKey) {

    /** With the station secret key kept in the database. */
    public LadewerkConfig(DatabaseSettings database, GatewayConfig gateway, HttpSettings http, int passwordHashMemoryKib,
                          BillingConfig billing, PlanningConfig planning, AuthSettings auth) {
        this(database, gateway, http, passwordHashMemoryKib, billing, planning, auth, null);
    }

    /**
     * @param url       JDBC URL, or null to locate one
     * @param timescale whether a new database may get TimescaleDB (auto) or stays plain PostgreSQL (off)
     */
    public record DatabaseSettings(String url, String user, String password, int poolSize, TimescaleMode timescale) {
        public DatabaseSettings {
            if (poolSize < 2) {
                throw new IllegalArgumentException("database.poolSize must be at least 2, is " + poolSize);
            }
            if (timescale == null) {
                throw new IllegalArgumentException("database.timescale must be auto or off");
            }
        }

        /** The same settings on another server or database. */
        public DatabaseSettings at(String otherUrl, String otherUser, String otherPassword) {
            return new DatabaseSettings(otherUrl, otherUser, otherPassword, poolSize, timescale);
        }
    }

    /**
     * @param limits      the API listener's own connection caps and first-request deadline
     * @param idleTimeout kept-alive connections idle this long are closed
     * @param mapTileUrl  the dashboard map's raster tile URL template ({@code {z}/{x}/{y}}), or null: the map then
     *                    draws the shipped district outlines on a plain background and needs no internet
     */
    public record HttpSettings(String host, int port, ConnectionLimits limits, Duration idleTimeout, String mapTileUrl) {

        /** With the default limits and no map tiles. */
        public HttpSettings(String host, int port) {
            this(host, port, ConnectionLimits.apiDefaults(), Duration.ofSeconds(60), null);
        }

        public HttpSettings {
            if (idleTimeout == null || idleTimeout.toSeconds() < 1) {
                throw new IllegalArgumentException("http.idleTimeout must be at least 1 s, is " + idleTimeout);
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("http.port must be 0–65535, is " + port);
            }
            if (mapTileUrl != null && mapTileUrl.isBlank()) {
                mapTileUrl = null;
            }
            if (mapTileUrl != null && !(mapTileUrl.startsWith("https://") || mapTileUrl.startsWith("http://"))
                    || mapTileUrl != null && !(mapTileUrl.contains("{z}") && mapTileUrl.contains("{x}")
                    && mapTileUrl.contains("{y}"))) {
                throw new IllegalArgumentException("dashboard.mapTileUrl must be an http(s) URL with {z}, {x} and {y}, is '"
                        + mapTileUrl + "'");
            }
        }

        /** With the default limits and the given map tile URL. */
        public HttpSettings(String host, int port, String mapTileUrl) {
            this(host, port, ConnectionLimits.apiDefaults(), Duration.ofSeconds(60), mapTileUrl);
        }
    }

    public LadewerkConfig {
        if (passwordHashMemoryKib < 1024) {
            throw new IllegalArgumentException("passwordHashMemoryKib must be at least 1024, is " + passwordHashMemoryKib);
        }
    }
}
