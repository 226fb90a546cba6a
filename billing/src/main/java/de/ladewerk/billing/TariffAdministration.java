package de.ladewerk.billing;

import de.ladewerk.billing.tariff.ChargingState;
import de.ladewerk.billing.tariff.InvalidTariffException;
import de.ladewerk.billing.tariff.PriceComponent;
import de.ladewerk.billing.tariff.Tariff;
import de.ladewerk.billing.tariff.TariffAssignment;
import de.ladewerk.billing.tariff.TariffDimension;
import de.ladewerk.billing.tariff.TariffRepository;
import de.ladewerk.billing.tariff.TariffRules;
import de.ladewerk.billing.tariff.TariffSelector;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Tariff management for operators: publish versions, assign them, show the ad-hoc kWh price. */
public final class TariffAdministration {

    private final TariffRepository repo;
    private final ZoneId zone;

    TariffAdministration(TariffRepository repo, ZoneId zone) {
        this.repo = repo;
        this.zone = zone;
    }

    /**
     * Checks the tariff (OCPI structure, a kWh price, German rules) and stores it as the next version of its id.
     *
     * @throws InvalidTariffException naming the broken rule, also when the id is assigned to stations whose
     *                                clock is not legally valid and the tariff prices time
     */
    public Tariff publish(Tariff tariff) {
        TariffRules.check(tariff);
        repo.allAssignments().stream().filter(a -> a.tariffId().equals(tariff.id()))
                .forEach(a -> TariffRules.checkAssignable(tariff, a));
        return repo.publish(tariff);
    }

    /** Assigns a published tariff id to a station or site; every version of it must suit the clock. */
    public void assign(TariffAssignment assignment) {
        List<Tariff> versions = repo.versions(assignment.tariffId());
        if (versions.isEmpty()) {
            throw new InvalidTariffException("tariff " + assignment.tariffId() + " is not published");
        }
        versions.forEach(t -> TariffRules.checkAssignable(t, assignment));
        repo.assign(assignment);
    }

    /** Every published tariff id, for listing; versions of each through {@link #versions}. */
    public List<String> tariffIds() {
        return repo.tariffIds();
    }

    public List<Tariff> versions(String tariffId) {
        return repo.versions(tariffId);
    }

    public Optional<Tariff> version(String tariffId, int version) {
        return repo.versions(tariffId).stream().filter(t -> t.version() == version).findFirst();
    }

    public List<TariffAssignment> assignments() {
        return repo.allAssignments();
    }

    /**
     * The price per kWh an ad-hoc customer pays at a station at {@code at}: the default (no customer
     * group) tariff's ENERGY component that applies at that local time to a session just starting.
     */
    public Optional<KwhPrice> adHocPricePerKwh(String stationId, String siteId, Instant at) {
        return TariffSelector.select(repo.assignmentsFor(stationId, siteId), stationId, siteId, null, at)
                .flatMap(a -> repo.versionValidAt(a.tariffId(), at))
                .flatMap(t -> t.applicable(TariffDimension.ENERGY, ChargingState.atStart(LocalDateTime.ofInstant(at, zone)))
                        .map(c -> price(t, c)));
    }

    private static KwhPrice price(Tariff t, PriceComponent c) {
        return new KwhPrice(t.id(), t.version(), t.currency(), c.priceExclVat(t.pricesIncludeVat()), c.vat(),
                c.priceInclVat(t.pricesIncludeVat()));
    }
}
