package de.ladewerk.app.planning.persistence;

import de.ladewerk.app.planning.MeasuredWindow;
import de.ladewerk.app.planning.PlanningConfig;
import de.ladewerk.app.planning.PortClass;
import de.ladewerk.planning.measured.CurrentType;
import de.ladewerk.planning.measured.InMemoryMeasuredSource;
import de.ladewerk.planning.measured.InstalledPort;
import de.ladewerk.planning.measured.MeasuredNetworkSource;
import de.ladewerk.planning.measured.MeasuredUse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Planning's view of Ladewerk's own network, read with time-bucketed SQL ({@link MeasuredUseSql}) over
 * the gateway's stations, connectors, sessions and meter samples. Every public EVSE of an accepted
 * station counts as one installed point. Blocking: call it on a worker thread.
 */
public final class JdbcMeasuredNetworkSource implements MeasuredNetworkSource {

    /** District of stations whose location has no district yet. */
    public static final String NO_DISTRICT = "(ohne Stadtteil)";

    private final DataSource dataSource;
    private final PlanningConfig config;
    private final Clock clock;

    public JdbcMeasuredNetworkSource(DataSource dataSource, PlanningConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public List<InstalledPort> installedPorts() {
        return snapshot().installedPorts();
    }

    @Override
    public List<MeasuredUse> measuredUse() {
        return snapshot().measuredUse();
    }

    /** The window this source measures now. */
    public MeasuredWindow window() {
        return MeasuredWindow.lastCompleteDays(config.measuredDays(), config.zone(), clock);
    }

    /** Installed network and measured use read once, consistently, for one planning run. */
    public InMemoryMeasuredSource snapshot() {
        MeasuredWindow w = window();
        try (Connection c = dataSource.getConnection()) {
            c.setReadOnly(true);
            c.setAutoCommit(false);
            try {
                boolean sessions = exists(c, "ocpp.sessions") && exists(c, "ocpp.power_15m"); // the aggregate implies the samples
                List<Evse> evses = evses(c, w, sessions);
                return new InMemoryMeasuredSource(installed(evses), sessions ? uses(c, w, evses) : List.of());
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the measured network: " + e.getMessage(), e);
        }
    }

    /** One EVSE with its district and what kind of point it is. */
    record Evse(String stationId, int evseId, String district, PortClass kind) {
    }

    private List<Evse> evses(Connection c, MeasuredWindow w, boolean samples) throws SQLException {
        List<Evse> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(samples ? MeasuredUseSql.EVSES : MeasuredUseSql.EVSES_WITHOUT_SAMPLES)) {
            ps.setString(1, NO_DISTRICT);
            ps.setTimestamp(2, w.start());
            ps.setTimestamp(3, w.end());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double peak = rs.getDouble("peak_kw");
                    out.add(new Evse(rs.getString("station_id"), rs.getInt("evse_id"), rs.getString("district"),
                            PortClass.of(rs.wasNull() ? null : peak, config.defaultAcPowerKw())));
                }
            }
        }
        return out;
    }

    /** EVSEs of one station, district, current and power become one installed port with that many connectors. */
    static List<InstalledPort> installed(List<Evse> evses) {
        Map<String, InstalledPort> ports = new LinkedHashMap<>();
        for (Evse e : evses) {
            String key = e.stationId() + "\u0000" + e.kind();
            InstalledPort p = ports.get(key);
            ports.put(key, new InstalledPort(e.stationId(), e.district(), p == null ? 1 : p.connectors() + 1,
                    e.kind().ratedKw(), e.kind().current()));
        }
        return new ArrayList<>(ports.values());
    }

    private List<MeasuredUse> uses(Connection c, MeasuredWindow w, List<Evse> evses) throws SQLException {
        Map<String, Group> groups = new TreeMap<>();
        String zone = w.zone().getId();
        query(c, MeasuredUseSql.TOTALS, evses, w, List.of(), rs -> group(groups, rs).totals(
                rs.getLong("sessions"), rs.getDouble("kwh"), rs.getDouble("median_dwell_h")));
        query(c, MeasuredUseSql.STARTS, evses, w, List.of(zone, zone), rs -> group(groups, rs).starts(
                rs.getBoolean("weekend"), rs.getInt("hour"), rs.getLong("starts")));
        query(c, MeasuredUseSql.OCCUPANCY, evses, w, List.of(zone, zone, zone), rs -> group(groups, rs).minutes(
                rs.getBoolean("weekend"), rs.getInt("hour"), rs.getDouble("minutes")));
        query(c, MeasuredUseSql.PEAK, evses, w, List.of(), rs -> {
            Group g = groups.get(key(rs.getString("district"), rs.getString("current")));
            if (g != null) { // power metered outside any session in the window is no measured use
                g.peakKw = rs.getDouble("peak_kw");
            }
        });
        Map<String, Integer> connectors = new TreeMap<>();
        evses.forEach(e -> connectors.merge(key(e.district(), e.kind().current().name()), 1, Integer::sum));
        List<MeasuredUse> uses = new ArrayList<>();
        for (Map.Entry<String, Group> e : groups.entrySet()) {
            uses.add(e.getValue().use(Math.max(1, connectors.getOrDefault(e.getKey(), 0)), w));
        }
        return uses;
    }

    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    /** Runs one of the grouped queries: ports arrays, then the zone parameters, then the window. */
    private static void query(Connection c, String sql, List<Evse> evses, MeasuredWindow w, List<String> zones, Row row)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("text", evses.stream().map(Evse::stationId).toArray()));
            ps.setArray(2, c.createArrayOf("int4", evses.stream().map(Evse::evseId).toArray()));
            ps.setArray(3, c.createArrayOf("text", evses.stream().map(Evse::district).toArray()));
            ps.setArray(4, c.createArrayOf("text", evses.stream().map(e -> e.kind().current().name()).toArray()));
            ps.setTimestamp(5, w.start());
            ps.setTimestamp(6, w.end());
            for (int i = 0; i < zones.size(); i++) {
                ps.setString(7 + i, zones.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        }
    }

    private static String key(String district, String current) {
        return district + "\u0000" + current;
    }

    private static Group group(Map<String, Group> groups, ResultSet rs) throws SQLException {
        String district = rs.getString("district");
        String current = rs.getString("current");
        return groups.computeIfAbsent(key(district, current), k -> new Group(district, CurrentType.valueOf(current)));
    }

    /** The figures of one district and current type as the queries deliver them. */
    private static final class Group {
        final String district;
        final CurrentType current;
        long sessions;
        double kwh;
        double medianDwellH;
        double peakKw;
        final double[] startsWeekday = new double[24];
        final double[] startsWeekend = new double[24];
        final double[] minutesWeekday = new double[24];
        final double[] minutesWeekend = new double[24];

        Group(String district, CurrentType current) {
            this.district = district;
            this.current = current;
        }

        void totals(long sessions, double kwh, double medianDwellH) {
            this.sessions = sessions;
            this.kwh = kwh;
            this.medianDwellH = medianDwellH;
        }

        void starts(boolean weekend, int hour, long n) {
            (weekend ? startsWeekend : startsWeekday)[hour] += n;
        }

        void minutes(boolean weekend, int hour, double m) {
            (weekend ? minutesWeekend : minutesWeekday)[hour] += m;
        }

        MeasuredUse use(int connectors, MeasuredWindow w) {
            int days = w.days();
            long weekendDays = w.weekendDays();
            return new MeasuredUse(district, current, days, sessions / (double) (connectors * days), kwh / days, peakKw,
                    share(minutesWeekday, connectors, days - weekendDays), share(minutesWeekend, connectors, weekendDays),
                    startsWeekday, startsWeekend, medianDwellH, sessions == 0 ? 0 : kwh / sessions);
        }

        private static double[] share(double[] minutes, int connectors, long days) {
            double[] s = new double[24];
            for (int h = 0; h < 24; h++) {
                s[h] = days == 0 ? 0 : minutes[h] / (connectors * 60.0 * days);
            }
            return s;
        }
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
