package de.ladewerk.billing.rating;

import de.ladewerk.billing.money.Money;
import de.ladewerk.billing.money.VatRate;
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
 * step sizes are added to the last component used, and each line's net is rounded once, half-up.
 */
final class CostLines {

    private static final long MILLIS_PER_HOUR = 3_600_000L;
    private static final long WH_PER_KWH = 1_000L;

    private final Currency currency;
    private final List<CostLine> lines = new ArrayList<>();

    CostLines(Currency currency) {
        this.currency = currency;
    }

    List<CostLine> lines() {
        return lines;
    }

    void addFlat(PriceComponent flat) {
        lines.add(CostLine.of(CostLineType.FLAT, flat.price(), BigDecimal.ONE, flat.vat(),
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
        wh.forEach((c, q) -> lines.add(CostLine.of(CostLineType.ENERGY, c.price(), BigDecimal.valueOf(q, 3), c.vat(),
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
            lines.add(CostLine.of(type, c.price(), hours, c.vat(),
                    Money.divideRounded(c.price().multiply(BigDecimal.valueOf(q)), MILLIS_PER_HOUR, currency)));
        });
    }

    /** OCPI min_price / max_price, compared excl. VAT; the difference becomes an adjustment line. */
    void applyLimits(PriceLimit min, PriceLimit max) {
        Money net = Rating.sum(lines, CostLine::net, currency);
        Money gross = Rating.sum(lines, CostLine::gross, currency);
        if (min != null && net.compareTo(min.exclVat()) < 0) {
            lines.add(adjustment(CostLineType.MIN_PRICE_ADJUSTMENT, min, net, gross));
        } else if (max != null && net.compareTo(max.exclVat()) > 0) {
            lines.add(adjustment(CostLineType.MAX_PRICE_ADJUSTMENT, max, net, gross));
        }
    }

    private CostLine adjustment(CostLineType type, PriceLimit limit, Money net, Money gross) {
        Money netDiff = limit.exclVat().roundedToMinorUnit().minus(net);
        VatRate rate = lines.stream().filter(l -> l.type() == CostLineType.ENERGY).map(CostLine::vatRate)
                .findFirst().orElse(null);
        if (limit.inclVat() == null) {
            return CostLine.of(type, netDiff.amount(), BigDecimal.ONE, rate, netDiff);
        }
        Money grossDiff = limit.inclVat().roundedToMinorUnit().minus(gross);
        return new CostLine(type, netDiff.amount(), BigDecimal.ONE, rate, netDiff, grossDiff.minus(netDiff), grossDiff);
    }

    private static long roundUpToStep(long quantity, long step) {
        return -Math.floorDiv(-quantity, step) * step;
    }
}
