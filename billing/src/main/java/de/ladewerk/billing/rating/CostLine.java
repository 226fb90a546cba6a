package de.ladewerk.billing.rating;

import de.ladewerk.billing.money.Money;
import de.ladewerk.billing.money.VatBreakdown;
import de.ladewerk.billing.money.VatRate;
import java.math.BigDecimal;

/**
 * One priced component of a session: all quantity of one dimension at one price and VAT rate. The billed
 * amount ({@code net} for a net tariff, {@code gross} for a gross one) is price × quantity rounded once,
 * half-up, to the cent. VAT is computed per rate on the session's total (BR-CO-17) and then shared out over
 * that rate's lines, so the lines add up exactly to the per-rate totals; a line's own VAT is therefore an
 * allocation and may differ by a cent from its rate × its amount.
 *
 * @param unitPrice        price per unit as the tariff states it (incl. VAT when {@code pricesIncludeVat})
 * @param quantity         in the type's unit (kWh, h, session); hours shown to 4 decimals, the amount is
 *                         computed from the exact milliseconds
 * @param vatRate          {@code null} when the component has no VAT applicable (then {@code vat} is zero)
 * @param pricesIncludeVat whether the unit price is gross (B2C tariff)
 */
public record CostLine(CostLineType type, BigDecimal unitPrice, BigDecimal quantity, VatRate vatRate,
                       Money net, Money vat, Money gross, boolean pricesIncludeVat) {

    /** The same line with opposite sign, for credit CDRs. */
    public CostLine negated() {
        return new CostLine(type, unitPrice, quantity.negate(), vatRate, net.negate(), vat.negate(), gross.negate(),
                pricesIncludeVat);
    }

    /** The line as a part of a VAT breakdown. */
    public VatBreakdown.Part vatPart() {
        return new VatBreakdown.Part(vatRate, net, gross, pricesIncludeVat);
    }
}
