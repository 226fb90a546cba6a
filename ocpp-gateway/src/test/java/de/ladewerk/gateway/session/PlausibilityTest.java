package de.ladewerk.gateway.session;

import de.ladewerk.gateway.dataquality.Rejection;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlausibilityTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private final Plausibility rules = new Plausibility(Duration.ofMinutes(10));

    private static MeterSample energy(Instant at, String wh) {
        return MeterSample.register(at, 1, "Sample.Periodic", new BigDecimal(wh));
    }

    @Test
    void registerGoingBackwardsIsRejectedAndTheLastGoodValueKept() {
        Plausibility.Checked c = rules.samples(List.of(energy(NOW.minusSeconds(60), "900"),
                energy(NOW.minusSeconds(120), "1200")), new BigDecimal("1000"), NOW.minusSeconds(600), NOW);
        // in time order: 1200 first (fine), then 900 (backwards)
        assertThat(c.accepted()).extracting(MeterSample::value).containsExactly(new BigDecimal("1200"));
        assertThat(c.rejections()).singleElement().extracting(Rejection::kind).isEqualTo(Rejection.Kind.ENERGY_BACKWARDS);
        assertThat(c.lastEnergyWh()).isEqualByComparingTo("1200");
    }

    @Test
    void anOlderLowerReadingSuchAsTheBeginReadingInStopTransactionIsNotBackwards() {
        // the register was 5000 Wh at NOW-60s; the transaction's begin reading (NOW-3600s, 1000 Wh) arrives later
        Plausibility.Checked c = rules.samples(List.of(energy(NOW.minusSeconds(3600), "1000"), energy(NOW, "5200")),
                new BigDecimal("5000"), NOW.minusSeconds(60), NOW);
        assertThat(c.rejections()).isEmpty();
        assertThat(c.accepted()).extracting(MeterSample::value)
                .containsExactly(new BigDecimal("1000"), new BigDecimal("5200"));
        assertThat(c.lastEnergyWh()).isEqualByComparingTo("5200");
    }

    @Test
    void anOlderReadingAboveTheLaterRegisterIsBackwards() {
        Plausibility.Checked c = rules.samples(List.of(energy(NOW.minusSeconds(3600), "6000")),
                new BigDecimal("5000"), NOW.minusSeconds(60), NOW);
        assertThat(c.accepted()).isEmpty();
        assertThat(c.rejections()).singleElement().extracting(Rejection::kind).isEqualTo(Rejection.Kind.ENERGY_BACKWARDS);
        assertThat(c.lastEnergyWh()).isEqualByComparingTo("5000");
    }

    @Test
    void negativeEnergyAndFutureSamplesAreRejectedButNetEnergyMayBeNegative() {
        MeterSample net = new MeterSample(NOW, 1, "Energy.Active.Net", null, "Outlet", "Sample.Periodic", "Wh", 0,
                new BigDecimal("-5"), "Raw");
        Plausibility.Checked c = rules.samples(List.of(energy(NOW, "-1"), energy(NOW.plusSeconds(3600), "5"), net,
                energy(NOW.plusSeconds(300), "7")), null, null, NOW);
        assertThat(c.rejections()).extracting(Rejection::kind)
                .containsExactly(Rejection.Kind.NEGATIVE_ENERGY, Rejection.Kind.FUTURE_TIMESTAMP);
        assertThat(c.accepted()).extracting(MeterSample::measurand).containsExactly("Energy.Active.Net",
                MeterSample.ENERGY_IMPORT_REGISTER);
    }

    @Test
    void stopBeforeStartAndFutureStopAreCorrected() {
        List<Rejection> out = new ArrayList<>();
        Instant start = NOW.minusSeconds(3600);
        assertThat(rules.stopTime(start.minusSeconds(5), start, NOW, out)).isEqualTo(start);
        assertThat(rules.stopTime(NOW.plusSeconds(7200), start, NOW, out)).isEqualTo(NOW);
        assertThat(out).extracting(Rejection::kind, Rejection::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Rejection.Kind.STOP_BEFORE_START, Rejection.Action.CORRECTED),
                org.assertj.core.groups.Tuple.tuple(Rejection.Kind.FUTURE_TIMESTAMP, Rejection.Action.CORRECTED));
    }

    @Test
    void finalReadingBelowTheRegisterBecomesTheRegister() {
        List<Rejection> out = new ArrayList<>();
        assertThat(rules.meterStop(new BigDecimal("10"), new BigDecimal("50"), out)).isEqualByComparingTo("50");
        assertThat(rules.meterStop(new BigDecimal("60"), new BigDecimal("50"), out)).isEqualByComparingTo("60");
        assertThat(rules.meterStop(null, new BigDecimal("50"), out)).isEqualByComparingTo("50");
        assertThat(rules.meterStart(new BigDecimal("-1"), out)).isNull();
        assertThat(out).extracting(Rejection::kind).containsExactly(Rejection.Kind.ENERGY_BACKWARDS,
                Rejection.Kind.NEGATIVE_ENERGY);
    }

    @Test
    void unitsAreNormalisedWithTheMultiplierAndUnknownUnitsAreNot() {
        MeterSample kw = new MeterSample(NOW, 1, MeterSample.POWER_IMPORT, null, "Outlet", "Sample.Periodic", "kW", 0,
                new BigDecimal("7.4"), "Raw");
        MeterSample scaled = new MeterSample(NOW, 1, MeterSample.ENERGY_IMPORT_REGISTER, null, "Outlet",
                "Sample.Periodic", "Wh", 3, new BigDecimal("2.5"), "Raw");
        MeterSample amps = new MeterSample(NOW, 1, "Current.Import", "L1", "Outlet", "Sample.Periodic", "A", 0,
                new BigDecimal("16"), "Raw");
        assertThat(kw.normalizedValue()).isEqualByComparingTo("7400");
        assertThat(kw.normalizedUnit()).isEqualTo("W");
        assertThat(scaled.normalizedValue()).isEqualByComparingTo("2500");
        assertThat(amps.normalizedValue()).isNull();
        assertThat(amps.isEnergyRegister()).isFalse();
    }
}
