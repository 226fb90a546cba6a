package de.ladewerk.app.demo;

import de.ladewerk.app.TestEnvironment;
import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.app.LadewerkApplication;
import de.ladewerk.app.config.ConfigLoader;
import de.ladewerk.app.config.LadewerkConfig;
import de.ladewerk.simulator.behaviour.ChargingStation;
import de.ladewerk.simulator.scenario.Scenario;
import de.ladewerk.simulator.scenario.ScenarioRun;
import de.ladewerk.simulator.scenario.ScenarioRunner;
import de.ladewerk.testsupport.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Wolfsburg fleet against the whole application (gateway, billing) for hours of simulated time in
 * well under a minute: no call fails, no station loses its connection, nothing the stations report is
 * rejected as implausible, every session the drivers ended is stored with its meter samples and became
 * a CDR. The simulated window is a past weekday afternoon (busy, and never ahead of the gateway's clock).
 *
 * <p>CI runs {@code ladewerk.soak.stations} (default 195, the whole scenario) for
 * {@code ladewerk.soak.hours} (default 1.5) at {@code ladewerk.soak.timeScale} (default 150: 36 s); see
 * docs/simulator.md for the full manual run.
 */
class WolfsburgSoakIT {

    private static final Logger LOG = LoggerFactory.getLogger(WolfsburgSoakIT.class);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final int STATIONS = Integer.getInteger("ladewerk.soak.stations", 195);
    private static final double HOURS = Double.parseDouble(System.getProperty("ladewerk.soak.hours", "1.5"));
    private static final double TIME_SCALE = Double.parseDouble(System.getProperty("ladewerk.soak.timeScale", "150"));

    /** Sessions whose CDR costs nothing, one line each. */
    private static final String FREE_CDRS = "SELECT s.id || ' ' || s.station_id || ' ' || s.protocol_version"
            + " || ' energy ' || coalesce((s.meter_stop_wh - s.meter_start_wh)::text, 'null') || ' reason '"
            + " || coalesce(s.stop_reason, '-') || ' ' || s.started_at || '..' || s.ended_at"
            + " FROM ocpp.sessions s JOIN billing.cdrs c ON c.session_id = s.id::text WHERE c.total_gross = 0";

    private static TestDatabase database;
    private static LadewerkApplication app;

    @BeforeAll
    static void start() throws Exception {
        database = TestDatabase.create("soak");
        app = LadewerkApplication.start(config());
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private static LadewerkConfig config() {
        Map<String, String> env = TestEnvironment.of(database);
        env.remove("LADEWERK_OCPP_INSTANCES"); // as the demo runs it: one gateway event loop per core
        return new ConfigLoader(env).load(null);
    }

    @Test
    void hoursOfTheWolfsburgFleetRunWithoutProtocolErrorsAndEveryEndedSessionIsBilled() throws Exception {
        Duration simulated = Duration.ofSeconds(Math.round(HOURS * 3600));
        Instant origin = busyAfternoonBefore(Instant.now().minus(simulated).minus(Duration.ofMinutes(5)));
        Scenario scenario = Scenario.builtIn("wolfsburg").with(null, TIME_SCALE, STATIONS).withStart(origin);
        long wallMillis = Math.round(simulated.toMillis() / TIME_SCALE);

        ScenarioRun.Figures figures;
        long backlog = 0;
        List<Long> connects = new ArrayList<>();
        Instant reached;
        try (DemoNetwork network = DemoNetwork.start(app, config(), scenario, ScenarioRunner.Options.defaults())) {
            long begin = System.nanoTime();
            long end = begin + TimeUnit.MILLISECONDS.toNanos(wallMillis);
            while (System.nanoTime() < end) {
                Thread.sleep(1_000);
                ScenarioRun.Figures now = network.figures();
                if (System.nanoTime() - begin > (end - begin) / 2) {
                    backlog = Math.max(backlog, now.queuedMessages());
                }
                LOG.info("soak: {}", now);
            }
            figures = network.figures();
            for (ChargingStation s : network.run().stations()) {
                connects.add(s.connections());
            }
            reached = network.run().stations().get(0).clock().now();
        }
        LOG.info("soak done: {} simulated from {} to {} in {} ms wall", figures, origin, reached, wallMillis);

        assertThat(Duration.between(origin, reached)).isGreaterThanOrEqualTo(simulated);
        assertThat(figures.online()).as("stations online at the end").isEqualTo(STATIONS);
        assertThat(figures.failedCalls()).as("calls that failed (CallError, timeout, invalid answer, lost connection)")
                .isZero();
        assertThat(connects).as("connections per station: one, none lost").containsOnly(1L);
        assertThat(figures.refused()).as("drivers refused: every scenario token exists").isZero();
        // one message in flight per charging EVSE is normal; more means the gateway falls behind
        assertThat(backlog).as("most transaction messages queued in the second half").isLessThanOrEqualTo(STATIONS);
        assertThat(figures.sessionsStarted()).isGreaterThan(STATIONS / 10);
        assertThat(figures.sessionsCompleted()).isPositive();

        String metrics = http("/metrics");
        metrics.lines().filter(l -> l.startsWith("ladewerk_ocpp_call_duration_seconds_sum")
                || l.startsWith("ladewerk_ocpp_call_duration_seconds_count") || l.startsWith("ladewerk_db_write"))
                .forEach(l -> LOG.info("soak metric: {}", l));
        assertThat(nonZero(metrics, "ladewerk_ocpp_calls_total", "outcome=\"ok\"")).as("gateway calls not ok").isEmpty();
        assertThat(nonZero(metrics, "ladewerk_ocpp_frames_invalid_total", null)).as("invalid frames").isEmpty();

        try (Connection c = app.dataSource().getConnection(); Statement st = c.createStatement()) {
            assertThat(rows(st, "SELECT kind || ' ' || action || ': ' || received || ' — ' || reason "
                    + "FROM ocpp.data_rejections LIMIT 20")).as("data rejections").isEmpty();
            long ended = count(st, "SELECT count(*) FROM ocpp.sessions WHERE status = 'ENDED'");
            // a stop still queued in a station when the run ended never reached the gateway
            assertThat(ended).as("ended sessions stored").isPositive()
                    .isGreaterThanOrEqualTo(figures.sessionsCompleted() - figures.queuedMessages());
            assertThat(count(st, "SELECT count(*) FROM ocpp.sessions")).isGreaterThanOrEqualTo(figures.sessionsStarted());
            assertThat(rows(st, "SELECT s.id || ' ' || s.station_id FROM ocpp.sessions s WHERE s.status = 'ENDED' "
                    + "AND NOT EXISTS (SELECT 1 FROM ocpp.meter_samples m WHERE m.session_id = s.id) LIMIT 20"))
                    .as("ended sessions without meter samples").isEmpty();
            assertThat(rows(st, "SELECT id || ' ' || station_id || ' ' || auth_status || ' ' || coalesce(stop_reason, '-')"
                    + " FROM ocpp.sessions WHERE auth_status <> 'ACCEPTED' OR stop_reason = 'DeAuthorized' LIMIT 20"))
                    .as("sessions whose token was not accepted at start (e.g. ConcurrentTx)").isEmpty();
            awaitBilled(st, ended);
            assertThat(rows(st, "SELECT session_id || ': ' || reasons::text FROM billing.held_sessions LIMIT 20"))
                    .as("sessions held instead of billed").isEmpty();
            assertThat(rows(st, "SELECT s.id || ' ' || s.station_id FROM ocpp.sessions s WHERE s.status = 'ENDED' "
                    + "AND NOT EXISTS (SELECT 1 FROM billing.cdrs c WHERE c.session_id = s.id::text) LIMIT 20"))
                    .as("ended sessions without CDR").isEmpty();
            // a CDR is free only if nothing was charged
            assertThat(rows(st, FREE_CDRS + " AND coalesce(s.meter_stop_wh - s.meter_start_wh, 0) <> 0"))
                    .as("free CDRs of sessions that charged").isEmpty();
            LOG.info("soak: free CDRs: {}", rows(st, FREE_CDRS));
        }
    }

    /** The latest weekday 16:00 in Wolfsburg not after {@code latest}: the evening peak is ahead of it. */
    static Instant busyAfternoonBefore(Instant latest) {
        ZonedDateTime t = latest.atZone(BERLIN).with(LocalTime.of(16, 0));
        while (t.toInstant().isAfter(latest) || t.getDayOfWeek() == DayOfWeek.SATURDAY
                || t.getDayOfWeek() == DayOfWeek.SUNDAY) {
            t = t.minusDays(1);
        }
        return t.toInstant();
    }

    private static void awaitBilled(Statement st, long ended) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && count(st, "SELECT (SELECT count(*) FROM billing.cdrs) "
                + "+ (SELECT count(*) FROM billing.held_sessions)") < ended) {
            Thread.sleep(250);
        }
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> rows(Statement st, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** Prometheus lines of {@code meter} with a value above zero, except those containing {@code unless}. */
    private static List<String> nonZero(String metrics, String meter, String unless) {
        List<String> out = new ArrayList<>();
        for (String line : metrics.split("\n")) {
            if (line.startsWith(meter) && (unless == null || !line.contains(unless))
                    && Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)) > 0) {
                out.add(line);
            }
        }
        return out;
    }

    private static String http(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + app.httpPort() + path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
