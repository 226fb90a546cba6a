package de.ladewerk.planning.scenario;

import java.util.List;

/**
 * One district (Stadtteil) of the scenario.
 *
 * @param name          the district's name; the key that joins scenario, measurement and reports
 * @param population    residents
 * @param homeAccess    district override of the city-wide home charging access, or {@code null}
 * @param commuterShare share of the city's inbound commuters who work here, 0..1
 * @param transformers  local transformers; may be empty when unknown
 * @param centre        the district's centre on the map; needed when the scenario names DC hubs
 */
public record DistrictSpec(
        String name,
        Param population,
        Param homeAccess,
        Param commuterShare,
        List<TransformerGroup> transformers,
        Coordinates centre) {
}
