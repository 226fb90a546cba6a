package de.ladewerk.billing.rating;

import de.ladewerk.billing.money.Money;
import de.ladewerk.billing.tariff.Tariff;
import java.util.Currency;
import java.util.List;

/**
 * The priced result of a session. Totals are sums of the cost lines, whose VAT was computed per rate on the
 * total, so they always add up to {@link #vatSubtotals()}.
 *
 * @param energyWh       measured (or signed) energy, before step sizes
 * @param chargingMillis time charging
 * @param parkingMillis  time connected but not charging
 */
public record Rating(Tariff tariff, List<ChargingPeriod> periods, List<CostLine> lines, long energyWh,
                     long chargingMillis, long parkingMillis) {

    public Rating {
        periods = List.copyOf(periods);
        lines = List.copyOf(lines);
    }

    public Currency currency() {
        return tariff.currency();
    }

    public Money totalNet() {
        return sum(lines, CostLine::net, currency());
    }

    public Money totalVat() {
        return sum(lines, CostLine::vat, currency());
    }

    public Money totalGross() {
        return sum(lines, CostLine::gross, currency());
    }

    /** Net, VAT and gross per VAT rate (BR-CO-17), in the order the rates first occur; they add up to the totals. */
    public List<de.ladewerk.billing.money.VatSubtotal> vatSubtotals() {
        return de.ladewerk.billing.money.VatBreakdown.of(lines.stream().map(CostLine::vatPart).toList(), currency());
    }

    /** Net and gross of all lines of one type (e.g. the OCPI total_energy_cost). */
    public DimensionCost cost(CostLineType type) {
        List<CostLine> ofType = lines.stream().filter(l -> l.type() == type).toList();
        return new DimensionCost(sum(ofType, CostLine::net, currency()), sum(ofType, CostLine::gross, currency()));
    }

    static Money sum(List<CostLine> lines, java.util.function.Function<CostLine, Money> amount, Currency c) {
        Money total = Money.zero(c);
        for (CostLine l : lines) {
            total = total.plus(amount.apply(l));
        }
        return total;
    }

    /** Net and gross of one dimension. */
    public record DimensionCost(Money exclVat, Money inclVat) {
    }
}
