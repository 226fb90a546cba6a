package de.ladewerk.gateway.persistence;

import static de.ladewerk.gateway.GatewayHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.gateway.GatewayHarness;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.CallErrorException;
import de.ladewerk.simulator.station.StationClient;
import de.ladewerk.simulator.station.UpgradeRejectedException;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database goes away (connections refused, backends terminated) and comes back: station calls get a
 * CALLERROR that says to retry, new handshakes 503, the gateway recovers by itself, and every call that was
 * answered with a CALLRESULT is stored.
 */
class DatabaseOutageIT {

    private static GatewayHarness harness;

    @BeforeAll
    static void start() throws Exception {
        harness = GatewayHarness.start();
        harness.register("OUTAGE-1");
        harness.register("OUTAGE-2");
    }

    @AfterAll
    static void stop() throws Exception {
        database(true);
        harness.close();
    }

    @Test
    void anOutageFailsFastAndRecoversWithoutLosingAcknowledgedData() throws Exception {
        // the first write after the cut waits for the pool's 5 s connection timeout: the client waits longer
        StationClient station = GatewayHarness.await(StationClient.connect(harness.vertx(),
                harness.options("OUTAGE-1", OcppVersion.V201).withCallTimeout(Duration.ofSeconds(30))));
        harness.awaitRegistered("OUTAGE-1");
        call(station, "BootNotification", "{'reason':'PowerUp','chargingStation':{'model':'M','vendorName':'V'}}");
        int acknowledged = 0;
        assertThat(status(station, 1)).isNull();
        acknowledged++;

        database(false);
        CallErrorException first = status(station, 2);
        assertThat(first).as("a write while the database is gone").isNotNull();
        assertThat(first.errorCode()).isEqualTo("InternalError");
        assertThat(first.getMessage()).contains("retry");
        CallErrorException second = status(station, 3);
        assertThat(second).isNotNull();
        assertThat(second.getMessage()).contains("database is unavailable").contains("retry");
        Throwable refused = null;
        try {
            GatewayHarness.await(StationClient.connect(harness.vertx(), harness.options("OUTAGE-2", OcppVersion.V16)));
        } catch (RuntimeException e) {
            refused = e;
        }
        assertThat(refused).isInstanceOfSatisfying(UpgradeRejectedException.class, e -> assertThat(e.status()).isEqualTo(503));

        database(true);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60); // a bound on waiting, not a speed claim
        boolean recovered = false;
        for (int connector = 4; !recovered && System.nanoTime() < deadline; connector++) {
            if (status(station, connector) == null) {
                acknowledged++;
                recovered = true;
            } else {
                Thread.sleep(200);
            }
        }
        assertThat(recovered).as("writes resume by themselves").isTrue();
        assertThat(station.isOpen()).isTrue();
        GatewayHarness.await(StationClient.connect(harness.vertx(), harness.options("OUTAGE-2", OcppVersion.V16)))
                .close();
        assertThat(((Number) harness.queryValue("SELECT count(*) FROM ocpp.status_events WHERE station_id = 'OUTAGE-1'"))
                .intValue()).as("every CALLRESULT's status is stored").isEqualTo(acknowledged);
    }

    /** Sends a StatusNotification for a connector; null if answered with a CALLRESULT, else its CALLERROR. */
    private static CallErrorException status(StationClient station, int connector) {
        try {
            call(station, "StatusNotification", "{'timestamp':'" + Instant.now()
                    + "','connectorStatus':'Available','evseId':1,'connectorId':" + connector + "}");
            return null;
        } catch (RuntimeException e) {
            Throwable t = e;
            while (t != null && !(t instanceof CallErrorException)) {
                t = t.getCause();
            }
            if (t == null) {
                throw e;
            }
            return (CallErrorException) t;
        }
    }

    private static JsonNode call(StationClient station, String action, String payload) {
        return GatewayHarness.await(station.call(action, json(payload)));
    }

    /** Lets connections to the test database in again, or refuses them and ends the open ones. */
    private static void database(boolean available) throws Exception {
        try (Connection c = harness.adminConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE \"" + harness.databaseName() + "\" ALLOW_CONNECTIONS " + available);
            if (!available) {
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                        + harness.databaseName() + "' AND pid <> pg_backend_pid()");
            }
        }
    }
}
