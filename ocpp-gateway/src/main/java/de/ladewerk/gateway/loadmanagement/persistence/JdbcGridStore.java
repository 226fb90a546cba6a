package de.ladewerk.gateway.loadmanagement.persistence;

import de.ladewerk.gateway.loadmanagement.AllocationRecord;
import de.ladewerk.gateway.loadmanagement.EvseKey;
import de.ladewerk.gateway.loadmanagement.GridStore;
import de.ladewerk.gateway.loadmanagement.GroupSnapshot;
import de.ladewerk.gateway.loadmanagement.ManagedSession;
import de.ladewerk.gateway.loadmanagement.SentProfile;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.loadmanagement.demand.Reduction;
import de.ladewerk.loadmanagement.demand.SessionDemand;
import de.ladewerk.loadmanagement.grid.BaseLoad;
import de.ladewerk.loadmanagement.grid.Evse;
import de.ladewerk.loadmanagement.grid.Grid;
import de.ladewerk.loadmanagement.grid.PhaseRotation;
import de.ladewerk.loadmanagement.grid.Site;
import de.ladewerk.loadmanagement.grid.Transformer;
import de.ladewerk.ocpp.json.OcppJson;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/** {@link GridStore} over the {@code ocpp.grid_*} tables, sessions and charging needs (blocking JDBC). */
public final class JdbcGridStore implements GridStore {

    private final DataSource dataSource;

    public JdbcGridStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every allocation group that has at least one site. */
    @Override
    public List<String> groups() {
        try {
            List<String> out = new ArrayList<>();
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement("SELECT DISTINCT CASE WHEN transformer_id IS NULL THEN 'S:' || id "
                         + "ELSE 'T:' || transformer_id END FROM ocpp.grid_sites ORDER BY 1");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException failure) {
            throw new DataAccessException(failure);
        }
    }

    /** The group's grid, running sessions, reductions; empty sites list if the group is gone. */
    @Override
    public GroupSnapshot load(String groupId, Instant now) {
        try {
            boolean transformer = groupId.startsWith("T:");
            String id = groupId.substring(2);
            StringBuilder fingerprint = new StringBuilder();
            try (Connection c = dataSource.getConnection()) {
                List<Transformer> transformers = new ArrayList<>();
                if (transformer) {
                    try (PreparedStatement ps = c.prepareStatement(
                            "SELECT limit_kw, limit_amps_per_phase FROM ocpp.grid_transformers WHERE id = ?")) {
                        ps.setString(1, id);
                        try (ResultSet rs = ps.executeQuery()) {
                            if (rs.next()) {
                                Double amps = rs.getObject(2) == null ? null : rs.getDouble(2);
                                transformers.add(new Transformer(id, rs.getDouble(1), amps));
                                fingerprint.append(rs.getDouble(1)).append(amps).append(';');
                            }
                        }
                    }
                }
                List<Site> sites = sites(c, transformer ? "transformer_id" : "id", id, now, fingerprint);
                List<String> siteIds = sites.stream().map(Site::id).toList();
                Array siteArray = c.createArrayOf("text", siteIds.toArray());
                List<Evse> evses = evses(c, siteArray, fingerprint);
                Map<String, ManagedSession> sessions = new LinkedHashMap<>();
                List<SessionDemand> demands = sessions(c, siteArray, sessions, fingerprint);
                List<Reduction> reductions = reductions(c, siteArray, now, fingerprint);
                Grid grid = new Grid(transformers, sites, evses);
                return new GroupSnapshot(groupId, grid, demands, sessions, reductions, fingerprint.toString());
            }
        } catch (SQLException failure) {
            throw new DataAccessException(failure);
        }
    }

