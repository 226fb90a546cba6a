package de.ladewerk.billing.rating;

import static de.ladewerk.billing.testdata.TestSessions.session;
import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.billing.money.Money;
import de.ladewerk.billing.money.VatRate;
import de.ladewerk.billing.session.ChargingSession;
import de.ladewerk.billing.tariff.PriceComponent;
import de.ladewerk.billing.tariff.PriceLimit;
import de.ladewerk.billing.tariff.Tariff;
import de.ladewerk.billing.tariff.TariffDimension;
import de.ladewerk.billing.tariff.TariffElement;
import de.ladewerk.billing.tariff.TariffRestrictions;
import de.ladewerk.billing.tariff.TariffType;
import de.ladewerk.billing.testdata.TestSessions;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every expected amount is worked out by hand in the comment next to the case. Lines read
 * "type quantity net vat gross"; the last row is the session total "TOTAL net vat gross".
 */
class RatingEngineTest {

    private static final VatRate V19 = VatRate.GERMAN_STANDARD;
    private static final RatingEngine ENGINE = new RatingEngine(TestSessions.BERLIN);

    static Stream<Arguments> cases() {
        return Stream.of(
                // 21:00–23:00 Mon, 22 kWh evenly; night price from 22:00: 11 kWh × 0.40 = 4.40, 11 kWh × 0.30 = 3.30;
                // VAT on the total (BR-CO-17): 19 % of 7.70 = 1.463 → 1.46 (per line it would be 0.84 + 0.63 = 1.47);
                // shared out: 3.30 keeps its 0.627 → 0.63, the largest line takes the rest, 0.83
                Arguments.of("tariff change at 22:00", tariff(
                        TariffElement.when(night(), energy("0.30")), TariffElement.always(energy("0.40"))),
                        session("s1", "2025-03-10T21:00", 0L, "2025-03-10T23:00", 22_000L),
                        List.of("ENERGY 11.000 4.40 0.83 5.23", "ENERGY 11.000 3.30 0.63 3.93", "TOTAL 7.70 1.46 9.16")),
                // Fri 23:30 – Sat 00:30, 10 kWh; weekend price from midnight: 5 × 0.45 = 2.25 (VAT 0.4275 → 0.43),
                // 5 × 0.25 = 1.25 (VAT 0.2375 → 0.24)
                Arguments.of("weekday change at midnight", tariff(
                        TariffElement.when(TariffRestrictions.NONE.days(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                                energy("0.25")), TariffElement.always(energy("0.45"))),
                        session("s2", "2025-03-14T23:30", 0L, "2025-03-15T00:30", 10_000L),
                        List.of("ENERGY 5.000 2.25 0.43 2.68", "ENERGY 5.000 1.25 0.24 1.49", "TOTAL 3.50 0.67 4.17")),
                // 01:00–02:00 lies inside the 22:00–06:00 window across midnight: 5 × 0.30 = 1.50, VAT 0.285 → 0.29
                Arguments.of("night window across midnight", tariff(
                        TariffElement.when(night(), energy("0.30")), TariffElement.always(energy("0.40"))),
                        session("s3", "2025-03-11T01:00", 0L, "2025-03-11T02:00", 5_000L),
                        List.of("ENERGY 5.000 1.50 0.29 1.79", "TOTAL 1.50 0.29 1.79")),
                // 7.25 kWh in 40 min; energy in 1 kWh steps → 8 × 0.39 = 3.12 (VAT 0.5928 → 0.59);
                // time in 15 min steps → 45 min = 0.75 h × 1.20 = 0.90 (VAT 0.171 → 0.17)
                Arguments.of("step sizes", tariff(TariffElement.always(energy("0.39").withStepSize(1000),
                                new PriceComponent(TariffDimension.TIME, new BigDecimal("1.20"), V19, 900))),
                        session("s4", "2025-03-12T10:00", 0L, "2025-03-12T10:40", 7_250L),
                        List.of("ENERGY 8.000 3.12 0.59 3.71", "TIME 0.7500 0.90 0.17 1.07", "TOTAL 4.02 0.76 4.78")),
                // 1.5 kWh × 0.40 = 0.60 (VAT 0.114 → 0.11, gross 0.71) is below the minimum 2.00 / 2.38:
                // adjustment net 1.40, gross 2.38 − 0.71 = 1.67, VAT 0.27
                Arguments.of("minimum price", limited(new PriceLimit(Money.eur("2.00"), Money.eur("2.38")), null,
                                TariffElement.always(energy("0.40"))),
                        session("s5", "2025-03-12T10:00", 0L, "2025-03-12T10:30", 1_500L),
                        List.of("ENERGY 1.500 0.60 0.11 0.71", "MIN_PRICE_ADJUSTMENT 1 1.40 0.27 1.67",
                                "TOTAL 2.00 0.38 2.38")),
                // 30 kWh × 0.50 = 15.00 (VAT 2.85) capped at 10.00 net: adjustment −5.00, VAT 19 % of it −0.95
                Arguments.of("maximum price", limited(null, new PriceLimit(Money.eur("10.00"), null),
                                TariffElement.always(energy("0.50"))),
                        session("s6", "2025-03-12T10:00", 0L, "2025-03-12T13:00", 30_000L),
                        List.of("ENERGY 30.000 15.00 2.85 17.85", "MAX_PRICE_ADJUSTMENT 1 -5.00 -0.95 -5.95",
                                "TOTAL 10.00 1.90 11.90")),
                // charging 12:00–13:00 (11 kWh × 0.40 = 4.40, VAT 0.84), parked 13:00–13:30; blocking fee 6.00/h
                // only after 75 min: 13:15–13:30 = 0.25 h × 6.00 = 1.50 (VAT 0.285 → 0.29); VAT of 5.90 = 1.121 → 1.12
                Arguments.of("parking fee after 75 minutes", tariff(
                        TariffElement.when(TariffRestrictions.NONE.duration(4500L, null),
                                new PriceComponent(TariffDimension.PARKING_TIME, new BigDecimal("6.00"), V19, 60)),
                        TariffElement.always(energy("0.40"))),
                        session("s7", "2025-03-12T12:00", 0L, "2025-03-12T13:00", 11_000L, "2025-03-12T13:30", 11_000L),
                        List.of("ENERGY 11.000 4.40 0.83 5.23", "PARKING_TIME 0.2500 1.50 0.29 1.79",
                                "TOTAL 5.90 1.12 7.02")),
                // VAT on the total, not per component: flat 0.50 and 2 kWh × 0.25 = 0.50; 19 % of 1.00 = 0.19 (per
                // component it would be 0.10 + 0.10); the first of the equal lines takes the cent
                Arguments.of("VAT on the total per rate", tariff(TariffElement.always(energy("0.25"),
                                PriceComponent.of(TariffDimension.FLAT, "0.50", V19))),
                        session("s8", "2025-03-12T10:00", 0L, "2025-03-12T10:20", 2_000L),
                        List.of("FLAT 1 0.50 0.09 0.59", "ENERGY 2.000 0.50 0.10 0.60", "TOTAL 1.00 0.19 1.19")),
                // 0.4321 × 7.777 = 3.3604417 → 3.36; VAT 0.6384 → 0.64. A component without VAT carries none:
                // flat 1.00, VAT not applicable
                Arguments.of("exact product rounded once; absent VAT", tariff(TariffElement.always(
                                PriceComponent.of(TariffDimension.ENERGY, "0.4321", V19),
                                PriceComponent.of(TariffDimension.FLAT, "1.00", null))),
                        session("s9", "2025-03-12T10:00", 0L, "2025-03-12T11:00", 7_777L),
                        List.of("FLAT 1 1.00 0.00 1.00", "ENERGY 7.777 3.36 0.64 4.00", "TOTAL 4.36 0.64 5.00")),
                // gross tariff (B2C): 20.012 kWh × 0.4998 incl. VAT = 10.0019976 → 10.00 billed as displayed;
                // VAT 10.00 × 19 / 119 = 1.5966 → 1.60, net 8.40 (the net tariff 0.42 would bill 8.41 + 1.60 = 10.01)
                Arguments.of("gross tariff bills kWh × gross price", tariff(TariffElement.always(energy("0.4998")))
                                .withPricesIncludingVat(true),
                        session("s12", "2025-03-12T10:00", 0L, "2025-03-12T11:00", 20_012L),
                        List.of("ENERGY 20.012 8.40 1.60 10.00", "TOTAL 8.40 1.60 10.00")),
                Arguments.of("net tariff adds VAT on the total", tariff(TariffElement.always(energy("0.42"))),
                        session("s13", "2025-03-12T10:00", 0L, "2025-03-12T11:00", 20_012L),
                        List.of("ENERGY 20.012 8.41 1.60 10.01", "TOTAL 8.41 1.60 10.01")),
                // gross tariff with a blocking fee: 10 kWh × 0.59 = 5.90 and 0.5 h × 6.00 = 3.00, both gross;
                // VAT of 8.90 gross = 1.4210 → 1.42 (per line 0.9420 → 0.94 and 0.4790 → 0.48 = 1.42)
                Arguments.of("gross tariff with two components", tariff(
                                TariffElement.always(energy("0.59"),
                                        new PriceComponent(TariffDimension.TIME, new BigDecimal("6.00"), V19, 1)))
                                .withPricesIncludingVat(true),
                        session("s14", "2025-03-12T10:00", 0L, "2025-03-12T10:30", 10_000L),
                        List.of("ENERGY 10.000 4.96 0.94 5.90", "TIME 0.5000 2.52 0.48 3.00", "TOTAL 7.48 1.42 8.90")),
                // first 10 kWh at 0.50, the rest at 0.35; 15 kWh evenly 10:00–11:30 → threshold reached at 11:00:
                // 10 × 0.50 = 5.00 (VAT 0.95), 5 × 0.35 = 1.75 (VAT 0.3325 → 0.33)
                Arguments.of("kWh threshold inside an interval", tariff(
                        TariffElement.when(TariffRestrictions.NONE.kwh(null, BigDecimal.TEN), energy("0.50")),
                        TariffElement.always(energy("0.35"))),
                        session("s10", "2025-03-12T10:00", 0L, "2025-03-12T11:30", 15_000L),
                        List.of("ENERGY 10.000 5.00 0.95 5.95", "ENERGY 5.000 1.75 0.33 2.08", "TOTAL 6.75 1.28 8.03")),
                // 60 kW for 30 min (30 kWh × 0.59 = 17.70, VAT 3.363 → 3.36), then 20 kW (10 kWh × 0.49 = 4.90,
                // VAT 0.931 → 0.93)
                Arguments.of("power above 50 kW", tariff(
                        TariffElement.when(TariffRestrictions.NONE.power(new BigDecimal("50"), null), energy("0.59")),
                        TariffElement.always(energy("0.49"))),
                        session("s11", "2025-03-12T10:00", 0L, "2025-03-12T10:30", 30_000L,
                                "2025-03-12T11:00", 40_000L),
                        List.of("ENERGY 30.000 17.70 3.36 21.06", "ENERGY 10.000 4.90 0.93 5.83",
                                "TOTAL 22.60 4.29 26.89")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rates_as_worked_out_by_hand(String name, Tariff tariff, ChargingSession session, List<String> expected) {
        Rating rating = ENGINE.rate(tariff, session, null);

        assertThat(render(rating)).containsExactlyElementsOf(expected);
    }

    @org.junit.jupiter.api.Test
    void a_new_charging_period_starts_at_each_tariff_boundary() {
        Tariff t = tariff(TariffElement.when(night(), energy("0.30")), TariffElement.always(energy("0.40")));
        Rating r = ENGINE.rate(t, session("p", "2025-03-10T21:00", 0L, "2025-03-10T23:00", 22_000L,
                "2025-03-10T23:30", 22_000L), null);

        assertThat(r.periods()).extracting(p -> p.start().toString(), ChargingPeriod::energyWh, ChargingPeriod::charging)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2025-03-10T20:00:00Z", 11_000L, true),
                        org.assertj.core.groups.Tuple.tuple("2025-03-10T21:00:00Z", 11_000L, true),
                        org.assertj.core.groups.Tuple.tuple("2025-03-10T22:00:00Z", 0L, false));
        assertThat(r.chargingMillis()).isEqualTo(7_200_000L);
        assertThat(r.parkingMillis()).isEqualTo(1_800_000L);
    }

    @org.junit.jupiter.api.Test
    void signed_energy_replaces_the_sampled_total() {
        Tariff t = tariff(TariffElement.always(energy("0.40")));
        // samples say 10.000 kWh, the calibrated meter signed 10.050 kWh: 10.05 × 0.40 = 4.02
        Rating r = ENGINE.rate(t, session("sg", "2025-03-12T10:00", 0L, "2025-03-12T11:00", 10_000L), 10_050L);

        assertThat(r.energyWh()).isEqualTo(10_050L);
        assertThat(r.totalNet().toPlainString()).isEqualTo("4.02");
    }

    static List<String> render(Rating r) {
        Stream<String> lines = r.lines().stream().map(l -> l.type() + " " + l.quantity().toPlainString() + " "
                + l.net().toPlainString() + " " + l.vat().toPlainString() + " " + l.gross().toPlainString());
        return Stream.concat(lines, Stream.of("TOTAL " + r.totalNet().toPlainString() + " "
                + r.totalVat().toPlainString() + " " + r.totalGross().toPlainString())).toList();
    }

    static TariffRestrictions night() {
        return TariffRestrictions.NONE.timeOfDay(LocalTime.of(22, 0), LocalTime.of(6, 0));
    }

    static PriceComponent energy(String price) {
        return PriceComponent.of(TariffDimension.ENERGY, price, V19);
    }

    static Tariff tariff(TariffElement... elements) {
        return limited(null, null, elements);
    }

    static Tariff limited(PriceLimit min, PriceLimit max, TariffElement... elements) {
        return new Tariff("T", 1, Money.EUR, TariffType.REGULAR, List.of(elements), min, max, Instant.EPOCH, null);
    }
}
