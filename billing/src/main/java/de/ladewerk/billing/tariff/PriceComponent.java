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

    /**
     * The price excluding VAT: as stated in a net tariff; in a gross tariff the gross price × 100 / (100 + VAT),
     * to 6 decimals (for OCPI export and display only; billing of a gross tariff starts from the gross).
     */
    public BigDecimal priceExclVat(boolean statedGross) {
        if (!statedGross || vat == null) {
            return price;
        }
        return price.multiply(BigDecimal.valueOf(100))
                .divide(vat.percent().add(BigDecimal.valueOf(100)), 6, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** The price including VAT: as stated in a gross tariff; in a net tariff the exact net + VAT. */
    public BigDecimal priceInclVat(boolean statedGross) {
        return statedGross || vat == null ? price : vat.grossOf(price);
    }

    public PriceComponent withStepSize(int step) {
        return new PriceComponent(type, price, vat, step);
    }
}