    private static List<Site> sites(Connection c, String column, String id, Instant now, StringBuilder fp) throws SQLException {
        List<Site> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, transformer_id, limit_kw, limit_amps_per_phase, "
                + "base_load_kw, base_load_schedule::text, base_load_zone, live_base_load_kw, live_base_load_at, "
                + "live_max_age_seconds FROM ocpp.grid_sites WHERE " + column + " = ? ORDER BY id")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    BaseLoad fixed = new BaseLoad.Fixed(rs.getDouble(5));
                    BaseLoad planned = rs.getString(6) == null ? fixed : schedule(ZoneId.of(rs.getString(7)), rs.getString(6));
                    BaseLoad base = planned;
                    Timestamp liveAt = rs.getTimestamp(9);
                    if (liveAt != null && rs.getObject(8) != null) {
                        base = new BaseLoad.Live(rs.getDouble(8), liveAt.toInstant(), Duration.ofSeconds(rs.getInt(10)), planned);
                    }
                    out.add(new Site(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4), base));
                    // the base load enters as the value now, to 0.1 kW: a pushed value that moves changes the allocation
                    fp.append(rs.getString(1)).append(rs.getDouble(3)).append('/').append(rs.getDouble(4)).append('/')
                            .append(Math.round(base.kwAt(now) * 10)).append(';');
                }
            }
        }
        return out;
    }

    /** A daily schedule stored as [{"from":"18:00","kw":40}, ...]. */
    static BaseLoad.Schedule schedule(ZoneId zone, String json) {
        try {
            List<BaseLoad.Schedule.Entry> entries = new ArrayList<>();
            for (JsonNode e : OcppJson.mapper().readTree(json)) {
                entries.add(new BaseLoad.Schedule.Entry(LocalTime.parse(e.get("from").asText()), e.get("kw").asDouble()));
            }
            return new BaseLoad.Schedule(zone, entries);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("base-load schedule is not JSON: " + json, e);
        }
    }

    private static List<Evse> evses(Connection c, Array sites, StringBuilder fp) throws SQLException {
        List<Evse> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT station_id, evse_id, site_id, phase_rotation, phases, "
                + "min_amps, max_amps, controllable, compliant FROM ocpp.grid_evses WHERE site_id = ANY (?) "
                + "ORDER BY station_id, evse_id")) {
            ps.setArray(1, sites);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Evse e = new Evse(EvseKey.of(rs.getString(1), rs.getInt(2)), rs.getString(3),
                            PhaseRotation.parse(rs.getString(4)), rs.getInt(5), rs.getDouble(6), rs.getDouble(7),
                            rs.getBoolean(8), rs.getBoolean(9));
                    out.add(e);
                    fp.append(e).append(';');
                }
            }
        }
        return out;
    }

    private static List<SessionDemand> sessions(Connection c, Array sites, Map<String, ManagedSession> out,
                                                StringBuilder fp) {
        try {
            List<SessionDemand> demands = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT s.id, s.station_id, s.evse_id, s.protocol_version, s.transaction_id, s.started_at, g.priority,
                           g.site_id, n.needs::text, n.time
                      FROM ocpp.sessions s
                      JOIN ocpp.grid_evses g ON g.station_id = s.station_id AND g.evse_id = s.evse_id
                      LEFT JOIN LATERAL (SELECT needs, time FROM ocpp.ev_charging_needs n
                                          WHERE n.station_id = s.station_id AND n.evse_id = s.evse_id
                                            AND n.time >= s.started_at ORDER BY n.time DESC LIMIT 1) n ON true
                     WHERE s.status = 'ACTIVE' AND g.site_id = ANY (?)
                     ORDER BY s.id""")) {
                ps.setArray(1, sites);
                try (ResultSet rs = ps.executeQuery()) {
                    Set<String> evsesSeen = new java.util.HashSet<>();
                    while (rs.next()) {
                        ManagedSession m = new ManagedSession(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                                rs.getString(5), rs.getString(8));
                        if (!evsesSeen.add(m.evseKey())) {
                            continue; // a stale second session on the EVSE: the newer is what draws
                        }
                        SessionDemand d = SessionDemand.plain(m.key(), m.evseKey(), rs.getTimestamp(6).toInstant())
                                .withPriority(rs.getInt(7));
                        if (rs.getString(9) != null) {
                            d = withNeeds(d, rs.getString(9));
                        }
                        out.put(m.key(), m);
                        demands.add(d);
                        fp.append(m.sessionId()).append('@').append(rs.getTimestamp(10)).append(';');
                    }
                }
            }
            return demands;
        } catch (SQLException failure) {
            throw new DataAccessException(failure);
        }
    }

    /** ISO 15118 needs as NotifyEVChargingNeeds stored them (2.0.1 ChargingNeedsType). */
    static SessionDemand withNeeds(SessionDemand d, String needsJson) {
        try {
            JsonNode n = OcppJson.mapper().readTree(needsJson);
            String mode = n.path("requestedEnergyTransfer").asText("");
            int phases = switch (mode) {
                case "AC_single_phase" -> 1;
                case "AC_two_phase" -> 2;
                case "AC_three_phase" -> 3;
                default -> 0;
            };
            SessionDemand out = phases > 0 ? d.withPhases(phases) : d;
            JsonNode ac = n.path("acChargingParameters");
            Instant departure = n.hasNonNull("departureTime") ? Instant.parse(n.get("departureTime").asText()) : null;
            if (ac.isObject()) {
                double min = ac.path("evMinCurrent").asDouble(0);
                double max = ac.path("evMaxCurrent").asDouble(Double.POSITIVE_INFINITY);
                if (max > 0 && min <= max) {
                    out = out.withCurrents(min, max);
                }
                if (ac.hasNonNull("energyAmount")) {
                    out = out.withNeeds(ac.get("energyAmount").asDouble(), departure);
                }
            }
            return out;
        } catch (java.io.IOException | RuntimeException e) {
            return d; // needs we cannot read leave the car as one we know nothing of
        }
    }

    private static List<Reduction> reductions(Connection c, Array sites, Instant now, StringBuilder fp) throws SQLException {
        List<Reduction> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, site_ids, power_kw, starts_at, ends_at, revoked_at "
                + "FROM ocpp.grid_reductions WHERE site_ids && ? AND revoked_at IS NULL AND (ends_at IS NULL OR ends_at > ?) "
                + "ORDER BY id")) {
            ps.setArray(1, sites);
            ps.setTimestamp(2, Timestamp.from(now));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Reduction r = new Reduction(Long.toString(rs.getLong(1)), Set.of((String[]) rs.getArray(2).getArray()),
                            rs.getDouble(3), rs.getTimestamp(4).toInstant(),
                            rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(), null);
                    out.add(r);
                    // a reduction enters the fingerprint when it is in force
                    fp.append('R').append(r.id()).append(r.activeAt(now)).append(';');
                }
            }
        }
        return out;
    }

    /** What each session's station last accepted from the allocator (rebuilt after a failover). */
    @Override
    public Map<String, SentProfile> lastSent(String groupId, Instant since) {
        try {
            Map<String, SentProfile> out = new HashMap<>();
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement("SELECT DISTINCT ON (session_id) session_id, amps, time "
                         + "FROM ocpp.grid_allocations WHERE group_id = ? AND sent AND answer = 'Accepted' AND time >= ? "
                         + "AND session_id IS NOT NULL ORDER BY session_id, time DESC")) {
                ps.setString(1, groupId);
                ps.setTimestamp(2, Timestamp.from(since));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(Long.toString(rs.getLong(1)), new SentProfile(rs.getDouble(2), rs.getTimestamp(3).toInstant()));
                    }
                }
            }
            return out;
        } catch (SQLException failure) {
            throw new DataAccessException(failure);
        }
    }

    @Override
    public void record(List<AllocationRecord> rows) {
        try {
            if (rows.isEmpty()) {
                return;
            }
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement("INSERT INTO ocpp.grid_allocations (time, group_id, site_id, "
                         + "station_id, evse_id, session_id, amps, phases, reason, detail, trigger, sent, answer) "
                         + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (AllocationRecord r : rows) {
                    ps.setTimestamp(1, Timestamp.from(r.time()));
                    ps.setString(2, r.groupId());
                    ps.setString(3, r.siteId());
                    ps.setString(4, r.stationId());
                    ps.setInt(5, r.evseId());
                    ps.setObject(6, r.sessionId());
                    ps.setDouble(7, r.amps());
                    ps.setInt(8, r.phases());
                    ps.setString(9, r.reason());
                    ps.setString(10, r.detail());
                    ps.setString(11, r.trigger());
                    ps.setBoolean(12, r.sent());
                    ps.setString(13, r.answer());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        } catch (SQLException failure) {
            throw new DataAccessException(failure);
        }
    }

    /** The station rejected a profile: from now on its EVSE counts at its maximum. */
    @Override
    public void markRejected(String stationId, int evseId, String detail, Instant at) {
        try {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement("UPDATE ocpp.grid_evses SET compliant = false, rejected_at = ?, "
                         + "rejected_detail = ? WHERE station_id = ? AND evse_id = ?")) {
                ps.setTimestamp(1, Timestamp.from(at));
                ps.setString(2, detail);
                ps.setString(3, stationId);
                ps.setInt(4, evseId);
                ps.executeUpdate();
            }
        } catch (SQLException failure) {
            throw new DataAccessException(failure);
        }
    }
}
