package de.ladewerk.gateway.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.gateway.GatewayHarness;
import de.ladewerk.gateway.authorization.Authorization;
import de.ladewerk.gateway.authorization.AuthorizationStatus;
import de.ladewerk.gateway.authorization.Authorizer;
import de.ladewerk.gateway.events.LiveEvent;
import de.ladewerk.gateway.session.SessionEnded;
import de.ladewerk.gateway.session.SessionWiring;
import de.ladewerk.ocpp.json.OcppJson;
import de.ladewerk.simulator.station.StationClient;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/** A gateway with a small in-test token store, collecting live events and ended sessions. */
final class SessionTestKit implements AutoCloseable {

    /** BLOCKED-* tokens are blocked, UNKNOWN-* unknown, everything else accepted. */
    static final Authorizer TOKENS = (station, token) -> Future.succeededFuture(
            token.value().startsWith("BLOCKED") ? new Authorization(AuthorizationStatus.BLOCKED, null, null)
                    : token.value().startsWith("UNKNOWN") ? Authorization.invalid()
                    : new Authorization(AuthorizationStatus.ACCEPTED, null, null));

    final List<LiveEvent> live = new CopyOnWriteArrayList<>();
    final List<SessionEnded> ended = new CopyOnWriteArrayList<>();
    final GatewayHarness harness;

    SessionTestKit(BigDecimal pricePerKwh) throws Exception {
        harness = GatewayHarness.start(SessionWiring.of(TOKENS).withLive(live::add).withEnded(ended::add), pricePerKwh);
    }

    static JsonNode json(String singleQuoted) {
        return GatewayHarness.json(singleQuoted);
    }

    /** A time this many minutes before now, to the second (inside the partitions, never in the future). */
    static Instant minutesAgo(long minutes) {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(minutes, ChronoUnit.MINUTES);
    }

    /** A 1.6 StartTransaction; returns the CSMS's answer. */
    static JsonNode startTx(StationClient cp, int connector, String tag, int meterStart, Instant at) {
        return GatewayHarness.await(cp.call("StartTransaction", json("{'connectorId':" + connector + ",'idTag':'" + tag
                + "','meterStart':" + meterStart + ",'timestamp':'" + at + "'}")));
    }

    Object query(String sql) throws Exception {
        return harness.queryValue(sql);
    }

    long count(String sql) throws Exception {
        return ((Number) harness.queryValue(sql)).longValue();
    }

    /** Polls an eventual condition (asynchronous listeners) with a generous deadline. */
    static void eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(20);
        }
    }

    @Override
    public void close() {
        harness.close();
    }
}
