package de.ladewerk.gateway.persistence;

import de.ladewerk.gateway.security.StationSecretKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The server secret of sealed station passwords, kept in {@code ocpp.server_secrets}: created once by the first
 * gateway that starts (every gateway of a cluster then uses the same one), unless the operator configures it.
 * Blocking: call from a worker thread at start-up.
 */
public final class JdbcStationSecretKeys {

    private static final String NAME = "station-password-hmac";

    private JdbcStationSecretKeys() {
    }

    /**
     * The configured key, stored so that tools see it too; or the stored one; or a new one, stored.
     *
     * @param configured the operator's key, or null
     */
    public static StationSecretKey loadOrCreate(DataSource dataSource, StationSecretKey configured) {
        try (Connection c = dataSource.getConnection()) {
            if (configured != null) {
                return configured; // never written: a configured key lives in the configuration only
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO ocpp.server_secrets (name, secret) VALUES (?, ?) "
                    + "ON CONFLICT (name) DO NOTHING")) {
                insert.setString(1, NAME);
                insert.setBytes(2, StationSecretKey.generate().toBytesForStorage());
                insert.executeUpdate();
            }
            try (PreparedStatement select = c.prepareStatement("SELECT secret FROM ocpp.server_secrets WHERE name = ?")) {
                select.setString(1, NAME);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return new StationSecretKey(rs.getBytes(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load the station secret key: " + e.getMessage(), e);
        }
    }
}
