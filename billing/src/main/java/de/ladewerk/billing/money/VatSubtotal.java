package de.ladewerk.billing.money;

import java.util.Objects;

/**
 * Net, VAT and gross of everything at one VAT rate (EN 16931 BG-23, "VAT breakdown"). VAT is computed once on
 * the rate's total (BR-CO-17), never summed from rounded per-line amounts.
 *
 * @param rate {@code null} when no VAT applies (then VAT is zero)
 */
public record VatSubtotal(VatRate rate, Money net, Money vat, Money gross) {

    public VatSubtotal {
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(vat, "vat");
        Objects.requireNonNull(gross, "gross");
    }

    /** Prices excluding VAT (B2B): VAT = net total × rate, rounded once, half-up; gross = net + VAT. */
    public static VatSubtotal fromNet(VatRate rate, Money net) {
        Money vat = rate == null ? Money.zero(net.currency()) : rate.vatOn(net);
        return new VatSubtotal(rate, net, vat, net.plus(vat));
    }

    /**
     * Prices including VAT (B2C, PAngV): the gross total stands as billed; VAT = gross × rate / (100 + rate),
     * rounded once, half-up; net = gross − VAT.
     */
    public static VatSubtotal fromGross(VatRate rate, Money gross) {
        Money vat = rate == null ? Money.zero(gross.currency()) : rate.vatContainedIn(gross);
        return new VatSubtotal(rate, gross.minus(vat), vat, gross);
    }
}
