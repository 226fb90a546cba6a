package de.ladewerk.gateway.loadmanagement.persistence;

import de.ladewerk.gateway.loadmanagement.GridAdministration;

import de.ladewerk.loadmanagement.demand.Reduction;
import de.ladewerk.loadmanagement.grid.Evse;
import de.ladewerk.loadmanagement.grid.PhaseRotation;
import de.ladewerk.loadmanagement.grid.Site;
import de.ladewerk.loadmanagement.grid.Transformer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/** {@link GridAdministration} over the {@code ocpp.grid_*} tables (blocking JDBC). */
public final class JdbcGridAdministration implements GridAdministration {

    private final DataSource dataSource;

    public JdbcGridAdministration(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void putTransformer(Transformer t, String name) {
        try {
            update("INSERT INTO ocpp.grid_transformers (id, name, limit_kw, limit_amps_per_phase) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT (id) DO UPDATE SET name = excluded.name, limit_kw = excluded.limit_kw, "
                    + "limit_amps_per_phase = excluded.limit_amps_per_phase", t.id(), name, t.limitKw(), t.limitAmpsPerPhase());
        } catch (SQLException failure) {
            throw new DataAccessException(failure);
        }
    }

    @Override
    public void putSite(Site s, String name, double fixedBaseLoadKw) {
        try {
            new de.ladewerk.loadmanagement.grid.BaseLoad.Fixed(fixedBaseLoadKw); // checks the value
            try {
                update("INSERT INTO ocpp.grid_sites (id, name, transformer_id, limit_kw, limit_amps_per_phase, base_load_kw) "
                        + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                        + "transformer_id = excluded.transformer_id, limit_kw = excluded.limit_kw, "
                        + "limit_amps_per_phase = excluded.limit_amps_per_phase, base_load_kw = excluded.base_load_kw, "
                        + "updated_at = now()", s.id(), name, s.transformerId(), s.limitKw(), s.limitAmpsPerPhase(), fixedBaseLoadKw);
            } catch (SQLException e) {
                throw foreignKey(e, "transformer " + s.transformerId() + " does not exist");
            }
        } catch (SQLException failure) {
            throw new DataAccessException(failure);
        }
    }

    @Override
    public boolean deleteSite(String siteId) {
        try {
            return update("DELETE FROM ocpp.grid_sites WHERE id = ?", siteId) > 0;
        } catch (SQLException failure) {
            throw new DataAccessException(failure);
        }
    }

    @Override
    public void assign(String stationId, int evseId, Evse e, int priority) {
        try {
            if (evseId <= 0) {
                throw new IllegalArgumentException("EVSE ids start at 1: " + evseId);
            }
            try {
                update("INSERT INTO ocpp.grid_evses (station_id, evse_id, site_id, phase_rotation, phases, min_amps, max_amps, "
                        + "controllable, priority) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (station_id, evse_id) DO UPDATE "
                        + "SET site_id = excluded.site_id, phase_rotation = excluded.phase_rotation, phases = excluded.phases, "
                        + "min_amps = excluded.min_amps, max_amps = excluded.max_amps, controllable = excluded.controllable, "
                        + "priority = excluded.priority, compliant = true, rejected_at = NULL, rejected_detail = NULL",
                        stationId, evseId, e.siteId(), e.rotation().name(), e.phases(), e.minAmps(), e.maxAmps(), e.controllable(),
                        priority);
            } catch (SQLException ex) {
                throw foreignKey(ex, "station " + stationId + " or site " + e.siteId() + " does not exist");
            }
        } catch (SQLException failure) {
            throw new DataAccessException(failure);
        }
    }

    @Override
    public boolean unassign(String stationId, int evseId) {
        try {
            return update("DELETE FROM ocpp.grid_evses WHERE station_id = ? AND evse_id = ?", stationId, evseId) > 0;
        } catch (SQLException failure) {
            throw new DataAccessException(failure);
        }
    }

    @Override
    public boolean pushBaseLoad(String siteId, double kw, Instant at) {
        try {
            new de.ladewerk.loadmanagement.grid.BaseLoad.Fixed(kw); // checks the value
            return update("UPDATE ocpp.grid_sites SET live_base_load_kw = ?, live_base_load_at = ? WHERE id = ?", kw,
                    Timestamp.from(at), siteId) > 0;
        } catch (SQLException failure) {
            throw new DataAccessException(failure);
        }
    }

    @Override
    public long reduce(Set<String> siteIds, double powerKw, Instant from, Instant until, String requestedBy,
                       String reference) {
        try {
            new Reduction("new", siteIds, powerKw, from, until, null); // checks the values
            try (Connection c = dataSource.getConnection()) {
                try (PreparedStatement ps = c.prepareStatement("SELECT array_agg(x) FROM unnest(?::text[]) x "
                        + "WHERE NOT EXISTS (SELECT 1 FROM ocpp.grid_sites s WHERE s.id = x)")) {
                    ps.setArray(1, c.createArrayOf("text", siteIds.toArray()));
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next() && rs.getArray(1) != null) {
                            throw new IllegalArgumentException("unknown sites: " + List.of((Object[]) rs.getArray(1).getArray()));
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO ocpp.grid_reductions (site_ids, power_kw, starts_at, "
                        + "ends_at, requested_by, reference) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")) {
                    ps.setArray(1, c.createArrayOf("text", siteIds.toArray()));
                    ps.setDouble(2, powerKw);
                    ps.setTimestamp(3, Timestamp.from(from));
                    ps.setTimestamp(4, until == null ? null : Timestamp.from(until));
                    ps.setString(5, requestedBy);
                    ps.setString(6, reference);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }
            }
        } catch (SQLException failure) {
            throw new DataAccessException(failure);
        }
    }

    @Override
    public boolean revoke(long reductionId, String revokedBy, Instant at) {
        try {
            return update("UPDATE ocpp.grid_reductions SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL "
                    + "AND (ends_at IS NULL OR ends_at > ?)", Timestamp.from(at), revokedBy, reductionId, Timestamp.from(at)) > 0;
        } catch (SQLException failure) {
            throw new DataAccessException(failure);
        }
    }

    @Override
    public List<GridAdministration.SiteAllocation> allocations(String siteId) {
        try {
            List<GridAdministration.SiteAllocation> out = new ArrayList<>();
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement("""
                         SELECT DISTINCT ON (a.station_id, a.evse_id) a.station_id, a.evse_id, a.session_id, a.amps, a.phases,
                                a.reason, a.detail, a.time
                           FROM ocpp.grid_allocations a
                           JOIN ocpp.sessions s ON s.id = a.session_id AND s.status = 'ACTIVE'
                          WHERE a.site_id = ? ORDER BY a.station_id, a.evse_id, a.time DESC""")) {
                ps.setString(1, siteId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new GridAdministration.SiteAllocation(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getDouble(4), rs.getInt(5),
                                rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()));
                    }
                }
            }
            return out;
        } catch (SQLException failure) {
            throw new DataAccessException(failure);
        }
    }

    @Override
    public List<GridAdministration.TransformerView> transformers() {
        return query("SELECT id, name, limit_kw, limit_amps_per_phase FROM ocpp.grid_transformers ORDER BY id",
                rs -> new GridAdministration.TransformerView(rs.getString(1), rs.getString(2), rs.getDouble(3),
                        nullable(rs, 4)));
    }

    @Override
    public List<GridAdministration.SiteView> sites(Instant now) {
        return query("""
                SELECT s.id, s.name, s.transformer_id, s.limit_kw, s.limit_amps_per_phase, s.base_load_kw,
                       s.live_base_load_kw, s.live_base_load_at, s.live_max_age_seconds,
                       (SELECT count(*) FROM ocpp.grid_evses e WHERE e.site_id = s.id),
                       (SELECT coalesce(sum(l.amps * l.phases), 0) * 0.23 FROM (
                            SELECT DISTINCT ON (a.station_id, a.evse_id) a.amps, a.phases
                              FROM ocpp.grid_allocations a JOIN ocpp.sessions x ON x.id = a.session_id AND x.status = 'ACTIVE'
                             WHERE a.site_id = s.id ORDER BY a.station_id, a.evse_id, a.time DESC) l)
                  FROM ocpp.grid_sites s ORDER BY s.id""", rs -> {
            Double live = nullable(rs, 7);
            Timestamp liveAt = rs.getTimestamp(8);
            boolean fresh = live != null && liveAt != null
                    && !liveAt.toInstant().plusSeconds(rs.getInt(9)).isBefore(now);
            return new GridAdministration.SiteView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                    rs.getDouble(5), rs.getDouble(6), live, liveAt == null ? null : liveAt.toInstant(),
                    fresh ? live : rs.getDouble(6), rs.getInt(10), rs.getDouble(11));
        });
    }

    @Override
    public List<GridAdministration.EvseView> evses(String siteId) {
        return query("SELECT station_id, evse_id, phase_rotation, phases, min_amps, max_amps, controllable, priority, "
                + "compliant, rejected_detail FROM ocpp.grid_evses WHERE site_id = ? ORDER BY station_id, evse_id",
                rs -> new GridAdministration.EvseView(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getInt(4),
                        rs.getDouble(5), rs.getDouble(6), rs.getBoolean(7), rs.getInt(8), rs.getBoolean(9),
                        rs.getString(10)), siteId);
    }

    @Override
    public List<GridAdministration.ReductionView> reductions(String siteId, Instant now) {
        Timestamp at = Timestamp.from(now);
        return query("SELECT id, site_ids, power_kw, starts_at, ends_at, requested_by, reference FROM ocpp.grid_reductions "
                + "WHERE revoked_at IS NULL AND (ends_at IS NULL OR ends_at > ?) AND (?::text IS NULL OR ? = ANY (site_ids)) "
                + "ORDER BY starts_at, id", rs -> {
            Timestamp ends = rs.getTimestamp(5);
            Instant starts = rs.getTimestamp(4).toInstant();
            return new GridAdministration.ReductionView(rs.getLong(1), List.of((String[]) rs.getArray(2).getArray()),
                    rs.getDouble(3), starts, ends == null ? null : ends.toInstant(), !starts.isAfter(now),
                    rs.getString(6), rs.getString(7));
        }, at, siteId, siteId);
    }

    /** One row of a result, read from its columns. */
    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row, Object... args) {
        List<T> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                if (args[i] == null) {
                    ps.setNull(i + 1, Types.VARCHAR);
                } else {
                    ps.setObject(i + 1, args[i]);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.read(rs));
                }
            }
        } catch (SQLException failure) {
            throw new DataAccessException(failure);
        }
        return out;
    }

    private static Double nullable(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private int update(String sql, Object... args) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                if (args[i] == null) {
                    ps.setNull(i + 1, Types.NULL);
                } else {
                    ps.setObject(i + 1, args[i]);
                }
            }
            return ps.executeUpdate();
        }
    }

    /** A foreign-key violation as the caller's mistake, other errors as they are. */
    private static SQLException foreignKey(SQLException e, String message) {
        if ("23503".equals(e.getSQLState())) {
            throw new IllegalArgumentException(message);
        }
        return e;
    }
}
