package de.ladewerk.gateway.loadmanagement;

import de.ladewerk.gateway.loadmanagement.persistence.JdbcGridAdministration;
import static de.ladewerk.gateway.GatewayHarness.await;
import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.gateway.GatewayHarness;
import de.ladewerk.gateway.authorization.IdToken;
import de.ladewerk.gateway.authorization.IdTokenType;
import de.ladewerk.gateway.authorization.TokenRecord;
import de.ladewerk.loadmanagement.grid.Evse;
import de.ladewerk.loadmanagement.grid.PhaseRotation;
import de.ladewerk.loadmanagement.grid.Site;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.behaviour.ChargingStation;
import de.ladewerk.simulator.behaviour.EvseSnapshot;
import de.ladewerk.simulator.behaviour.SimClock;
import de.ladewerk.simulator.charge.Vehicle;
import de.ladewerk.simulator.fault.FaultOptions;
import de.ladewerk.simulator.model.StationModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 16's scenario with the simulator: a site of 20 AC stations at 22 kW (440 kW installed) under a 150 kW
 * limit; cars arrive in waves over the evening (time compressed: each wave as soon as the previous one has
 * settled). The simulated stations honour the profiles they get. After every change, once the allocator has
 * run, the stations' summed power stays within the limit + 2 %, every car gets at least its minimum (6 A on
 * 3 phases), and no car waits at 0 while power is left.
 */
class EveningSiteScenarioIT {

    private static final int STATIONS = 20;
    private static final double LIMIT_KW = 150;
    private static final double MIN_W = 6 * 3 * 230;
    /** A car that takes 22 kW on 3 phases. */
    private static final Vehicle CAR = new Vehicle(80, 22, 3, 120, 0.2, 0.95);

    private static GatewayHarness harness;
    private static final List<ChargingStation> stations = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        harness = GatewayHarness.start();
        GridAdministration grid = new JdbcGridAdministration(harness.dataSource());
        grid.putSite(new Site("P-EVENING", null, LIMIT_KW, 250, null), "Parkhaus Abend", 0);
        for (int i = 0; i < STATIONS; i++) {
            String id = String.format("EVE-%02d", i);
            harness.register(id);
            ChargingStation cs = new ChargingStation(harness.vertx(), StationModel.ac22(id),
                    harness.options(id, OcppVersion.V16), SimClock.realTime(), false, FaultOptions.none());
            stations.add(cs);
            await(cs.start());
            harness.awaitRegistered(id);
            grid.assign(id, 1, new Evse(id + "/1", "P-EVENING", PhaseRotation.values()[i % 6], 3, 6, 32, false, true), 0);
            harness.gateway().operator().tokens().create(TokenRecord.accepted(new IdToken("EV-" + i, IdTokenType.ID_TAG)));
        }
    }

    @AfterAll
    static void stop() {
        stations.forEach(ChargingStation::stop);
        harness.close();
    }

    @Test
    void theSiteStaysWithinItsLimitAndEveryCarGetsItsMinimum() throws Exception {
        await(harness.gateway().loadManagement().tick()); // takes the site and sends every station its defaults
        int plugged = 0;
        for (int wave : new int[] {5, 5, 6, 4}) {
            for (int k = 0; k < wave; k++, plugged++) {
                ChargingStation cs = stations.get(plugged);
                await(cs.plugIn(1, CAR));
                assertThat(await(cs.present(1, "EV-" + plugged))).isTrue();
            }
            int cars = plugged;
            harness.awaitQueryValue("SELECT count(*) FROM ocpp.sessions WHERE status = 'ACTIVE'",
                    n -> ((Number) n).intValue() == cars);
            settle(cars);
        }
        // all 20 share 150 kW: none waits, each well above its minimum
        List<EvseSnapshot> last = snapshots(STATIONS);
        assertThat(last).allSatisfy(s -> assertThat(s.powerW()).isGreaterThanOrEqualTo(MIN_W));
        // the limit binds (440 kW asked for) and is used: the site draws close to 150 kW, not far below
        assertThat(last.stream().mapToDouble(EvseSnapshot::powerW).sum()).isBetween(LIMIT_KW * 1000 * 0.9, LIMIT_KW * 1000 * 1.02);
        assertThat(harness.queryValue("SELECT count(*) FROM ocpp.grid_allocations WHERE reason = 'PAUSED' "
                + "AND time = (SELECT max(time) FROM ocpp.grid_allocations)")).isEqualTo(0L);
    }

    /** Runs the allocator until the stations' power fits, then checks the scenario's promises. */
    private static void settle(int cars) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            await(harness.gateway().loadManagement().tick());
            List<EvseSnapshot> now = snapshots(cars);
            double sumW = now.stream().mapToDouble(EvseSnapshot::powerW).sum();
            boolean fits = sumW <= LIMIT_KW * 1000 * 1.02;
            boolean minimums = now.stream().allMatch(s -> s.powerW() >= MIN_W - 1);
            // power left (more than one more minimum) means no car may be held below what it could take
            boolean noneHeldBack = sumW > LIMIT_KW * 1000 - MIN_W || now.stream().allMatch(s -> s.powerW() >= 22_000 * 0.95);
            if (fits && minimums && noneHeldBack) {
                return;
            }
            assertThat(System.currentTimeMillis()).as("with %d cars: %.0f W of %.0f kW; powers %s", cars, sumW, LIMIT_KW,
                    now.stream().map(s -> Math.round(s.powerW())).toList()).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static List<EvseSnapshot> snapshots(int cars) {
        List<EvseSnapshot> out = new ArrayList<>();
        for (int i = 0; i < cars; i++) {
            out.add(await(stations.get(i).snapshot(1)));
        }
        return out;
    }
}
