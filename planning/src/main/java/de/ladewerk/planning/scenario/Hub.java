package de.ladewerk.planning.scenario;

/**
 * A candidate site for public DC charging (Schnellladehub). When a scenario names hubs, DC demand is
 * not spread over districts: each district's DC energy goes to its nearest hub.
 *
 * @param name             the site's name, unique among hubs
 * @param site             where it is
 * @param gridConnectionKw the site's grid connection, kW; managed charging keeps the hub within it
 */
public record Hub(String name, Coordinates site, Param gridConnectionKw) {
}
