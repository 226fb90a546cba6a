package de.ladewerk.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import de.ladewerk.app.auth.AuthSettings;
import de.ladewerk.app.billing.BillingConfig;
import de.ladewerk.billing.ocmf.OcmfVerifier;
import de.ladewerk.app.planning.PlanningConfig;
import de.ladewerk.gateway.GatewayConfig;
import de.ladewerk.gateway.storage.TimescaleMode;
import de.ladewerk.gateway.admission.ConnectionLimits;
import de.ladewerk.gateway.security.StationSecretKey;
import java.time.ZoneId;
import de.ladewerk.gateway.handshake.UnknownStationPolicy;
import de.ladewerk.gateway.tls.TlsConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds the configuration from defaults, then an optional YAML file, then environment variables
 * (highest precedence). Every key and variable is listed in the README; a bad value fails start-up
 * with a message naming it.
 */
public final class ConfigLoader {

    private final Map<String, String> env;

    public ConfigLoader(Map<String, String> env) {
        this.env = env;
    }

    public LadewerkConfig load(Path file) {
        JsonNode yaml = file == null ? null : readYaml(file);
        GatewayConfig d = GatewayConfig.defaults();
        GatewayConfig gateway = new GatewayConfig(
                value(yaml, "gateway.host", "LADEWERK_OCPP_HOST", d.host(), s -> s),
                value(yaml, "gateway.port", "LADEWERK_OCPP_PORT", d.port(), Integer::parseInt),
                value(yaml, "gateway.path", "LADEWERK_OCPP_PATH", d.pathPrefix(), s -> s),
                value(yaml, "gateway.unknownStations", "LADEWERK_UNKNOWN_STATIONS", d.unknownStations(),
                        s -> UnknownStationPolicy.valueOf(s.toUpperCase(Locale.ROOT))),
                value(yaml, "gateway.heartbeatInterval", "LADEWERK_HEARTBEAT_INTERVAL", d.heartbeatInterval(), Duration::parse),
                value(yaml, "gateway.bootRetryInterval", "LADEWERK_BOOT_RETRY_INTERVAL", d.bootRetryInterval(), Duration::parse),
                value(yaml, "gateway.callTimeout", "LADEWERK_CALL_TIMEOUT", d.callTimeout(), Duration::parse),
                value(yaml, "gateway.pingInterval", "LADEWERK_PING_INTERVAL", d.pingInterval(), Duration::parse),
                value(yaml, "gateway.maxMessageBytes", "LADEWERK_MAX_MESSAGE_BYTES", d.maxMessageBytes(), Integer::parseInt),
                value(yaml, "gateway.instances", "LADEWERK_OCPP_INSTANCES", d.instances(), Integer::parseInt))
                .withTls(tls(yaml))
                .withStationClockTolerance(value(yaml, "gateway.stationClockTolerance", "LADEWERK_STATION_CLOCK_TOLERANCE",
                        d.stationClockTolerance(), Duration::parse))
                .withLimits(limits(yaml, "gateway", "LADEWERK_OCPP", d.limits()));
        LadewerkConfig.DatabaseSettings db = new LadewerkConfig.DatabaseSettings(
                value(yaml, "database.url", "LADEWERK_DB_URL", null, s -> s),
                value(yaml, "database.user", "LADEWERK_DB_USER", "postgres", s -> s),
                value(yaml, "database.password", "LADEWERK_DB_PASSWORD", "", s -> s),
                value(yaml, "database.poolSize", "LADEWERK_DB_POOL_SIZE", 16, Integer::parseInt),
                value(yaml, "database.timescale", "LADEWERK_DB_TIMESCALE", TimescaleMode.AUTO, TimescaleMode::parse));
        LadewerkConfig.HttpSettings http = new LadewerkConfig.HttpSettings(
                value(yaml, "http.host", "LADEWERK_HTTP_HOST", "0.0.0.0", s -> s),
                value(yaml, "http.port", "LADEWERK_HTTP_PORT", 8080, Integer::parseInt),
                limits(yaml, "http", "LADEWERK_HTTP", ConnectionLimits.apiDefaults()),
                value(yaml, "http.idleTimeout", "LADEWERK_HTTP_IDLE_TIMEOUT", Duration.ofSeconds(60), Duration::parse),
                value(yaml, "dashboard.mapTileUrl", "LADEWERK_MAP_TILE_URL", null, s -> s));
        int hashMemory = value(yaml, "security.passwordHashMemoryKib", "LADEWERK_PASSWORD_HASH_MEMORY_KIB",
                19 * 1024, Integer::parseInt);
        AuthSettings a = AuthSettings.defaults();
        AuthSettings auth = new AuthSettings(
                value(yaml, "auth.adminUser", "LADEWERK_ADMIN_USER", a.adminUser(), s -> s),
                value(yaml, "auth.adminPassword", "LADEWERK_ADMIN_PASSWORD", a.adminPassword(), s -> s),
                value(yaml, "auth.sessionIdle", "LADEWERK_SESSION_IDLE", a.sessionIdle(), Duration::parse),
                value(yaml, "auth.sessionMaxAge", "LADEWERK_SESSION_MAX_AGE", a.sessionMaxAge(), Duration::parse));
        String zone = value(yaml, "zone", "LADEWERK_ZONE", "Europe/Berlin", s -> ZoneId.of(s).getId());
        BillingConfig billing = BillingConfig.of(zone,
                value(yaml, "billing.ocpiCountryCode", "LADEWERK_OCPI_COUNTRY_CODE", "DE", s -> s),
                value(yaml, "billing.ocpiPartyId", "LADEWERK_OCPI_PARTY_ID", "LDW", s -> s),
                value(yaml, "billing.issuerName", "LADEWERK_INVOICE_ISSUER_NAME", "", s -> s),
                value(yaml, "billing.issuerAddress", "LADEWERK_INVOICE_ISSUER_ADDRESS", "", s -> s),
                value(yaml, "billing.issuerVatId", "LADEWERK_INVOICE_ISSUER_VAT_ID", "", s -> s),
                value(yaml, "billing.catchUpInterval", "LADEWERK_BILLING_CATCH_UP_INTERVAL", Duration.ofMinutes(5), Duration::parse),
                value(yaml, "billing.catchUpWindow", "LADEWERK_BILLING_CATCH_UP_WINDOW", Duration.ofDays(7), Duration::parse),
                value(yaml, "billing.energyToleranceWh", "LADEWERK_BILLING_ENERGY_TOLERANCE_WH",
                        OcmfVerifier.DEFAULT_TOLERANCE_WH, Long::parseLong));
        PlanningConfig planning = new PlanningConfig(
                value(yaml, "planning.measuredDays", "LADEWERK_PLANNING_MEASURED_DAYS", 90, Integer::parseInt),
                ZoneId.of(zone),
                value(yaml, "planning.defaultAcPowerKw", "LADEWERK_PLANNING_DEFAULT_AC_POWER_KW", 11.0, Double::parseDouble));
        StationSecretKey stationKey = value(yaml, "security.stationSecretKey", "LADEWERK_STATION_SECRET_KEY", null,
                StationSecretKey::fromBase64);
        return new LadewerkConfig(db, gateway, http, hashMemory, billing, planning, auth, stationKey);
    }

