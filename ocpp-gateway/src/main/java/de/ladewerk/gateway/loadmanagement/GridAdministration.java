package de.ladewerk.gateway.loadmanagement;

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

/**
 * The operator's and the grid operator's side of load management, for the API: transformers, sites,
 * EVSE assignment, pushed base-load values, §14a reductions; and what the allocator last did per site.
 * Input is checked with the model's own rules (a bad value is an {@link IllegalArgumentException} naming
 * it, and nothing is written). Blocking JDBC: worker threads only. The allocator picks changes up on its
 * next round.
 */
public final class GridAdministration {

    private final DataSource dataSource;

    public GridAdministration(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Creates or replaces a transformer. */
    public void putTransformer(Transformer t, String name) throws SQLException {
        update("INSERT INTO ocpp.grid_transformers (id, name, limit_kw, limit_amps_per_phase) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (id) DO UPDATE SET name = excluded.name, limit_kw = excluded.limit_kw, "
                + "limit_amps_per_phase = excluded.limit_amps_per_phase", t.id(), name, t.limitKw(), t.limitAmpsPerPhase());
    }

    /** Creates or replaces a site's limits and fixed base load (a schedule or live value stays). */
    public void putSite(Site s, String name, double fixedBaseLoadKw) throws SQLException {
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
    }

    /** Deletes a site and its EVSE assignments; true if it existed. */
    public boolean deleteSite(String siteId) throws SQLException {
        return update("DELETE FROM ocpp.grid_sites WHERE id = ?", siteId) > 0;
    }

    /** Puts an EVSE on a site (or moves it), with its wiring, limits, §14a status and priority group. */
    public void assign(String stationId, int evseId, Evse e, int priority) throws SQLException {
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
    }

    /** Takes an EVSE off its site; true if it was on one. */
    public boolean unassign(String stationId, int evseId) throws SQLException {
        return update("DELETE FROM ocpp.grid_evses WHERE station_id = ? AND evse_id = ?", stationId, evseId) > 0;
    }

    /** A base-load value measured at {@code at}; false if the site does not exist. */
    public boolean pushBaseLoad(String siteId, double kw, Instant at) throws SQLException {
        new de.ladewerk.loadmanagement.grid.BaseLoad.Fixed(kw); // checks the value
        return update("UPDATE ocpp.grid_sites SET live_base_load_kw = ?, live_base_load_at = ? WHERE id = ?", kw,
                Timestamp.from(at), siteId) > 0;
    }

    /** Records a §14a reduction of the grid operator; returns its id. Unknown sites are refused. */
    public long reduce(Set<String> siteIds, double powerKw, Instant from, Instant until, String requestedBy,
                       String reference) throws SQLException {
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
    }

    /** Revokes a reduction still in force or to come; false if there is none such. */
    public boolean revoke(long reductionId, String revokedBy, Instant at) throws SQLException {
        return update("UPDATE ocpp.grid_reductions SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL "
                + "AND (ends_at IS NULL OR ends_at > ?)", Timestamp.from(at), revokedBy, reductionId, Timestamp.from(at)) > 0;
    }

    /** Each session's latest allocation on a site (station, EVSE, amps, phases, reason, detail, time), newest first. */
    public List<SiteAllocation> allocations(String siteId) throws SQLException {
        List<SiteAllocation> out = new ArrayList<>();
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
                    out.add(new SiteAllocation(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getDouble(4), rs.getInt(5),
                            rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()));
                }
            }
        }
        return out;
    }

    /** Every transformer, by id. */
    public List<TransformerView> transformers() throws SQLException {
        return query("SELECT id, name, limit_kw, limit_amps_per_phase FROM ocpp.grid_transformers ORDER BY id",
                rs -> new TransformerView(rs.getString(1), rs.getString(2), rs.getDouble(3), (Double) nullable(rs, 4)));
    }

    /**
     * Every site with its limits, its base load as it holds at {@code now} (a live value younger than its
     * maximum age, else the fixed value) and the power the allocator last gave its running sessions.
     */
    public List<SiteView> sites(Instant now) throws SQLException {
        return query("""
                SELECT s.id, s.name, s.transformer_id, s.limit_kw, s.limit_amps_per_phase, s.base_load_kw,
                       s.live_base_load_kw, s.live_base_load_at, s.live_max_age_seconds,
                       (SELECT count(*) FROM ocpp.grid_evses e WHERE e.site_id = s.id),
                       (SELECT coalesce(sum(l.amps * l.phases), 0) * 0.23 FROM (
                            SELECT DISTINCT ON (a.station_id, a.evse_id) a.amps, a.phases
                              FROM ocpp.grid_allocations a JOIN ocpp.sessions x ON x.id = a.session_id AND x.status = 'ACTIVE'
                             WHERE a.site_id = s.id ORDER BY a.station_id, a.evse_id, a.time DESC) l)
                  FROM ocpp.grid_sites s ORDER BY s.id""", rs -> {
            Double live = (Double) nullable(rs, 7);
            Timestamp liveAt = rs.getTimestamp(8);
            boolean fresh = live != null && liveAt != null
                    && !liveAt.toInstant().plusSeconds(rs.getInt(9)).isBefore(now);
            return new SiteView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4), rs.getDouble(5),
                    rs.getDouble(6), live, liveAt == null ? null : liveAt.toInstant(), fresh ? live : rs.getDouble(6),
                    rs.getInt(10), rs.getDouble(11));
        });
    }

    /** The EVSEs on a site, by station and EVSE id. */
    public List<EvseView> evses(String siteId) throws SQLException {
        return query("SELECT station_id, evse_id, phase_rotation, phases, min_amps, max_amps, controllable, priority, "
                + "compliant, rejected_detail FROM ocpp.grid_evses WHERE site_id = ? ORDER BY station_id, evse_id",
                rs -> new EvseView(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getInt(4), rs.getDouble(5),
                        rs.getDouble(6), rs.getBoolean(7), rs.getInt(8), rs.getBoolean(9), rs.getString(10)), siteId);
    }

    /** The §14a reductions naming a site (null: any) that are in force at {@code now} or still to come. */
    public List<ReductionView> reductions(String siteId, Instant now) throws SQLException {
        Timestamp at = Timestamp.from(now);
        return query("SELECT id, site_ids, power_kw, starts_at, ends_at, requested_by, reference FROM ocpp.grid_reductions "
                + "WHERE revoked_at IS NULL AND (ends_at IS NULL OR ends_at > ?) AND (?::text IS NULL OR ? = ANY (site_ids)) "
                + "ORDER BY starts_at, id", rs -> {
            Timestamp ends = rs.getTimestamp(5);
            Instant starts = rs.getTimestamp(4).toInstant();
            return new ReductionView(rs.getLong(1), List.of((String[]) rs.getArray(2).getArray()), rs.getDouble(3), starts,
                    ends == null ? null : ends.toInstant(), !starts.isAfter(now), rs.getString(6), rs.getString(7));
        }, at, siteId, siteId);
    }

    /** A transformer as the API shows it. */
    public record TransformerView(String id, String name, double limitKw, Double limitAmpsPerPhase) {
    }

    /**
     * A site as the API shows it: {@code baseLoadKw} is the base load in force, {@code allocatedKw} what its
     * running sessions were last allocated (nominal 230 V).
     */
    public record SiteView(String id, String name, String transformerId, double limitKw, double limitAmpsPerPhase,
                           double fixedBaseLoadKw, Double liveBaseLoadKw, Instant liveBaseLoadAt, double baseLoadKw,
                           int evses, double allocatedKw) {
    }

    /** An EVSE on a site as the API shows it; {@code rejectedDetail} is the station's answer when it refused a profile. */
    public record EvseView(String stationId, int evseId, String phaseRotation, int phases, double minAmps, double maxAmps,
                           boolean controllable, int priority, boolean compliant, String rejectedDetail) {
    }

    /** A §14a reduction as the API shows it; {@code active}: in force now (else still to come). */
    public record ReductionView(long id, List<String> siteIds, double powerKw, Instant from, Instant until, boolean active,
                                String requestedBy, String reference) {
    }

    /** A session's current allocation, as the dashboard shows it. */
    public record SiteAllocation(String stationId, int evseId, long sessionId, double amps, int phases, String reason,
                                 String detail, Instant at) {

        public double kw() {
            return amps * phases * de.ladewerk.loadmanagement.grid.Phase.NOMINAL_VOLTS / 1000;
        }
    }

    /** Checks a rotation name as the API receives it. */
    public static PhaseRotation rotation(String value) {
        return PhaseRotation.parse(value);
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

    /** One row of a result, read from its columns. */
    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row, Object... args) throws SQLException {
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
        }
        return out;
    }

    private static Object nullable(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    /** A foreign-key violation as the caller's mistake, other errors as they are. */
    private static SQLException foreignKey(SQLException e, String message) {
        if ("23503".equals(e.getSQLState())) {
            throw new IllegalArgumentException(message);
        }
        return e;
    }
}
