package de.ladewerk.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ladewerk.simulator.testserver.WithMiniCsms;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorCommandIT extends WithMiniCsms {


    @Test
    void loadRunsAndWritesAJsonReport(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("load.json");

        int exit = SimulatorCommand.execute("load", "--url", csms.endpoint().toString(), "--version", "2.0.1",
                "--stations", "50", "--calls-per-station", "5", "--ramp-up", "PT0.2S", "--report", report.toString());

        assertThat(exit).isZero();
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.at("/connections/connected").asLong()).isEqualTo(50);
        assertThat(json.at("/calls/byAction/BootNotification/answered").asLong()).isEqualTo(50);
        assertThat(json.at("/calls/byAction/Heartbeat/answered").asLong()).isEqualTo(200);
        assertThat(json.at("/calls/byAction/Heartbeat/latencyMillis/p99").asDouble()).isPositive();
        assertThat(json.at("/generator/cpuSeconds").asDouble()).isPositive();
        assertThat(csms.count("SIM-000050", "Heartbeat")).isEqualTo(4);
    }

    @Test
    void meterValuesProfileReportsSampledValuesPerSecondAndKeepsTheSchema(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("mv.json");

        int exit = SimulatorCommand.execute("load", "--url", csms.endpoint().toString(), "--version", "1.6",
                "--stations", "10", "--calls-per-station", "4", "--ramp-up", "PT0.1S", "--profile", "METER_VALUES",
                "--report", report.toString());

        assertThat(exit).isZero();
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.at("/calls/byAction/MeterValues/answered").asLong()).isEqualTo(30);
        assertThat(json.at("/calls/sampledValuesPerSecond").asDouble()).isPositive();
        assertThat(csms.violations()).isEmpty();
        assertThat(csms.count("SIM-000010", "MeterValues")).isEqualTo(3);
    }

    @Test
    void fullMeterValuesProfileSendsThirteenValidSampledValuesPerCallInBothVersions(@TempDir Path dir) throws Exception {
        for (String version : new String[] {"1.6", "2.0.1"}) {
            Path report = dir.resolve("full-" + version + ".json");
            String prefix = "FULL" + version.replace(".", "") + "-";

            int exit = SimulatorCommand.execute("load", "--url", csms.endpoint().toString(), "--version", version,
                    "--stations", "3", "--calls-per-station", "3", "--ramp-up", "PT0.1S", "--identity-prefix", prefix,
                    "--profile", "METER_VALUES_FULL", "--report", report.toString());

            assertThat(exit).isZero();
            JsonNode json = new ObjectMapper().readTree(report.toFile());
            assertThat(json.at("/setup/profile").asText()).isEqualTo("meter_values_full");
            List<JsonNode> sent = csms.payloads(prefix + "000002", "MeterValues");
            assertThat(sent).hasSize(2);
            assertThat(sent.get(0).at("/meterValue/0/sampledValue")).hasSize(13);
            // the report counts what was answered: 2 calls per station x 3 stations x 13 values over its window
            double window = json.at("/calls/byAction/MeterValues/answered").asLong()
                    / json.at("/calls/byAction/MeterValues/perSecond").asDouble();
            assertThat(json.at("/calls/sampledValuesPerSecond").asDouble() * window).isCloseTo(78, within(1.0));
        }
        assertThat(csms.violations()).isEmpty();
    }

    @Test
    void loadCountsRefusedConnectionsAndExitsWithOne() {
        csms.requirePassword("SIM-000001", "0123456789abcdef");

        int exit = SimulatorCommand.execute("load", "--url", csms.endpoint().toString(),
                "--stations", "2", "--calls-per-station", "1", "--ramp-up", "PT0S");

        assertThat(exit).isEqualTo(1);
        assertThat(csms.count("SIM-000002", "BootNotification")).isEqualTo(1);
    }

    @Test
    void connectBootsHeartbeatsAndReportsStatus() {
        csms.heartbeatInterval(1);

        int exit = SimulatorCommand.execute("connect", "--url", csms.endpoint().toString(), "--stations", "3",
                "--duration", "PT0.5S", "--speed", "20");

        assertThat(exit).isZero();
        assertThat(csms.count("SIM-000003", "BootNotification")).isEqualTo(1);
        assertThat(csms.count("SIM-000003", "StatusNotification")).isEqualTo(3);
        assertThat(csms.count("SIM-000003", "Heartbeat")).isPositive();
    }

    @Test
    void connectExitsWithOneWhenStationsAreRefused() {
        csms.requirePassword("SIM-000001", "0123456789abcdef");

        int exit = SimulatorCommand.execute("connect", "--url", csms.endpoint().toString(), "--stations", "2",
                "--password", "wrong-password-1234", "--duration", "PT0.5S", "--reconnect-first", "PT0.1S");

        assertThat(exit).as("SIM-000001 never got in").isEqualTo(1);
    }

    @Test
    void connectReconnectsAfterTheServerClosedTheConnection() throws Exception {
        csms.heartbeatInterval(1);
        // the station connects, is dropped once it booted, and comes back after its back-off (0.1–0.2 s)
        Thread dropper = new Thread(() -> {
            try {
                while (csms.count("SIM-000001", "BootNotification") == 0) {
                    Thread.sleep(20);
                }
                csms.disconnect("SIM-000001");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        dropper.start();

        int exit = SimulatorCommand.execute("connect", "--url", csms.endpoint().toString(), "--stations", "1",
                "--duration", "PT3S", "--speed", "20", "--reconnect-first", "PT0.2S", "--reconnect-max", "PT0.4S");
        dropper.join();

        assertThat(exit).as("connected and accepted again at the end").isZero();
        assertThat(csms.count("SIM-000001", "BootNotification")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anExactIdentityNamesOneStationAndIsRefusedForMany() {
        int exit = SimulatorCommand.execute("connect", "--url", csms.endpoint().toString(), "--identity", "WOB-0042",
                "--duration", "PT0.2S");

        assertThat(exit).isZero();
        assertThat(csms.count("WOB-0042", "BootNotification")).isEqualTo(1);
        assertThat(SimulatorCommand.execute("connect", "--url", csms.endpoint().toString(), "--identity", "WOB-0042",
                "--stations", "2")).isEqualTo(2);
        assertThat(SimulatorCommand.execute("load", "--identity", "WOB-0042")).isEqualTo(2);
    }

    @Test
    void badUsageExitsWithTwo() {
        assertThat(SimulatorCommand.execute("load", "--version", "3.0")).isEqualTo(2);
        assertThat(SimulatorCommand.execute("load", "--no-such-option")).isEqualTo(2);
        assertThat(SimulatorCommand.execute()).isEqualTo(2);
    }
}
