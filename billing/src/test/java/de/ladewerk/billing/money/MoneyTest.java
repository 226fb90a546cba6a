package de.ladewerk.billing.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void rounds_half_up_to_the_cent_only_when_asked() {
        Money exact = Money.eur("0.4321").times(new BigDecimal("7.777"));
        assertThat(exact.amount()).isEqualByComparingTo("3.3604417");
        assertThat(exact.roundedToMinorUnit().toPlainString()).isEqualTo("3.36");
        assertThat(Money.eur("0.125").roundedToMinorUnit().toPlainString()).isEqualTo("0.13");
        assertThat(Money.eur("-0.125").roundedToMinorUnit().toPlainString()).isEqualTo("-0.13");
    }

    @Test
    void divides_with_a_single_rounding() {
        // 1.20 €/h for 2,401 s: 1.20 × 2401 / 3600 = 0.80033… → 0.80
        assertThat(Money.divideRounded(new BigDecimal("2881.20"), 3600, Money.EUR).toPlainString()).isEqualTo("0.80");
    }

    @Test
    void vat_is_computed_on_the_net_and_rounded_half_up() {
        assertThat(VatRate.GERMAN_STANDARD.vatOn(Money.eur("1.50")).toPlainString()).isEqualTo("0.29"); // 0.285
        assertThat(VatRate.of("7").vatOn(Money.eur("10.00")).toPlainString()).isEqualTo("0.70");
    }

    @Test
    void refuses_mixing_currencies() {
        assertThatThrownBy(() -> Money.eur("1").plus(Money.of("1", Currency.getInstance("CHF"))))
                .isInstanceOf(CurrencyMismatchException.class).hasMessageContaining("EUR and CHF");
        assertThatThrownBy(() -> VatRate.of("-1")).hasMessageContaining("between 0 and 100");
    }
}
