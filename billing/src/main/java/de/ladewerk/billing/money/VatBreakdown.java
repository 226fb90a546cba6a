package de.ladewerk.billing.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Totals per VAT rate of a set of priced lines, VAT computed once per rate on its total (EN 16931 BR-CO-17).
 * A rate whose lines all come from gross prices is totalled on the gross (the customer pays exactly the sum of
 * the displayed prices); otherwise on the net.
 */
public final class VatBreakdown {

    /**
     * One priced line as far as VAT is concerned.
     *
     * @param grossPriced whether the line's price included VAT (its gross is the billed amount)
     */
    public record Part(VatRate rate, Money net, Money gross, boolean grossPriced) {
    }

    private VatBreakdown() {
    }

    /** Subtotals per rate in the order the rates first occur; no-VAT lines form their own subtotal. */
    public static List<VatSubtotal> of(List<Part> parts, Currency currency) {
        Map<Optional<BigDecimal>, List<Part>> byRate = new LinkedHashMap<>();
        for (Part p : parts) {
            byRate.computeIfAbsent(key(p.rate()), k -> new ArrayList<>()).add(p);
        }
        List<VatSubtotal> subtotals = new ArrayList<>();
        byRate.values().forEach(group -> {
            VatRate rate = group.get(0).rate();
            Money net = Money.zero(currency);
            Money gross = Money.zero(currency);
            for (Part p : group) {
                net = net.plus(p.net());
                gross = gross.plus(p.gross());
            }
            boolean allGross = group.stream().allMatch(Part::grossPriced);
            subtotals.add(allGross ? VatSubtotal.fromGross(rate, gross) : VatSubtotal.fromNet(rate, net));
        });
        return subtotals;
    }

    /** Grouping key: rates compare by value (19 and 19.0 are one rate), absent VAT is its own group. */
    public static Optional<BigDecimal> key(VatRate rate) {
        return rate == null ? Optional.empty() : Optional.of(rate.percent().stripTrailingZeros());
    }
}
