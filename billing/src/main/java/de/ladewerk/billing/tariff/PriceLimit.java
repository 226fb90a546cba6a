package de.ladewerk.billing.tariff;

import de.ladewerk.billing.money.Money;
import java.util.Objects;

/**
 * A minimum or maximum session price (OCPI min_price / max_price).
 *
 * @param exclVat amount excluding VAT
 * @param inclVat amount including VAT; {@code null} when the tariff names only the net amount
 */
public record PriceLimit(Money exclVat, Money inclVat) {
    public PriceLimit {
        Objects.requireNonNull(exclVat, "exclVat");
        if (inclVat != null && inclVat.compareTo(exclVat) < 0) {
            throw new InvalidTariffException("price limit incl. VAT " + inclVat + " is below excl. VAT " + exclVat);
        }
    }
}
