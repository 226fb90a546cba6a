package de.ladewerk.billing.rating;

import static de.ladewerk.billing.testdata.TestSessions.session;
import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.billing.money.VatRate;
import de.ladewerk.billing.tariff.PriceComponent;
import de.ladewerk.billing.tariff.Tariff;
import de.ladewerk.billing.tariff.TariffDimension;
import de.ladewerk.billing.tariff.TariffElement;
import de.ladewerk.billing.testdata.TestSessions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PAngV: a consumer pays exactly what the displayed gross kWh price promises. For a gross tariff the bill must
 * be kWh × gross price, rounded once, half-up, to the cent, for every energy amount from 1 Wh to 150 kWh; and the
 * VAT in it is 19/119 of that gross, rounded once, with net + VAT = gross.
 */
class GrossTariffExactnessTest {

    private static final RatingEngine ENGINE = new RatingEngine(TestSessions.BERLIN);
    private static final BigDecimal NINETEEN = new BigDecimal("19");
    private static final BigDecimal HUNDRED_NINETEEN = new BigDecimal("119");

    /** Every Wh from 1 to 2,000, then every 7 Wh to 150 kWh, plus 20.012 kWh (the review's example) and 150 kWh. */
    static long[] energies() {
        return LongStream.concat(LongStream.concat(LongStream.rangeClosed(1, 2_000),
                        LongStream.iterate(2_001, wh -> wh <= 150_000, wh -> wh + 7)), LongStream.of(20_012, 150_000))
                .toArray();
    }

    @ParameterizedTest(name = "gross price {0} €/kWh")
    @ValueSource(strings = {"0.4998", "0.59", "0.79", "0.39", "0.6543"})
    void a_gross_tariff_bills_exactly_kwh_times_the_displayed_price(String grossPrice) {
        BigDecimal price = new BigDecimal(grossPrice);
        Tariff tariff = new Tariff("GROSS", 1, de.ladewerk.billing.money.Money.EUR,
                de.ladewerk.billing.tariff.TariffType.REGULAR,
                List.of(TariffElement.always(PriceComponent.of(TariffDimension.ENERGY, grossPrice, VatRate.GERMAN_STANDARD))),
                null, null, java.time.Instant.EPOCH, null, true);
        List<String> wrong = new ArrayList<>();
        for (long wh : energies()) {
            Rating r = ENGINE.rate(tariff, session("s", "2025-03-12T10:00", 0L, "2025-03-12T13:00", wh), null);
            BigDecimal displayed = price.multiply(BigDecimal.valueOf(wh, 3)).setScale(2, RoundingMode.HALF_UP);
            BigDecimal vat = displayed.multiply(NINETEEN).divide(HUNDRED_NINETEEN, 2, RoundingMode.HALF_UP);
            if (r.totalGross().amount().compareTo(displayed) != 0 || r.totalVat().amount().compareTo(vat) != 0
                    || r.totalNet().plus(r.totalVat()).amount().compareTo(displayed) != 0) {
                wrong.add(wh + " Wh: billed " + r.totalNet() + " + " + r.totalVat() + " = " + r.totalGross()
                        + ", displayed " + displayed);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(energies()).hasSizeGreaterThan(23_000).contains(1L, 2_000L, 20_012L, 150_000L);
    }
}
