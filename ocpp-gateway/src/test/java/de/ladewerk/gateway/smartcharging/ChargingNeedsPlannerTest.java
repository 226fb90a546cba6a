package de.ladewerk.gateway.smartcharging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChargingNeedsPlannerTest {

    private static final Instant NOW = Instant.parse("2026-11-21T18:00:00Z");
    private final ChargingNeedsPlanner planner = new ChargingNeedsPlanner();

    @Test
    void spreadsTheEnergyUntilDeparture() {
        // 22 kWh in 4 h on 3 × 230 V: 5.5 kW → 7.97 A, rounded up to 8.0 A
        EvNeeds ev = new EvNeeds(false, 3, 230, 22_000.0, NOW.plusSeconds(4 * 3600), 32, 6);
        ChargingPlan plan = planner.plan(ev, new StationLimit(22_000.0, 32.0), NOW);
        assertThat(plan.rate()).isEqualByComparingTo("8.0");
        assertThat(plan.unit()).isEqualTo("A");
        assertThat(plan.durationSeconds()).isEqualTo(4 * 3600);
        assertThat(plan.fulfils()).isTrue();
    }

    @Test
    void theStationsPowerLimitCapsAndThenTheEnergyCannotBeReached() {
        EvNeeds ev = new EvNeeds(false, 3, 230, 40_000.0, NOW.plusSeconds(3600), 32, 6);
        ChargingPlan plan = planner.plan(ev, new StationLimit(11_000.0, null), NOW);
        assertThat(plan.rate()).isEqualByComparingTo("15.9"); // 11 kW / 690 V = 15.94 A, rounded down
        assertThat(plan.fulfils()).isFalse();
        assertThat(plan.expectedEnergyWh()).isLessThan(40_000.0);
    }

    @Test
    void dcInWattsWithoutDepartureChargesAtTheCap() {
        EvNeeds ev = new EvNeeds(true, 1, 400, 30_000.0, null, 150_000, 0);
        ChargingPlan plan = planner.plan(ev, new StationLimit(50_000.0, null), NOW);
        assertThat(plan.unit()).isEqualTo("W");
        assertThat(plan.rate()).isEqualByComparingTo("50000");
        assertThat(plan.durationSeconds()).isNull();
    }

    @Test
    void neverAboveAnyLimitAndDeliversWhenPhysicallyPossible() {
        Random random = new Random(42);
        for (int i = 0; i < 5_000; i++) {
            boolean dc = random.nextBoolean();
            int phases = dc ? 1 : 1 + random.nextInt(3);
            double evMax = dc ? 5_000 + random.nextInt(200_000) : 6 + random.nextInt(58);
            double evMin = dc ? 0 : random.nextInt(7);
            double energy = 500 + random.nextInt(80_000);
            int seconds = 60 + random.nextInt(12 * 3600);
            Double stationPower = random.nextBoolean() ? null : (double) (1_000 + random.nextInt(150_000));
            Double stationCurrent = dc || random.nextBoolean() ? null : (double) (6 + random.nextInt(58));
            EvNeeds ev = new EvNeeds(dc, phases, 230, energy, NOW.plusSeconds(seconds), evMax, evMin);
            StationLimit limit = new StationLimit(stationPower, stationCurrent);

            ChargingPlan plan = planner.plan(ev, limit, NOW);

            double rate = plan.rate().doubleValue();
            double k = ev.wattsPerUnit();
            assertThat(rate).isLessThanOrEqualTo(evMax);
            if (stationPower != null) {
                assertThat(rate * k).isLessThanOrEqualTo(stationPower + 1e-6);
            }
            if (stationCurrent != null) {
                assertThat(rate).isLessThanOrEqualTo(stationCurrent);
            }
            // the most this EVSE can deliver in time, at the cap rounded to the rate's step
            double cap = Math.min(evMax, Math.min(stationCurrent == null || dc ? Double.MAX_VALUE : stationCurrent,
                    stationPower == null ? Double.MAX_VALUE : stationPower / k));
            double step = dc ? 1 : 0.1;
            double possible = Math.floor(cap / step + 1e-9) * step * k * seconds / 3600;
            if (possible >= energy) {
                assertThat(plan.fulfils()).as("case %d", i).isTrue();
                assertThat(rate * k * seconds / 3600).isGreaterThanOrEqualTo(energy - 1e-6);
            } else {
                assertThat(plan.fulfils()).isFalse();
            }
        }
    }
}
