package de.ladewerk.billing.tariff;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ladewerk.billing.money.Money;
import de.ladewerk.billing.money.VatRate;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TariffRulesTest {

    private static final PriceComponent KWH = PriceComponent.of(TariffDimension.ENERGY, "0.39", VatRate.GERMAN_STANDARD);
    private static final PriceComponent HOUR = PriceComponent.of(TariffDimension.TIME, "1.20", VatRate.GERMAN_STANDARD);
    private static final PriceComponent FLAT = PriceComponent.of(TariffDimension.FLAT, "1.00", VatRate.GERMAN_STANDARD);

    @Test
    void a_tariff_without_kwh_price_is_rejected() {
        assertThatThrownBy(() -> TariffRules.check(tariff(TariffElement.always(HOUR, FLAT))))
                .isInstanceOf(InvalidTariffException.class)
                .hasMessageContaining("no ENERGY (per kWh) price component");
    }

    @Test
    void a_kwh_price_only_at_night_is_not_enough() {
        TariffRestrictions night = TariffRestrictions.NONE.timeOfDay(LocalTime.of(22, 0), LocalTime.of(6, 0));
        assertThatThrownBy(() -> TariffRules.check(tariff(TariffElement.when(night, KWH), TariffElement.always(FLAT))))
                .isInstanceOf(InvalidTariffException.class)
                .hasMessageContaining("unrestricted element with an ENERGY component");
    }

    @Test
    void kwh_plus_time_and_flat_is_allowed() {
        assertThatCode(() -> TariffRules.check(tariff(TariffElement.always(KWH, HOUR, FLAT)))).doesNotThrowAnyException();
    }

    @Test
    void energy_must_be_priced_in_steps_of_at_most_one_wh() {
        assertThatThrownBy(() -> TariffRules.check(tariff(TariffElement.always(KWH.withStepSize(1000)))))
                .isInstanceOf(InvalidTariffException.class)
                .hasMessageContaining("breaks the rule 'energy per measured kWh': the ENERGY step size must be at most 1 Wh,"
                        + " is 1000 Wh");
    }

    @Test
    void a_flat_fee_needs_a_positive_kwh_price_beside_it_time_fees_do_not() {
        PriceComponent free = PriceComponent.of(TariffDimension.ENERGY, "0.00", VatRate.GERMAN_STANDARD);
        PriceComponent fee = PriceComponent.of(TariffDimension.FLAT, "9.99", VatRate.GERMAN_STANDARD);
        assertThatThrownBy(() -> TariffRules.check(tariff(TariffElement.always(free, fee))))
                .isInstanceOf(InvalidTariffException.class)
                .hasMessageContaining("breaks the rule 'flat fee only beside a positive kWh price'")
                .hasMessageContaining("ENERGY price of 0.00");
        assertThatCode(() -> TariffRules.check(tariff(TariffElement.always(free, HOUR)))).doesNotThrowAnyException();
    }

    @Test
    void time_components_need_a_legally_valid_clock() {
        Tariff t = tariff(TariffElement.always(KWH, HOUR));
        TariffAssignment untrustedClock = TariffAssignment.toStation("T1", "ST-1", null, false, Instant.EPOCH);
        TariffAssignment calibratedClock = TariffAssignment.toStation("T1", "ST-1", null, true, Instant.EPOCH);

        assertThatThrownBy(() -> TariffRules.checkAssignable(t, untrustedClock))
                .isInstanceOf(InvalidTariffException.class)
                .hasMessageContaining("clock of station ST-1 is not legally valid");
        assertThatCode(() -> TariffRules.checkAssignable(t, calibratedClock)).doesNotThrowAnyException();
        assertThatCode(() -> TariffRules.checkAssignable(tariff(TariffElement.always(KWH, FLAT)), untrustedClock))
                .doesNotThrowAnyException();
    }

    @Test
    void bad_structure_is_named() {
        assertThatThrownBy(() -> PriceComponent.of(TariffDimension.ENERGY, "-0.10", null))
                .hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> TariffRules.check(tariff(TariffElement.always(KWH, KWH))))
                .hasMessageContaining("prices a dimension twice");
        assertThatThrownBy(() -> TariffAssignment.toStation("T1", null, null, true, Instant.EPOCH))
                .hasMessageContaining("exactly one of station and site");
        assertThatThrownBy(() -> TariffRules.check(new Tariff("T1", 1, Money.EUR, TariffType.REGULAR,
                List.of(TariffElement.always(KWH)), new PriceLimit(Money.eur("5"), null),
                new PriceLimit(Money.eur("4"), null), Instant.EPOCH, null)))
                .hasMessageContaining("min price is above max price");
    }

    static Tariff tariff(TariffElement... elements) {
        return new Tariff("T1", 1, Money.EUR, TariffType.REGULAR, List.of(elements), null, null, Instant.EPOCH, null);
    }
}
