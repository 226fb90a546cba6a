package de.ladewerk.gateway.query.persistence;

import de.ladewerk.gateway.query.DemoData;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** {@link DemoData} as JDBC batches over {@code ocpp.stations} and {@code ocpp.id_tokens}. */
public final class JdbcDemoData implements DemoData {

    private final DataSource dataSource;

    public JdbcDemoData(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void locate(List<Location> locations) {
        batch("UPDATE ocpp.stations SET district = ?, latitude = ?, longitude = ?, updated_at = now() WHERE id = ?",
                locations, (ps, l) -> {
                    ps.setString(1, l.district());
                    ps.setDouble(2, l.latitude());
                    ps.setDouble(3, l.longitude());
                    ps.setString(4, l.stationId());
                });
    }

    @Override
    public void createTokens(List<Token> tokens) {
        batch("INSERT INTO ocpp.id_tokens (type, value, customer_ref) VALUES ('ISO14443', ?, ?) ON CONFLICT DO NOTHING",
                tokens, (ps, t) -> {
                    ps.setString(1, t.value());
                    ps.setString(2, t.customerRef());
                });
    }

    private interface Binder<T> {
        void bind(PreparedStatement ps, T item) throws SQLException;
    }

    private <T> void batch(String sql, List<T> items, Binder<T> binder) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (T item : items) {
                    binder.bind(ps, item);
                    ps.addBatch();
                }
                ps.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("demo data: " + e.getMessage(), e);
        }
    }
}
