package de.ladewerk.billing.rating;

import de.ladewerk.billing.money.Money;
import de.ladewerk.billing.money.VatRate;
import java.math.BigDecimal;

/**
 * One priced component of a session: all quantity of one dimension at one price and VAT rate.
 * {@code net} is rounded half-up to the cent once, from the exact product; {@code vat} is computed on
 * that net and rounded half-up; {@code gross = net + vat}.
 *
 * @param unitPrice price per unit excluding VAT
 * @param quantity  in the type's unit (kWh, h, session); hours shown to 4 decimals, the net is computed
 *                  from the exact milliseconds
 * @param vatRate   {@code null} when the component has no VAT applicable (then {@code vat} is zero)
 */
public record CostLine(CostLineType type, BigDecimal unitPrice, BigDecimal quantity, VatRate vatRate,
                       Money net, Money vat, Money gross) {

    static CostLine of(CostLineType type, BigDecimal unitPrice, BigDecimal quantity, VatRate rate, Money net) {
        Money vat = rate == null ? Money.zero(net.currency()) : rate.vatOn(net);
        return new CostLine(type, unitPrice, quantity, rate, net, vat, net.plus(vat));
    }

    /** The same line with opposite sign, for credit CDRs. */
    public CostLine negated() {
        return new CostLine(type, unitPrice, quantity.negate(), vatRate, net.negate(), vat.negate(), gross.negate());
    }
}
