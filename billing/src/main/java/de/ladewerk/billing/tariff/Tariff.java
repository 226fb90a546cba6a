package de.ladewerk.billing.tariff;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a tariff (OCPI 2.2.1 Tariff). A tariff id keeps its versions; a session is priced with
 * the version valid at its start. For each dimension the first element whose restrictions match applies.
 *
 * @param id        stable tariff id (OCPI: max 36 characters)
 * @param version   1, 2, … assigned when the version is published
 * @param validFrom first instant this version applies
 * @param validTo   first instant it no longer applies, {@code null} for open-ended
 * @param minPrice  {@code null} when there is no minimum
 * @param maxPrice  {@code null} when there is no maximum
 */
public record Tariff(String id, int version, Currency currency, TariffType type, List<TariffElement> elements,
                     PriceLimit minPrice, PriceLimit maxPrice, Instant validFrom, Instant validTo,
                     boolean pricesIncludeVat) {

    public Tariff {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(validFrom, "validFrom");
        elements = List.copyOf(elements);
    }

    /** A net tariff (prices exclude VAT), as OCPI defines component prices. */
    public Tariff(String id, int version, Currency currency, TariffType type, List<TariffElement> elements,
                  PriceLimit minPrice, PriceLimit maxPrice, Instant validFrom, Instant validTo) {
        this(id, version, currency, type, elements, minPrice, maxPrice, validFrom, validTo, false);
    }

    /** The same tariff with gross ({@code true}) or net prices. */
    public Tariff withPricesIncludingVat(boolean gross) {
        return new Tariff(id, version, currency, type, elements, minPrice, maxPrice, validFrom, validTo, gross);
    }

    /** Whether this version applies at the given instant. */
    public boolean isValidAt(Instant t) {
        return !t.isBefore(validFrom) && (validTo == null || t.isBefore(validTo));
    }

    /** Whether any element prices elapsed time (TIME or PARKING_TIME). */
    public boolean hasTimeBasedComponents() {
        return elements.stream().flatMap(e -> e.priceComponents().stream()).anyMatch(c -> c.type().isTimeBased());
    }

    /** The component of the first element pricing {@code dimension} whose restrictions match. */
    public Optional<PriceComponent> applicable(TariffDimension dimension, ChargingState state) {
        int index = applicableElement(dimension, state);
        return index < 0 ? Optional.empty() : elements.get(index).component(dimension);
    }

    /** Index of the first element pricing {@code dimension} whose restrictions match, or -1. */
    public int applicableElement(TariffDimension dimension, ChargingState state) {
        for (int i = 0; i < elements.size(); i++) {
            TariffElement e = elements.get(i);
            if (e.component(dimension).isPresent() && e.restrictions().matches(state)) {
                return i;
            }
        }
        return -1;
    }

    public Tariff withVersion(int newVersion) {
        return new Tariff(id, newVersion, currency, type, elements, minPrice, maxPrice, validFrom, validTo,
                pricesIncludeVat);
    }
}
