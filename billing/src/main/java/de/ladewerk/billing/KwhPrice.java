package de.ladewerk.billing;

import de.ladewerk.billing.money.VatRate;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * The price per kWh a station shows before charging (PAngV §14, AFIR Art. 5).
 *
 * @param vat   {@code null} when no VAT applies
 * @param gross price including VAT, exact (not rounded: display rounds as it needs)
 */
public record KwhPrice(String tariffId, int tariffVersion, Currency currency, BigDecimal net, VatRate vat,
                       BigDecimal gross) {
}
