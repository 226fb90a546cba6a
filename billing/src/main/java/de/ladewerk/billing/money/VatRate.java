package de.ladewerk.billing.money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A VAT percentage such as 19. OCPI distinguishes an absent VAT ("no VAT applicable") from 0 %; callers
 * model the absent case as {@code null} / {@link java.util.Optional#empty()}, never as zero.
 */
public record VatRate(BigDecimal percent) {

    public static final VatRate GERMAN_STANDARD = new VatRate(new BigDecimal("19"));

    public VatRate {
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("VAT percentage must be between 0 and 100, was " + percent);
        }
    }

    public static VatRate of(String percent) {
        return new VatRate(new BigDecimal(percent));
    }

    /** VAT on a net amount (a rate's total, BR-CO-17), rounded half-up to the minor unit. */
    public Money vatOn(Money net) {
        return Money.divideRounded(net.amount().multiply(percent), 100, net.currency());
    }

    /** VAT contained in a gross amount: gross × rate / (100 + rate), rounded half-up to the minor unit. */
    public Money vatContainedIn(Money gross) {
        return new Money(gross.amount().multiply(percent).divide(percent.add(BigDecimal.valueOf(100)),
                gross.currency().getDefaultFractionDigits(), java.math.RoundingMode.HALF_UP), gross.currency());
    }

    /** Gross price for a net unit price, exact (used for price display). */
    public BigDecimal grossOf(BigDecimal net) {
        return net.add(net.multiply(percent).divide(BigDecimal.valueOf(100))).stripTrailingZeros();
    }

    @Override
    public String toString() {
        return percent.stripTrailingZeros().toPlainString() + " %";
    }
}
