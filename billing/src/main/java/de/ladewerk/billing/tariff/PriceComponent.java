package de.ladewerk.billing.tariff;

import de.ladewerk.billing.money.VatRate;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One price of a tariff element (OCPI PriceComponent).
 *
 * @param type      what is priced
 * @param price     price excluding VAT, or including it when the tariff {@link Tariff#pricesIncludeVat()}: per kWh (ENERGY), per hour (TIME, PARKING_TIME) or per session (FLAT)
 * @param vat       VAT rate; {@code null} means "no VAT applicable", which is not the same as 0 %
 * @param stepSize  billing block: Wh for ENERGY, seconds for TIME/PARKING_TIME; ignored for FLAT
 */
public record PriceComponent(TariffDimension type, BigDecimal price, VatRate vat, int stepSize) {

    public PriceComponent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(price, "price");
        if (price.signum() < 0) {
            throw new InvalidTariffException("price of a " + type + " component must not be negative: " + price);
        }
        if (stepSize < 1) {
            throw new InvalidTariffException("step size of a " + type + " component must be at least 1: " + stepSize);
        }
    }

    /** Component with step size 1 (per Wh or per second). */
    public static PriceComponent of(TariffDimension type, String price, VatRate vat) {
        return new PriceComponent(type, new BigDecimal(price), vat, 1);
    }

    public PriceComponent withStepSize(int step) {
        return new PriceComponent(type, price, vat, step);
    }
}
