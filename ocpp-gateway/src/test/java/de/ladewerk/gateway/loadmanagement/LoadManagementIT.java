package de.ladewerk.gateway.loadmanagement;

import static de.ladewerk.gateway.GatewayHarness.await;
import static de.ladewerk.gateway.GatewayHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.gateway.GatewayHarness;
import de.ladewerk.gateway.loadmanagement.persistence.JdbcGridStore;
import de.ladewerk.gateway.loadmanagement.persistence.PgAdvisoryLocks;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Future;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The live allocator over real stations: a 1.6 and two 2.0.1 stations on one 20 kW site. It sends
 * fail-safe defaults and TxProfiles in each version through the command service, keeps the site within
 * its limit, records every allocation, counts a station that rejects profiles at its maximum, and hands
 * the site over to another node (advisory lock) that rebuilds its state from the database.
 */
class LoadManagementIT {

    private static GatewayHarness harness;
    private static final Map<String, List<JsonNode>> profiles = new ConcurrentHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        harness = GatewayHarness.start();
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    private static StationClient station(String id, OcppVersion version, String answer) {
        harness.register(id);
        StationClient c = harness.connect(id, version);
        c.onCall("SetChargingProfile", call -> {
            profiles.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(call.payload());
            return Future.succeededFuture(json("{'status':'" + answer + "'}"));
        });
        await(c.call("BootNotification", version == OcppVersion.V16
                ? json("{'chargePointVendor':'V','chargePointModel':'M'}")
                : json("{'reason':'PowerUp','chargingStation':{'model':'M','vendorName':'V'}}")));
        return c;
    }

    private static void sql(String... statements) throws Exception {
        try (Connection c = harness.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String q : statements) {
                s.execute(q);
            }
        }
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static void start201(StationClient c, String tx) {
        await(c.call("TransactionEvent", json("{'eventType':'Started','timestamp':'" + now() + "','triggerReason':'Authorized',"
                + "'seqNo':0,'transactionInfo':{'transactionId':'" + tx + "','chargingState':'Charging'},"
                + "'evse':{'id':1,'connectorId':1},'idToken':{'idToken':'T-" + tx + "','type':'ISO14443'}}")));
    }

    /** The last TxProfile limit the station got for EVSE/connector 1. */
    private static double lastTxLimit(String station) {
        List<JsonNode> got = profiles.getOrDefault(station, List.of());
        for (int i = got.size() - 1; i >= 0; i--) {
            JsonNode p = got.get(i).has("csChargingProfiles") ? got.get(i).get("csChargingProfiles") : got.get(i).get("chargingProfile");
            if (p.get("chargingProfilePurpose").asText().equals("TxProfile")) {
                JsonNode schedule = p.get("chargingSchedule").isArray() ? p.get("chargingSchedule").get(0) : p.get("chargingSchedule");
                return schedule.get("chargingSchedulePeriod").get(0).get("limit").asDouble();
            }
        }
        return -1;
    }

