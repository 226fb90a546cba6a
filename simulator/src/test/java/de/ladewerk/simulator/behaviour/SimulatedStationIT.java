package de.ladewerk.simulator.behaviour;

import static de.ladewerk.simulator.testserver.Await.result;
import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.model.StationProfile;
import de.ladewerk.simulator.station.StationClient;
import de.ladewerk.simulator.station.StationClientOptions;
import de.ladewerk.simulator.testserver.MiniCsms;
import de.ladewerk.simulator.testserver.WithMiniCsms;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SimulatedStationIT extends WithMiniCsms {

    /** One OCPP second lasts 25 ms in these tests. */
    private static final StationTiming FAST = StationTiming.realTime().withSpeedFactor(40);


    private SimulatedStation station(String identity, OcppVersion version, StationProfile profile) throws Exception {
        StationClient client = result(StationClient.connect(vertx,
                StationClientOptions.of(csms.endpoint(), identity, version)));
        return new SimulatedStation(vertx, client, profile, FAST);
    }

    @Test
    void retriesBootWhilePendingAndSendsNothingElseMeanwhile() throws Exception {
        csms.bootAnswers("Pending", "Rejected").retryInterval(2).heartbeatInterval(1000);
        SimulatedStation station = station("CP-P", OcppVersion.V16, StationProfile.standard("S-1"));

        result(station.start());

        assertThat(station.bootAttempts()).isEqualTo(3);
        assertThat(station.registration()).isEqualTo(Registration.ACCEPTED);
        List<String> actions = actionsOf("CP-P");
        assertThat(actions.subList(0, 3)).containsOnly("BootNotification");
        assertThat(actions.subList(3, actions.size())).doesNotContain("BootNotification");
    }

    @Test
    void reportsEveryConnectorThenHeartbeatsAtTheGrantedInterval() throws Exception {
        csms.heartbeatInterval(2);
        SimulatedStation station = station("CP-H", OcppVersion.V16, StationProfile.standard("S-2"));

        result(station.start());
        waitUntil(() -> station.heartbeatsAnswered() >= 4);
        station.stop();

        List<String> actions = actionsOf("CP-H");
        assertThat(actions.subList(0, 4)).containsExactly("BootNotification",
                "StatusNotification", "StatusNotification", "StatusNotification");
        assertThat(actions.subList(4, actions.size())).containsOnly("Heartbeat");
        assertThat(station.heartbeatIntervalSeconds()).isEqualTo(2);
        List<Long> heartbeatTimes = csms.received().stream().filter(r -> r.action().equals("Heartbeat"))
                .map(MiniCsms.Received::atNanos).collect(Collectors.toList());
        long intervalNanos = TimeUnit.MILLISECONDS.toNanos(FAST.millisOfSeconds(2));
        for (int i = 1; i < heartbeatTimes.size(); i++) {
            // never sooner than the interval allows (half of it, for scheduling jitter on the receiving side)
            assertThat(heartbeatTimes.get(i) - heartbeatTimes.get(i - 1)).isGreaterThan(intervalNanos / 2);
        }
    }

    @Test
    void v201ReportsEachConnectorOfEachEvse() throws Exception {
        StationProfile profile = new StationProfile("Ladewerk", "DC-150", "S-3", "2.1", List.of(1, 2));
        SimulatedStation station = station("CP-2", OcppVersion.V201, profile);

        result(station.start());

        List<String> evseConnectors = csms.received().stream()
                .filter(r -> r.action().equals("StatusNotification"))
                .map(r -> r.payload().get("evseId").asInt() + "/" + r.payload().get("connectorId").asInt())
                .collect(Collectors.toList());
        assertThat(evseConnectors).containsExactly("1/1", "2/1", "2/2");
        assertThat(csms.received().get(0).payload().at("/chargingStation/vendorName").asText()).isEqualTo("Ladewerk");
    }

    @Test
    void backsOffWhenBootIsNotAnswered() throws Exception {
        csms.answerInvalid("BootNotification");
        StationTiming quickBackOff = new StationTiming(1, Duration.ofMinutes(5), Duration.ofMillis(20), Duration.ofMillis(40));
        StationClient client = result(StationClient.connect(vertx,
                StationClientOptions.of(csms.endpoint(), "CP-B", OcppVersion.V16)));
        SimulatedStation station = new SimulatedStation(vertx, client, StationProfile.standard("S-4"), quickBackOff);

        station.start();
        waitUntil(() -> station.bootAttempts() >= 3);
        station.stop();

        assertThat(station.registration()).isEqualTo(Registration.NONE);
        assertThat(station.failedCalls()).isGreaterThanOrEqualTo(2);
        assertThat(actionsOf("CP-B")).containsOnly("BootNotification");
    }

    private List<String> actionsOf(String identity) {
        return csms.received().stream().filter(r -> r.identity().equals(identity))
                .map(MiniCsms.Received::action).collect(Collectors.toList());
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(10);
        }
    }
}