    /** Connection caps and handshake deadline of a listener: {@code <section>.handshakeTimeout} etc. */
    private ConnectionLimits limits(JsonNode yaml, String section, String prefix, ConnectionLimits d) {
        return new ConnectionLimits(
                value(yaml, section + ".handshakeTimeout", prefix + "_HANDSHAKE_TIMEOUT", d.handshakeTimeout(), Duration::parse),
                value(yaml, section + ".maxConnectionsPerAddress", prefix + "_MAX_CONNECTIONS_PER_ADDRESS",
                        d.maxPerAddress(), Integer::parseInt),
                value(yaml, section + ".maxConnections", prefix + "_MAX_CONNECTIONS", d.maxConnections(), Integer::parseInt));
    }

    /** The {@code wss://} listener and Ladewerk's CA (security profiles 2 and 3); see docs/security.md. */
    private TlsConfig tls(JsonNode yaml) {
        TlsConfig d = TlsConfig.disabled();
        return new TlsConfig(
                value(yaml, "gateway.tls.enabled", "LADEWERK_TLS_ENABLED", d.enabled(), ConfigLoader::bool),
                value(yaml, "gateway.tls.port", "LADEWERK_TLS_PORT", d.port(), Integer::parseInt),
                value(yaml, "gateway.tls.dataDirectory", "LADEWERK_TLS_DATA_DIR", d.dataDirectory(), Path::of),
                value(yaml, "gateway.tls.serverKeyStore", "LADEWERK_TLS_SERVER_KEYSTORE", null, Path::of),
                value(yaml, "gateway.tls.serverKeyStorePassword", "LADEWERK_TLS_SERVER_KEYSTORE_PASSWORD", null, s -> s),
                value(yaml, "gateway.tls.caKeyStore", "LADEWERK_TLS_CA_KEYSTORE", null, Path::of),
                value(yaml, "gateway.tls.caKeyStorePassword", "LADEWERK_TLS_CA_KEYSTORE_PASSWORD", null, s -> s),
                value(yaml, "gateway.tls.trustedClientCas", "LADEWERK_TLS_TRUSTED_CLIENT_CAS", null, Path::of),
                value(yaml, "gateway.tls.serverNames", "LADEWERK_TLS_SERVER_NAMES", d.serverNames(),
                        s -> List.of(s.split("\\s*,\\s*"))),
                value(yaml, "gateway.tls.organization", "LADEWERK_TLS_ORGANIZATION", null, s -> s),
                value(yaml, "gateway.tls.stationCertificateValidity", "LADEWERK_STATION_CERTIFICATE_VALIDITY",
                        d.stationCertificateValidity(), Duration::parse));
    }

    private static boolean bool(String s) {
        if (!s.equalsIgnoreCase("true") && !s.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException("must be true or false");
        }
        return Boolean.parseBoolean(s);
    }

    private <T> T value(JsonNode yaml, String key, String variable, T fallback, Function<String, T> parse) {
        String raw = env.get(variable);
        String source = variable;
        if (raw == null && yaml != null) {
            JsonNode node = yaml;
            for (String part : key.split("\\.")) {
                node = node == null ? null : node.get(part);
            }
            if (node != null && !node.isNull()) {
                raw = node.asText();
                source = key;
            }
        }
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return parse.apply(raw.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("configuration " + source + " = '" + raw + "' is not valid: " + e.getMessage(), e);
        }
    }

    private static JsonNode readYaml(Path file) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read configuration file " + file + ": " + e.getMessage(), e);
        }
    }
}
