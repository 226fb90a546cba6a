package de.ladewerk.billing.tariff;

import java.time.LocalTime;
import java.util.List;

/**
 * Structural checks and the German pricing rules a tariff must pass before it is published.
 * Every kWh must have a price (PAngV, Eichrecht: charging is sold per kWh), so a tariff needs an
 * unrestricted element with an ENERGY component that catches whatever the restricted ones leave out.
 */
public final class TariffRules {

    private TariffRules() {
    }

    /** Throws {@link InvalidTariffException} naming the first broken rule. */
    public static void check(Tariff t) {
        if (t.id().isBlank() || t.id().length() > 36) {
            throw new InvalidTariffException("tariff id must have 1 to 36 characters: '" + t.id() + "'");
        }
        if (t.validTo() != null && !t.validTo().isAfter(t.validFrom())) {
            throw new InvalidTariffException("tariff " + t.id() + ": validTo must be after validFrom");
        }
        boolean hasEnergy = t.elements().stream().anyMatch(e -> e.component(TariffDimension.ENERGY).isPresent());
        if (!hasEnergy) {
            throw new InvalidTariffException("tariff " + t.id() + " has no ENERGY (per kWh) price component;"
                    + " German law requires a price per kWh");
        }
        boolean hasDefaultEnergy = t.elements().stream().anyMatch(
                e -> e.restrictions().isUnrestricted() && e.component(TariffDimension.ENERGY).isPresent());
        if (!hasDefaultEnergy) {
            throw new InvalidTariffException("tariff " + t.id() + " needs an unrestricted element with an ENERGY"
                    + " component as default, so that every kWh has a price");
        }
        t.elements().forEach(e -> checkElement(t, e));
        checkGermanPricing(t);
        checkLimits(t);
    }

    private static void checkElement(Tariff t, TariffElement e) {
        List<TariffDimension> types = e.priceComponents().stream().map(PriceComponent::type).toList();
        if (types.stream().distinct().count() != types.size()) {
            throw new InvalidTariffException("tariff " + t.id() + ": an element prices a dimension twice: " + types);
        }
        TariffRestrictions r = e.restrictions();
        LocalTime start = r.startTime();
        if (start != null && start.equals(r.endTime())) {
            throw new InvalidTariffException("tariff " + t.id() + ": time window " + start + "–" + start + " is empty");
        }
        if (r.startDate() != null && r.endDate() != null && !r.endDate().isAfter(r.startDate())) {
            throw new InvalidTariffException("tariff " + t.id() + ": end date must be after start date");
        }
    }

    /**
     * Calibration law sells charging per measured kWh: energy in steps of at most 1 Wh, and a flat session fee only
     * beside a positive price per kWh (a flat fee with energy at 0.00 would price the session, not the energy).
     * Time and blocking fees may stand beside the kWh price.
     */
    private static void checkGermanPricing(Tariff t) {
        boolean flat = false;
        for (TariffElement e : t.elements()) {
            for (PriceComponent c : e.priceComponents()) {
                if (c.type() == TariffDimension.ENERGY && c.stepSize() > 1) {
                    throw new InvalidTariffException("tariff " + t.id() + " breaks the rule 'energy per measured kWh':"
                            + " the ENERGY step size must be at most 1 Wh, is " + c.stepSize() + " Wh");
                }
                flat |= c.type() == TariffDimension.FLAT;
            }
        }
        if (flat) {
            t.elements().stream().flatMap(e -> e.priceComponents().stream())
                    .filter(c -> c.type() == TariffDimension.ENERGY && c.price().signum() <= 0).findFirst()
                    .ifPresent(c -> {
                        throw new InvalidTariffException("tariff " + t.id() + " breaks the rule 'flat fee only beside a"
                                + " positive kWh price': it has a FLAT fee and an ENERGY price of " + c.price().toPlainString());
                    });
        }
    }

    private static void checkLimits(Tariff t) {
        for (PriceLimit limit : new PriceLimit[] {t.minPrice(), t.maxPrice()}) {
            if (limit != null && !limit.exclVat().currency().equals(t.currency())) {
                throw new InvalidTariffException("tariff " + t.id() + ": price limit in " + limit.exclVat().currency()
                        + " but tariff in " + t.currency());
            }
        }
        if (t.minPrice() != null && t.maxPrice() != null
                && t.minPrice().exclVat().compareTo(t.maxPrice().exclVat()) > 0) {
            throw new InvalidTariffException("tariff " + t.id() + ": min price is above max price");
        }
    }

    /** Time-based prices need timestamps that calibration law accepts. */
    public static void checkAssignable(Tariff t, TariffAssignment a) {
        if (t.hasTimeBasedComponents() && !a.clockLegallyValid()) {
            throw new InvalidTariffException("tariff " + t.id() + " has TIME/PARKING_TIME components, but the clock of "
                    + a.scopeDescription() + " is not legally valid (Eichrecht); only kWh and flat prices may apply");
        }
    }
}
