package de.ladewerk.planning.scenario;

import java.util.List;

/**
 * A complete planning scenario for one city and year: the input of the model.
 *
 * <p>Read one with {@link ScenarioFiles}; every instance that reaches the model has passed
 * {@link ScenarioValidator}.
 *
 * @param name                   short name, e.g. {@code wolfsburg-2025-target}
 * @param description            what the scenario stands for, in a sentence or two
 * @param year                   the year planned for; picks the EV share from the trajectory
 * @param installedPublicPoints  public points known to exist city-wide (register), or {@code null};
 *                               used for the city-level gap when no measured network is given
 * @param vehicles               fleet figures
 * @param commuters              inbound commuters
 * @param charging               access and charger classes
 * @param grid                   transformer check figures
 * @param load                   load simulation settings
 * @param districts              the districts; names unique
 * @param hubs                   candidate DC hub sites; empty or {@code null}: DC points are sized per district
 */
public record Scenario(
        String name,
        String description,
        int year,
        Param installedPublicPoints,
        Vehicles vehicles,
        Commuters commuters,
        Charging charging,
        Grid grid,
        LoadSettings load,
        List<DistrictSpec> districts,
        List<Hub> hubs) {

    /** The hubs, never {@code null}. */
    public List<Hub> hubList() {
        return hubs == null ? List.of() : hubs;
    }
}
