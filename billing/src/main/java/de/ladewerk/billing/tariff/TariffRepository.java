package de.ladewerk.billing.tariff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stored tariff versions and their assignments. */
public interface TariffRepository {

    /** Stores the tariff as the next version of its id and returns it with that version number. */
    Tariff publish(Tariff tariff);

    /** Every published tariff id, in alphabetical order. */
    List<String> tariffIds();

    /** All versions of a tariff id, oldest first. */
    List<Tariff> versions(String tariffId);

    /** The newest version of {@code tariffId} valid at {@code at}. */
    Optional<Tariff> versionValidAt(String tariffId, Instant at);

    void assign(TariffAssignment assignment);

    /** Assignments naming the station or its site (any customer group, any validity). */
    List<TariffAssignment> assignmentsFor(String stationId, String siteId);

    List<TariffAssignment> allAssignments();
}
