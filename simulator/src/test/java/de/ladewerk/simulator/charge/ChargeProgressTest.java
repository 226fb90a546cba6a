package de.ladewerk.simulator.charge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.ladewerk.simulator.model.StationModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChargeProgressTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final double NO_LIMIT = Double.POSITIVE_INFINITY;

    @Test
    void energyIsTheIntegralOfThePowerReportedAlongTheWay() {
        ChargeProgress dc = new ChargeProgress(StationModel.dc("D", 150).evse(1),
                new Vehicle(77, 11, 3, 135, 0.1, 0.95), T0, 1_000_000);
        double integralWh = 0;
        double start = dc.registerWh();
        Instant t = T0;
        for (int second = 0; second < 3600; second++) {
            dc.advance(t, x -> NO_LIMIT);
            integralWh += dc.powerW() / 3600.0; // the power reported now flows for the next second
            t = t.plusSeconds(1);
        }
        dc.advance(t, x -> NO_LIMIT);

        assertThat(dc.registerWh() - start).isCloseTo(integralWh, within(0.01));
        assertThat(dc.registerWh() - start).isGreaterThan(40_000); // a real fast charge, not a trickle
    }

    @Test
    void dcPowerIsFlatAtLowStateOfChargeThenTapers() {
        ChargeProgress dc = new ChargeProgress(StationModel.dc("D", 150).evse(1),
                new Vehicle(60, 11, 3, 120, 0.2, 1.0), T0, 0);
        List<double[]> socAndPower = new ArrayList<>();
        for (int minute = 1; minute <= 90; minute++) {
            dc.advance(T0.plusSeconds(60L * minute), x -> NO_LIMIT);
            socAndPower.add(new double[] {dc.soc(), dc.powerW()});
        }

        for (double[] p : socAndPower) {
            if (p[0] < 0.5) {
                assertThat(p[1]).isEqualTo(120_000, within(1.0)); // the vehicle's peak, below the charger's 150 kW
            }
        }
        for (int i = 1; i < socAndPower.size(); i++) {
            assertThat(socAndPower.get(i)[1]).isLessThanOrEqualTo(socAndPower.get(i - 1)[1] + 1e-6);
        }
        double[] at80 = socAndPower.stream().filter(p -> p[0] >= 0.8).findFirst().orElseThrow();
        assertThat(at80[1]).isBetween(60_000.0, 75_000.0); // ~60 % of peak at 80 % SoC
    }

    @Test
    void acPowerFollowsPhasesAndTheSmallerRating() {
        StationModel ac22 = StationModel.ac22("A");
        ChargeProgress threePhase11 = new ChargeProgress(ac22.evse(1), new Vehicle(60, 11, 3, 100, 0.2, 0.8), T0, 0);
        ChargeProgress onePhase = new ChargeProgress(ac22.evse(1), new Vehicle(40, 22, 1, 50, 0.2, 0.8), T0, 0);
        ChargeProgress threePhase22 = new ChargeProgress(ac22.evse(1), new Vehicle(80, 22, 3, 150, 0.2, 0.8), T0, 0);

        for (ChargeProgress p : List.of(threePhase11, onePhase, threePhase22)) {
            p.advance(T0.plusSeconds(600), x -> NO_LIMIT);
        }

        assertThat(threePhase11.powerW()).isEqualTo(11_000, within(1.0));
        assertThat(onePhase.powerW()).isEqualTo(230 * 32, within(1.0)); // 7.36 kW on one phase
        assertThat(onePhase.currentA()).isEqualTo(32, within(0.01));
        assertThat(threePhase22.powerW()).isEqualTo(22_000, within(1.0));
        assertThat(threePhase11.registerWh()).isEqualTo(11_000 / 6.0, within(0.5)); // 10 min at 11 kW
    }

    @Test
    void neverDrawsMoreThanTheLimitInForceAndStopsAtTheTargetSoc() {
        ChargeProgress ac = new ChargeProgress(StationModel.ac22("A").evse(1), new Vehicle(20, 22, 3, 50, 0.5, 0.6),
                T0, 0);
        Instant limitDrops = T0.plusSeconds(300);
        double maxAfterDrop = 0;
        for (int s = 10; s <= 3600; s += 10) {
            ac.advance(T0.plusSeconds(s), t -> t.isBefore(limitDrops) ? 11_000 : 4_200);
            if (s > 300) {
                maxAfterDrop = Math.max(maxAfterDrop, ac.powerW());
            }
            assertThat(ac.powerW()).isLessThanOrEqualTo(ac.limitW());
        }

        assertThat(maxAfterDrop).isLessThanOrEqualTo(4_200);
        assertThat(ac.vehicleFull()).isTrue();
        assertThat(ac.powerW()).isZero();
        // 10 % of 20 kWh went in, give or take the one-second step in which it got full
        assertThat(ac.registerWh()).isCloseTo(2_000, within(4.0));
    }
}
