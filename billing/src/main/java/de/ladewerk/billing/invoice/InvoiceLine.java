package de.ladewerk.billing.invoice;

import de.ladewerk.billing.money.Money;
import de.ladewerk.billing.money.VatRate;
import de.ladewerk.billing.rating.CostLineType;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of an invoice: one component of one session (from its CDR's cost line).
 *
 * @param vatRate {@code null} when no VAT applies to the component
 * @param credit  whether the line comes from a credit CDR (negative amounts)
 * @param pricesIncludeVat whether the tariff's price was gross (then the gross is what was billed)
 */
public record InvoiceLine(String cdrId, String sessionId, String stationId, Instant sessionStart, Instant sessionEnd,
                          CostLineType type, BigDecimal unitPrice, BigDecimal quantity, VatRate vatRate,
                          Money net, Money vat, Money gross, boolean credit,
                          boolean pricesIncludeVat) {
}
