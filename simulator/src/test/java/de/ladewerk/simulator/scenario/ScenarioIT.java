package de.ladewerk.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ladewerk.simulator.cli.SimulatorCommand;
import de.ladewerk.simulator.testserver.WithMiniCsms;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScenarioIT extends WithMiniCsms {

    @Test
    void theWolfsburgScenarioCoversTheCityWithPlausiblePlaces() throws Exception {
        Scenario wolfsburg = Scenario.builtIn("wolfsburg");

        assertThat(wolfsburg.stations()).hasSizeBetween(180, 220);
        Set<String> districts = wolfsburg.stations().stream().map(Scenario.StationSpec::district).collect(Collectors.toSet());
        assertThat(districts).contains("Stadtmitte", "Fallersleben", "Vorsfelde", "Westhagen", "Detmerode", "Almke");
        assertThat(districts).hasSizeGreaterThanOrEqualTo(40);
        assertThat(wolfsburg.stations()).allSatisfy(s -> {
            assertThat(s.lat()).isBetween(52.33, 52.50);
            assertThat(s.lon()).isBetween(10.65, 10.90);
            ScenarioRunner.model(s);
        });
    }

    @Test
    void theSameSeedGivesTheSameArrivalsAndAnotherSeedOthers() throws Exception {
        Scenario wolfsburg = Scenario.builtIn("wolfsburg").with(null, null, 30);
        Scenario fixed = new Scenario(wolfsburg.name(), wolfsburg.description(), 7, 60,
                Instant.parse("2026-03-02T00:00:00Z"), "1.6", false, wolfsburg.arrivals(), wolfsburg.dwellMinutes(),
                wolfsburg.energyKwh(), wolfsburg.vehicles(), wolfsburg.idTokens(), wolfsburg.stations());

        Map<String, List<Arrival>> first = ScenarioRunner.plannedArrivals(fixed, Duration.ofDays(2));
        Map<String, List<Arrival>> again = ScenarioRunner.plannedArrivals(fixed, Duration.ofDays(2));
        Map<String, List<Arrival>> other = ScenarioRunner.plannedArrivals(fixed.with(8L, null, null), Duration.ofDays(2));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        long arrivals = first.values().stream().mapToLong(List::size).sum();
        assertThat(arrivals).isGreaterThan(30 * 2); // several a day per station
        // the weekday rates put more arrivals at 8:00 local than at 3:00
        long morning = first.values().stream().flatMap(List::stream)
                .filter(a -> a.time().atZone(java.time.ZoneId.of("Europe/Berlin")).getHour() == 8).count();
        long night = first.values().stream().flatMap(List::stream)
                .filter(a -> a.time().atZone(java.time.ZoneId.of("Europe/Berlin")).getHour() == 3).count();
        assertThat(morning).isGreaterThan(night);
    }

    /**
     * The fleet runs from a fixed simulated start, never from "now": at 02:00 Berlin the arrival rates are near
     * zero, and a run that started at the wall clock's hour failed at night. Both hours must give a clean run;
     * the first simulated day is a Monday in December, the time of year CI meets most.
     */
    @ParameterizedTest(name = "simulated start {0}")
    @ValueSource(strings = {"2026-12-07T02:00:00+01:00", "2026-12-07T14:00:00+01:00"})
    void aFleetRunsAgainstACsmsWithoutProtocolErrors(String start) throws Exception {
        csms.heartbeatInterval(300);
        Instant origin = java.time.OffsetDateTime.parse(start).toInstant();
        // 20 simulated minutes a second: within the deadline the fleet meets at least one busy part of a day
        Scenario small = Scenario.builtIn("wolfsburg").with(3L, 1200.0, 12).withStart(origin);
        long planned = ScenarioRunner.plannedArrivals(small, Duration.ofHours(24)).values().stream()
                .mapToLong(List::size).sum();
        assertThat(planned).as("arrivals planned in the first simulated day").isGreaterThanOrEqualTo(10);

        ScenarioRun run = ScenarioRunner.start(vertx, small, csms.endpoint(), ScenarioRunner.Options.defaults());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (run.figures().sessionsCompleted() < 5 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        ScenarioRun.Figures figures = run.figures();
        // a completed session's report may still wait behind meter values in its station's queue
        while (reportedEnds() < figures.sessionsCompleted() - 2 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        long stops = csms.received().stream().filter(r -> r.action().equals("StopTransaction")).count();
        long ended = csms.received().stream().filter(r -> r.action().equals("TransactionEvent")
                && r.payload().path("eventType").asText().equals("Ended")).count();
        run.stop().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);

        assertThat(figures.online()).isEqualTo(12);
        assertThat(figures.sessionsCompleted()).isGreaterThanOrEqualTo(5);
        assertThat(figures.failedCalls()).isZero();
        assertThat(csms.violations()).isEmpty();
        // every completed session was reported ended (sessions ending right now may still be on the way)
        assertThat(stops + ended).as("StopTransaction %d + Ended %d", stops, ended)
                .isGreaterThanOrEqualTo(figures.sessionsCompleted() - 2);
        assertThat(csms.received().stream().map(MiniCsmsAction::of).distinct())
                .contains("StartTransaction", "TransactionEvent", "MeterValues");
    }

    @Test
    void runCommandExitsZeroOnACleanRunAndTwoOnBadInput() {
        csms.heartbeatInterval(300);
        int ok = SimulatorCommand.execute("run", "wolfsburg", "--url", csms.endpoint().toString(), "--stations", "3",
                "--duration", "PT2S", "--time-scale", "600");
        int unknown = SimulatorCommand.execute("run", "no-such-scenario", "--url", csms.endpoint().toString());
        int badShare = SimulatorCommand.execute("run", "wolfsburg", "--fault-duplicates", "1.5");

        assertThat(ok).isZero();
        assertThat(unknown).isEqualTo(2);
        assertThat(badShare).isEqualTo(2);
        assertThat(csms.count("WOB-0003", "BootNotification")).isEqualTo(1);
    }

    @Test
    void aScenarioWithUnknownFieldsOrBadRatesIsRefusedClearly() throws Exception {
        String rates = java.util.Collections.nCopies(24, "0.1").toString();
        String valid = "name: x\nseed: 1\ntimeScale: 1\nversion: '1.6'\nsignedMeterValues: false\n"
                + "arrivals: {weekday: " + rates + ", weekend: " + rates + "}\ndwellMinutes: {median: 1, sigma: 0, min: 1, max: 1}\n"
                + "energyKwh: {median: 1, sigma: 0, min: 1, max: 1}\nvehicles: [{name: a, share: 1, batteryKwh: 50, "
                + "acMaxKw: 11, acPhases: 3, dcMaxKw: 50}]\nidTokens: {prefix: T, count: 1}\n"
                + "stations: [{id: A, district: D, lat: 0, lon: 0, type: ac22, arrivalFactor: 1}]\n";

        String shortRates = valid.replace("weekday: " + rates, "weekday: [1, 2]");

        assertThat(read(valid).stations()).hasSize(1);
        assertThatThrownBy(() -> read(shortRates)).hasMessageContaining("24 values");
        assertThatThrownBy(() -> Scenario.read(new ByteArrayInputStream((valid + "colour: red\n")
                .getBytes(StandardCharsets.UTF_8)))).hasMessageContaining("colour");
    }

    private long reportedEnds() {
        return csms.received().stream().filter(r -> r.action().equals("StopTransaction")
                || r.action().equals("TransactionEvent") && r.payload().path("eventType").asText().equals("Ended"))
                .count();
    }

    private static Scenario read(String yaml) throws Exception {
        return Scenario.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    /** The action of a received call. */
    private static final class MiniCsmsAction {
        static String of(de.ladewerk.simulator.testserver.MiniCsms.Received r) {
            return r.action();
        }
    }
}
