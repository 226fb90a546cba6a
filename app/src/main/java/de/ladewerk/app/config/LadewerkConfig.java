package de.ladewerk.app.config;

import de.ladewerk.app.auth.AuthSettings;
import de.ladewerk.app.billing.BillingConfig;
import de.ladewerk.app.planning.PlanningConfig;
import de.ladewerk.gateway.GatewayConfig;

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
 */
public record LadewerkConfig(DatabaseSettings database, GatewayConfig gateway, HttpSettings http,
                             int passwordHashMemoryKib, BillingConfig billing, PlanningConfig planning,
                             AuthSettings auth) {

    /** @param url JDBC URL, or null to locate one */
    public record DatabaseSettings(String url, String user, String password, int poolSize) {
        public DatabaseSettings {
            if (poolSize < 2) {
                throw new IllegalArgumentException("database.poolSize must be at least 2, is " + poolSize);
            }
        }
    }

    /**
     * @param mapTileUrl the dashboard map's raster tile URL template ({@code {z}/{x}/{y}}), or null: the map then
     *                   draws the shipped district outlines on a plain background and needs no internet
     */
    public record HttpSettings(String host, int port, String mapTileUrl) {
        public HttpSettings {
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

        public HttpSettings(String host, int port) {
            this(host, port, null);
        }
    }

    public LadewerkConfig {
        if (passwordHashMemoryKib < 1024) {
            throw new IllegalArgumentException("passwordHashMemoryKib must be at least 1024, is " + passwordHashMemoryKib);
        }
    }
}
