package de.ladewerk.gateway.conformance;

import static de.ladewerk.gateway.GatewayHarness.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.gateway.GatewayHarness;
import de.ladewerk.gateway.command.CommandResult;
import de.ladewerk.gateway.command.CommandStatus;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.behaviour.ChargingStation;
import de.ladewerk.simulator.behaviour.SimClock;
import de.ladewerk.simulator.fault.FaultOptions;
import de.ladewerk.simulator.model.StationModel;
import de.ladewerk.simulator.station.StationClient;
import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A gateway plus test-side charge points for the CSMS-initiated conformance cases: the simulator's
 * full {@link ChargingStation} where it answers like a real station, a bare {@link StationClient} where
 * a case needs an answer the simulator does not give. Commands go through the gateway's command
 * service, as an operator's would through the API.
 */
final class CommandKit implements AutoCloseable {

    final GatewayHarness harness;
    private final List<ChargingStation> stations = new CopyOnWriteArrayList<>();
    private final List<StationClient> clients = new CopyOnWriteArrayList<>();
    /** What each bare client received, per action: the last payload. */
    final Map<String, JsonNode> received = new ConcurrentHashMap<>();

    CommandKit() throws Exception {
        harness = GatewayHarness.start();
    }

    /** A simulated AC station (two EVSEs, one connector each) that has booted and is registered. */
    ChargingStation station(String id, OcppVersion version) {
        harness.register(id);
        ChargingStation cs = new ChargingStation(harness.vertx(), StationModel.ac22(id), harness.options(id, version),
                SimClock.realTime(), false, FaultOptions.none());
        stations.add(cs);
        await(cs.start());
        harness.awaitRegistered(id);
        return cs;
    }

    /** Puts an accepted token into the store (Authorize answers from it; sessions accept any token here). */
    void acceptToken(String value, de.ladewerk.gateway.authorization.IdTokenType type) {
        harness.gateway().operator().tokens().create(de.ladewerk.gateway.authorization.TokenRecord.accepted(
                new de.ladewerk.gateway.authorization.IdToken(value, type)));
    }

    /** A bare, booted client whose answers the test gives with {@link #answer}. */
    StationClient client(String id, OcppVersion version) {
        harness.register(id);
        StationClient c = harness.connect(id, version);
        clients.add(c);
        await(c.call("BootNotification", version == OcppVersion.V16
                ? json("{'chargePointVendor':'V','chargePointModel':'M'}")
                : json("{'reason':'PowerUp','chargingStation':{'model':'M','vendorName':'V'}}")));
        return c;
    }

    /** Answers {@code action} with {@code answer} and keeps what was asked under "station/action". */
    void answer(StationClient c, String action, String answer) {
        c.onCall(action, call -> {
            received.put(c.identity() + "/" + action, call.payload());
            return Future.succeededFuture(json(answer));
        });
    }

    /** The station sends {@code action}; the CSMS must answer it (status notifications: with an empty object). */
    JsonNode report(StationClient c, String action, String payload) {
        return await(c.call(action, json(payload)));
    }

    /** The station's firmware/diagnostics/log status events as stored, oldest first: "KIND:status:requestId". */
    String firmwareEvents(String stationId) throws Exception {
        return (String) query("SELECT string_agg(kind || ':' || status || ':' || coalesce(request_id::text, '-'), ',' "
                + "ORDER BY time) FROM ocpp.firmware_events WHERE station_id = '" + stationId + "'");
    }

    JsonNode receivedBy(StationClient c, String action) {
        return received.get(c.identity() + "/" + action);
    }

    /** Sends a command as an operator would and returns it as recorded in ocpp.commands. */
    CommandResult send(String stationId, String action, String payload) {
        CommandResult r = await(harness.gateway().operator().commands().send(stationId, action, json(payload),
                "conformance"));
        CommandResult stored = harness.gateway().operator().commandQueries().find(r.id()).orElseThrow();
        assertThat(stored).as("the command is recorded as returned").isEqualTo(r);
        return stored;
    }

    /** Sends a command and asserts the station answered it (whatever it said); returns the record. */
    CommandResult answered(String stationId, String action, String payload) {
        CommandResult r = send(stationId, action, payload);
        assertThat(r.status()).as("%s: %s %s", action, r.errorCode(), r.errorDescription()).isEqualTo(CommandStatus.ANSWERED);
        assertThat(r.request()).isEqualTo(json(payload));
        return r;
    }

    /** Sends a command and asserts it was answered with this {@code status}; returns the record. */
    CommandResult sendExpecting(String stationId, String action, String payload, String status) {
        CommandResult r = answered(stationId, action, payload);
        assertThat(r.response().path("status").asText()).as("%s answered %s", action, r.response()).isEqualTo(status);
        return r;
    }

    Object query(String sql) throws Exception {
        return harness.queryValue(sql);
    }

    long count(String sql) throws Exception {
        return ((Number) harness.queryValue(sql)).longValue();
    }

    /** Polls a database condition with a generous deadline (stations act after they answered). */
    void eventually(String sqlReturningBoolean) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!Boolean.TRUE.equals(harness.queryValue(sqlReturningBoolean))) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("not within 30 s: " + sqlReturningBoolean);
            }
            Thread.sleep(50);
        }
    }

    static JsonNode json(String singleQuoted) {
        return GatewayHarness.json(singleQuoted);
    }

    @Override
    public void close() {
        try {
            stations.forEach(s -> await(s.stop()));
            clients.forEach(c -> await(c.close()));
        } finally {
            harness.close();
        }
    }
}
