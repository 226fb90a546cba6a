package de.ladewerk.billing.tariff;

import java.util.List;
import java.util.Optional;

/**
 * A group of price components that apply together while its restrictions hold (OCPI TariffElement).
 *
 * @param restrictions {@link TariffRestrictions#NONE} for an element that always applies
 */
public record TariffElement(List<PriceComponent> priceComponents, TariffRestrictions restrictions) {

    public TariffElement {
        priceComponents = List.copyOf(priceComponents);
        if (priceComponents.isEmpty()) {
            throw new InvalidTariffException("a tariff element needs at least one price component");
        }
        restrictions = restrictions == null ? TariffRestrictions.NONE : restrictions;
    }

    public static TariffElement always(PriceComponent... components) {
        return new TariffElement(List.of(components), TariffRestrictions.NONE);
    }

    public static TariffElement when(TariffRestrictions restrictions, PriceComponent... components) {
        return new TariffElement(List.of(components), restrictions);
    }

    /** The component of the given dimension, if this element prices it. */
    public Optional<PriceComponent> component(TariffDimension dimension) {
        for (PriceComponent c : priceComponents) {
            if (c.type() == dimension) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
