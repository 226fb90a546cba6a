package de.ladewerk.planning.measured;

/**
 * Public connectors of one station (or one EVSE) as installed today.
 *
 * @param stationId  the station's identity in Ladewerk
 * @param district   the district (Stadtteil) it stands in; must match a scenario district's name
 * @param connectors number of connectors that can charge at the same time
 * @param maxPowerKw maximum power of each connector, kW
 * @param current    AC or DC
 */
public record InstalledPort(String stationId, String district, int connectors, double maxPowerKw,
                            CurrentType current) {
}
