package de.ladewerk.billing.money;

import java.util.Currency;

/** Thrown when amounts of different currencies are combined. */
public final class CurrencyMismatchException extends IllegalArgumentException {
    public CurrencyMismatchException(Currency left, Currency right) {
        super("cannot combine amounts in " + left.getCurrencyCode() + " and " + right.getCurrencyCode());
    }
}