    private static void awaitTx(String station, java.util.function.DoublePredicate ok) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!ok.test(lastTxLimit(station))) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError(station + " got no fitting TxProfile: " + profiles.get(station));
            }
            await(harness.gateway().loadManagement().tick());
            Thread.sleep(100);
        }
    }

    @Test
    void keepsTheSiteWithinItsLimit_countsARejectingStationAtItsMaximum_andFailsOverToAnotherNode() throws Exception {
        StationClient v16 = station("LM-16", OcppVersion.V16, "Accepted");
        StationClient a = station("LM-201", OcppVersion.V201, "Accepted");
        StationClient rejecting = station("LM-REJ", OcppVersion.V201, "Rejected");
        sql("INSERT INTO ocpp.grid_sites (id, limit_kw, limit_amps_per_phase) VALUES ('S1', 20, 250)",
                "INSERT INTO ocpp.grid_evses (station_id, evse_id, site_id, max_amps) VALUES ('LM-16', 1, 'S1', 32),"
                        + " ('LM-201', 1, 'S1', 32), ('LM-REJ', 1, 'S1', 16)");

        JsonNode started = await(v16.call("StartTransaction", json("{'connectorId':1,'idTag':'TAG16','meterStart':0,"
                + "'timestamp':'" + now() + "'}")));
        assertThat(started.get("transactionId").asInt()).isPositive();
        start201(a, "TX-LM-201");

        // two cars share 20 kW: 20 / (2 × 0.69) = 14.4 A each
        awaitTx("LM-16", l -> l == 14.4);
        awaitTx("LM-201", l -> l == 14.4);
        JsonNode first16 = profiles.get("LM-16").get(0);
        assertThat(first16.get("connectorId").asInt()).as("1.6 defaults go to connector 0").isZero();
        assertThat(first16.at("/csChargingProfiles/chargingProfilePurpose").asText()).isEqualTo("TxDefaultProfile");
        assertThat(profiles.get("LM-201")).anySatisfy(p -> assertThat(p.at("/chargingProfile/chargingProfilePurpose").asText())
                .isEqualTo("ChargingStationMaxProfile"));
        assertThat(harness.queryValue("SELECT count(*) FROM ocpp.commands WHERE requested_by = 'ladewerk:load-management'"
                + " AND action = 'SetChargingProfile' AND station_id = 'LM-16'")).isNotEqualTo(0L);

        // the third car's station rejects its profile: from then on it counts at its 16 A (11.04 kW)
        start201(rejecting, "TX-LM-REJ");
        harness.awaitQueryValue("SELECT compliant FROM ocpp.grid_evses WHERE station_id = 'LM-REJ'", Boolean.FALSE::equals);
        // (20 − 11.04) kW / 2 / 0.69 = 6.4 A for the other two
        awaitTx("LM-16", l -> l == 6.4);
        awaitTx("LM-201", l -> l == 6.4);
        assertThat(harness.queryValue("SELECT reason FROM ocpp.grid_allocations WHERE station_id = 'LM-REJ' "
                + "ORDER BY time DESC LIMIT 1")).isEqualTo("UNMANAGED");
        assertThat(harness.queryValue("SELECT count(*) FROM ocpp.grid_allocations WHERE station_id = 'LM-16' AND sent "
                + "AND answer = 'Accepted'")).isNotEqualTo(0L);
        assertThat(harness.meters().find("ladewerk_loadmgmt_profiles_rejected").counter().count()).isPositive();

        // failover: another node waits while this one holds the site, takes it once this one is gone
        LoadManagementService other = new LoadManagementService(harness.vertx(), new JdbcGridStore(harness.dataSource()),
                new PgAdvisoryLocks(harness.dataSource()), harness.gateway().operator().commands(), harness.vertx().createSharedWorkerExecutor("lm-other"),
                new SimpleMeterRegistry(), Clock.systemUTC(), LoadManagementConfig.DEFAULTS);
        try {
            await(other.tick());
            assertThat(other.heldGroups()).isEmpty();
            harness.gateway().loadManagement().close();
            long deadline = System.currentTimeMillis() + 20_000;
            while (!other.heldGroups().contains("S:S1") && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
                await(other.tick());
            }
            assertThat(other.heldGroups()).containsExactly("S:S1");
            // rebuilt from the database: the stations already have their limits, nothing new goes out
            Object acquired = harness.awaitQueryValue("SELECT count(*) FROM ocpp.grid_allocations WHERE trigger = 'acquired'"
                    + " AND station_id = 'LM-16'", n -> ((Number) n).longValue() > 0);
            assertThat(acquired).isNotEqualTo(0L);
            assertThat(harness.queryValue("SELECT bool_or(sent) FROM ocpp.grid_allocations WHERE time = "
                    + "(SELECT max(time) FROM ocpp.grid_allocations WHERE trigger = 'acquired')")).as(String.valueOf(harness.queryValue("SELECT string_agg("
                    + "time || ' ' || station_id || ' ' || amps || ' ' || reason || ' ' || trigger || ' ' || sent || ' ' || "
                    + "coalesce(answer, '-'), E'\\n' ORDER BY time) FROM ocpp.grid_allocations"))).isEqualTo(false);
        } finally {
            other.close();
        }
    }
}
