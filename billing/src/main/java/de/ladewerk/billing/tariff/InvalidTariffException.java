package de.ladewerk.billing.tariff;

/** A tariff or tariff assignment breaks OCPI structure or German pricing rules. */
public class InvalidTariffException extends IllegalArgumentException {
    public InvalidTariffException(String message) {
        super(message);
    }
}
