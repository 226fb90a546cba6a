package de.ladewerk.app.planning;

import de.ladewerk.gateway.query.MeasuredUseQueries;
import de.ladewerk.gateway.query.MeasuredUseQueries.Evse;
import de.ladewerk.gateway.query.MeasuredUseQueries.HourCount;
import de.ladewerk.gateway.query.MeasuredUseQueries.Measured;
import de.ladewerk.gateway.query.MeasuredUseQueries.Port;
import de.ladewerk.gateway.query.MonthlyPointsQueries;
import de.ladewerk.planning.measured.CurrentType;
import de.ladewerk.planning.measured.InMemoryMeasuredSource;
import de.ladewerk.planning.measured.InstalledPort;
import de.ladewerk.planning.measured.MeasuredNetworkSource;
import de.ladewerk.planning.measured.MeasuredUse;
import de.ladewerk.planning.measured.MonthlyPoints;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Planning's view of Ladewerk's own network, measured through the gateway's read port
 * ({@link MeasuredUseQueries}) over its stations, connectors, sessions and meter samples. Every public EVSE
 * of an accepted station counts as one installed point, classified by its metered peak ({@link PortClass}).
 * Blocking: call it on a worker thread.
 */
public final class GatewayMeasuredNetworkSource implements MeasuredNetworkSource {

    /** District of stations whose location has no district yet. */
    public static final String NO_DISTRICT = "(ohne Stadtteil)";

    private final MeasuredUseQueries measured;
    private final MonthlyPointsQueries monthly;
    private final PlanningConfig config;
    private final Clock clock;

    /** A source without monthly history: {@link #monthlyPoints} returns nothing. */
    public GatewayMeasuredNetworkSource(MeasuredUseQueries measured, PlanningConfig config, Clock clock) {
        this(measured, null, config, clock);
    }

    /** A source that also reads installed and used points per month (actual against target). */
    public GatewayMeasuredNetworkSource(MeasuredUseQueries measured, MonthlyPointsQueries monthly, PlanningConfig config,
                                        Clock clock) {
        this.measured = measured;
        this.monthly = monthly;
        this.config = config;
        this.clock = clock;
    }

    /** Installed and used points per district and local month in the configured zone. */
    @Override
    public List<MonthlyPoints> monthlyPoints(YearMonth from, YearMonth to) {
        if (monthly == null) {
            return List.of();
        }
        return monthly.monthly(from, to, config.zone(), NO_DISTRICT).stream()
                .map(m -> new MonthlyPoints(m.district(), m.month(), m.installed(), m.used())).toList();
    }

    /** The current local month in the configured zone, by the source's clock. */
    public YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(config.zone()));
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
        List<Classified> evses = new ArrayList<>();
        Measured m = measured.measure(w.start(), w.end(), w.zone(), NO_DISTRICT, found -> {
            List<Port> ports = new ArrayList<>();
            for (Evse e : found) {
                Classified c = new Classified(e.stationId(), e.evseId(), e.district(),
                        PortClass.of(e.peakKw(), config.defaultAcPowerKw()));
                evses.add(c);
                ports.add(new Port(c.stationId(), c.evseId(), c.district(), c.kind().current().name()));
            }
            return ports;
        });
        return new InMemoryMeasuredSource(installed(evses), m.sessionsStored() ? uses(m, w, evses) : List.of());
    }

    /** One EVSE with its district and what kind of point it is. */
    record Classified(String stationId, int evseId, String district, PortClass kind) {
    }

    /** EVSEs of one station, district, current and power become one installed port with that many connectors. */
    static List<InstalledPort> installed(List<Classified> evses) {
        Map<String, InstalledPort> ports = new LinkedHashMap<>();
        for (Classified e : evses) {
            String key = e.stationId() + "\u0000" + e.kind();
            InstalledPort p = ports.get(key);
            ports.put(key, new InstalledPort(e.stationId(), e.district(), p == null ? 1 : p.connectors() + 1,
                    e.kind().ratedKw(), e.kind().current()));
        }
        return new ArrayList<>(ports.values());
    }

    private static List<MeasuredUse> uses(Measured m, MeasuredWindow w, List<Classified> evses) {
        Map<String, Group> groups = new TreeMap<>();
        m.totals().forEach(t -> group(groups, t.district(), t.current()).totals(t.sessions(), t.kwh(), t.medianDwellH()));
        for (HourCount h : m.starts()) {
            group(groups, h.district(), h.current()).starts(h.weekend(), h.hour(), (long) h.value());
        }
        for (HourCount h : m.occupiedMinutes()) {
            group(groups, h.district(), h.current()).minutes(h.weekend(), h.hour(), h.value());
        }
        m.peaks().forEach(p -> {
            Group g = groups.get(key(p.district(), p.current()));
            if (g != null) { // power metered outside any session in the window is no measured use
                g.peakKw = p.peakKw();
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

    private static String key(String district, String current) {
        return district + "\u0000" + current;
    }

    private static Group group(Map<String, Group> groups, String district, String current) {
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
}
