package de.ladewerk.gateway.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The customer reference the token store keeps for a token ({@code ocpp.id_tokens.customer_ref}).
 * A 1.6 idTag has no type, so it is looked up by value (an ID_TAG entry first, then any other type).
 * Answers {@code null} while the token store's table does not exist.
 */
final class CustomerRefs {

    private static final String BY_TYPE = "SELECT customer_ref FROM ocpp.id_tokens WHERE type = ? AND value = ?";
    private static final String BY_VALUE = """
            SELECT customer_ref FROM ocpp.id_tokens WHERE value = ?
             ORDER BY (type = 'ID_TAG') DESC, type LIMIT 1""";

    private volatile Boolean tableExists;

    String of(Connection c, String token, String type) throws SQLException {
        if (!tableExists(c)) {
            return null;
        }
        boolean byValue = type == null || type.equals("ID_TAG");
        try (PreparedStatement ps = c.prepareStatement(byValue ? BY_VALUE : BY_TYPE)) {
            if (byValue) {
                ps.setString(1, token);
            } else {
                ps.setString(1, type);
                ps.setString(2, token);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Migrations run before the application reads anything, so the answer is fixed once known. */
    private boolean tableExists(Connection c) throws SQLException {
        Boolean known = tableExists;
        if (known == null) {
            try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass('ocpp.id_tokens') IS NOT NULL");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                known = rs.getBoolean(1);
                tableExists = known;
            }
        }
        return known;
    }
}
