package de.ladewerk.gateway.admission;

import static de.ladewerk.gateway.GatewayHarness.await;
import static de.ladewerk.gateway.GatewayHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.gateway.GatewayHarness;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Connections are a budget: an address that hoards idle sockets gets only its share, a half-finished
 * upgrade is closed at the handshake deadline, and a real station from elsewhere still connects.
 */
class ConnectionBudgetIT {

    private static final int PER_ADDRESS = 20;
    // generous: on a loaded machine a real client may need a while between its TCP connect and its request
    private static final Duration DEADLINE = Duration.ofSeconds(3);
    private static GatewayHarness harness;
    private final List<Socket> sockets = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        harness = GatewayHarness.start(c -> c.withLimits(new ConnectionLimits(DEADLINE, PER_ADDRESS, 500)));
        harness.register("REAL");
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @AfterEach
    void closeSockets() throws IOException {
        for (Socket s : sockets) {
            s.close();
        }
    }

    @Test
    void idleSocketsBeyondAnAddressShareAreClosedWhileARealStationConnects() throws Exception {
        int opened = 3 * PER_ADDRESS;
        for (int i = 0; i < opened; i++) {
            sockets.add(open("127.0.0.1"));
        }
        long closed = sockets.stream().filter(ConnectionBudgetIT::closedByServer).count();
        // each refused one closes at once; the admitted ones only at their handshake deadline, so count both
        assertThat(closed).as("sockets of the hoarding address closed by the gateway").isEqualTo(opened);
        assertThat(refused(RefusalReason.PER_ADDRESS)).isGreaterThanOrEqualTo(opened - PER_ADDRESS);

        StationClient station = await(StationClient.connect(harness.vertx(),
                harness.options("REAL", OcppVersion.V201).withLocalAddress("127.0.0.2")));
        try {
            assertThat(await(station.call("BootNotification",
                    json("{'reason':'PowerUp','chargingStation':{'model':'M','vendorName':'V'}}"))).get("status").asText())
                    .isEqualTo("Accepted");
        } finally {
            await(station.close());
        }
    }

    @Test
    void aHalfFinishedUpgradeIsClosedAtTheHandshakeDeadline() throws Exception {
        Socket slow = open("127.0.0.3");
        sockets.add(slow);
        slow.getOutputStream().write(("GET /ocpp/REAL HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n")
                .getBytes(StandardCharsets.US_ASCII)); // the rest of the headers never comes
        slow.getOutputStream().flush();
        double before = refused(RefusalReason.HANDSHAKE_TIMEOUT);
        assertThat(closedByServer(slow)).isTrue();
        assertThat(refused(RefusalReason.HANDSHAKE_TIMEOUT)).isGreaterThan(before);
    }

    @Test
    void aConnectedStationOutlivesTheHandshakeDeadline() throws Exception {
        StationClient station = await(StationClient.connect(harness.vertx(),
                harness.options("REAL", OcppVersion.V16).withLocalAddress("127.0.0.4")));
        try {
            Thread.sleep(DEADLINE.toMillis() + 500); // past the deadline
            assertThat(station.isOpen()).isTrue();
            await(station.call("Heartbeat", json("{}")));
        } finally {
            await(station.close());
        }
    }

    private static Socket open(String from) throws IOException {
        Socket s = new Socket();
        s.bind(new InetSocketAddress(from, 0));
        s.connect(new InetSocketAddress("127.0.0.1", harness.gateway().port()), 5_000);
        s.setSoTimeout(15_000); // a bound on waiting, not a measure of speed
        return s;
    }

    /** Whether the gateway closed the socket (end of stream or reset) before the read gave up. */
    private static boolean closedByServer(Socket s) {
        try {
            InputStream in = s.getInputStream();
            while (true) {
                if (in.read() < 0) {
                    return true;
                }
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (SocketException e) {
            return true; // reset
        } catch (IOException e) {
            return false;
        }
    }

    private static double refused(RefusalReason reason) {
        var counter = harness.meters().find(ConnectionRefusals.METER).tag("listener", "ocpp")
                .tag("reason", reason.tag()).counter();
        return counter == null ? 0 : counter.count();
    }
}
