package de.ladewerk.billing.rating;

import de.ladewerk.billing.money.Money;
import de.ladewerk.billing.money.VatBreakdown;
import de.ladewerk.billing.money.VatRate;
import de.ladewerk.billing.money.VatSubtotal;
import de.ladewerk.billing.tariff.PriceComponent;
import de.ladewerk.billing.tariff.PriceLimit;
import de.ladewerk.billing.tariff.TariffDimension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns charging periods into cost lines: quantities are summed per price component (same price and VAT),
 * step sizes are added to the last component used, each line's billed amount (net, or gross for a gross
 * tariff) is rounded once, half-up; VAT is computed per rate on the total and shared out over the lines.
 */
final class CostLines {

    private static final long MILLIS_PER_HOUR = 3_600_000L;
    private static final long WH_PER_KWH = 1_000L;

    /** A line before VAT: {@code amount} is on the tariff's basis (net, or gross when prices include VAT). */
    private record Draft(CostLineType type, BigDecimal unitPrice, BigDecimal quantity, VatRate rate, Money amount) {
    }

    private final Currency currency;
    private final boolean pricesIncludeVat;
    private final List<Draft> lines = new ArrayList<>();

    CostLines(Currency currency, boolean pricesIncludeVat) {
        this.currency = currency;
        this.pricesIncludeVat = pricesIncludeVat;
    }

    /** The finished lines: VAT per rate on the rate's total, shared out so that the lines add up to it. */
    List<CostLine> lines() {
        Map<Object, List<Integer>> byRate = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            byRate.computeIfAbsent(VatBreakdown.key(lines.get(i).rate()), k -> new ArrayList<>()).add(i);
        }
        Money[] vats = new Money[lines.size()];
        byRate.values().forEach(indexes -> allocateVat(indexes, vats));
        List<CostLine> result = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Draft d = lines.get(i);
            Money net = pricesIncludeVat ? d.amount().minus(vats[i]) : d.amount();
            Money gross = pricesIncludeVat ? d.amount() : d.amount().plus(vats[i]);
            result.add(new CostLine(d.type(), d.unitPrice(), d.quantity(), d.rate(), net, vats[i], gross,
                    pricesIncludeVat));
        }
        return result;
    }

    /** Each line's own VAT, then the difference to the rate's VAT on the largest line (|amount|). */
    private void allocateVat(List<Integer> indexes, Money[] vats) {
        VatRate rate = lines.get(indexes.get(0)).rate();
        Money total = Money.zero(currency);
        Money allocated = Money.zero(currency);
        int largest = indexes.get(0);
        for (int i : indexes) {
            Money amount = lines.get(i).amount();
            total = total.plus(amount);
            vats[i] = vatOf(rate, amount);
            allocated = allocated.plus(vats[i]);
            if (amount.amount().abs().compareTo(lines.get(largest).amount().amount().abs()) > 0) {
                largest = i;
            }
        }
        vats[largest] = vats[largest].plus(vatOf(rate, total).minus(allocated));
    }

    private Money vatOf(VatRate rate, Money amount) {
        if (rate == null) {
            return Money.zero(currency);
        }
        return pricesIncludeVat ? VatSubtotal.fromGross(rate, amount).vat() : VatSubtotal.fromNet(rate, amount).vat();
    }

    void addFlat(PriceComponent flat) {
        lines.add(new Draft(CostLineType.FLAT, flat.price(), BigDecimal.ONE, flat.vat(),
                Money.divideRounded(flat.price(), 1, currency)));
    }

    void addEnergy(List<ChargingPeriod> periods) {
        Map<PriceComponent, Long> wh = new LinkedHashMap<>();
        PriceComponent last = null;
        long total = 0;
        for (ChargingPeriod p : periods) {
            if (p.energy() != null && p.energyWh() > 0) {
                wh.merge(p.energy(), p.energyWh(), Long::sum);
                last = p.energy();
                total += p.energyWh();
            }
        }
        if (last != null) {
            wh.merge(last, roundUpToStep(total, last.stepSize()) - total, Long::sum);
        }
        wh.forEach((c, q) -> lines.add(new Draft(CostLineType.ENERGY, c.price(), BigDecimal.valueOf(q, 3), c.vat(),
                Money.divideRounded(c.price().multiply(BigDecimal.valueOf(q)), WH_PER_KWH, currency))));
    }

    void addTime(List<ChargingPeriod> periods) {
        Map<PriceComponent, Long> ms = new LinkedHashMap<>();
        PriceComponent last = null;
        long total = 0;
        for (ChargingPeriod p : periods) {
            if (p.time() != null && p.chargingMillis() > 0) {
                ms.merge(p.time(), p.chargingMillis(), Long::sum);
                last = p.time();
                total += p.chargingMillis();
            }
            if (p.parking() != null && p.parkingMillis() > 0) {
                ms.merge(p.parking(), p.parkingMillis(), Long::sum);
                last = p.parking();
                total += p.parkingMillis();
            }
        }
        if (last != null) {
            ms.merge(last, roundUpToStep(total, last.stepSize() * 1000L) - total, Long::sum);
        }
        ms.forEach((c, q) -> {
            CostLineType type = c.type() == TariffDimension.TIME ? CostLineType.TIME : CostLineType.PARKING_TIME;
            BigDecimal hours = BigDecimal.valueOf(q).divide(BigDecimal.valueOf(MILLIS_PER_HOUR), 4, RoundingMode.HALF_UP);
            lines.add(new Draft(type, c.price(), hours, c.vat(),
                    Money.divideRounded(c.price().multiply(BigDecimal.valueOf(q)), MILLIS_PER_HOUR, currency)));
        });
    }

    /**
     * OCPI min_price / max_price, compared on the tariff's basis: the net total against the limit excl. VAT, or
     * for a gross tariff the gross total against the limit incl. VAT. The difference becomes an adjustment line
     * at the ENERGY line's VAT rate.
     */
    void applyLimits(PriceLimit min, PriceLimit max) {
        Money total = lines.stream().map(Draft::amount).reduce(Money.zero(currency), Money::plus);
        VatRate rate = lines.stream().filter(l -> l.type() == CostLineType.ENERGY).map(Draft::rate)
                .findFirst().orElse(null);
        if (min != null && total.compareTo(limit(min, rate)) < 0) {
            lines.add(adjustment(CostLineType.MIN_PRICE_ADJUSTMENT, limit(min, rate).minus(total), rate));
        } else if (max != null && total.compareTo(limit(max, rate)) > 0) {
            lines.add(adjustment(CostLineType.MAX_PRICE_ADJUSTMENT, limit(max, rate).minus(total), rate));
        }
    }

    /** The limit on the tariff's basis; a gross tariff without an incl.-VAT limit grosses up the net one. */
    private Money limit(PriceLimit limit, VatRate rate) {
        if (!pricesIncludeVat) {
            return limit.exclVat().roundedToMinorUnit();
        }
        return limit.inclVat() != null ? limit.inclVat().roundedToMinorUnit()
                : VatSubtotal.fromNet(rate, limit.exclVat().roundedToMinorUnit()).gross();
    }

    private Draft adjustment(CostLineType type, Money difference, VatRate rate) {
        return new Draft(type, difference.amount(), BigDecimal.ONE, rate, difference);
    }

    private static long roundUpToStep(long quantity, long step) {
        return -Math.floorDiv(-quantity, step) * step;
    }
}
