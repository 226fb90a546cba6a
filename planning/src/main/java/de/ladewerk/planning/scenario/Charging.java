package de.ladewerk.planning.scenario;

/**
 * Where EVs can charge and with what.
 *
 * @param homeAccess    share of resident EVs with a private charge point at home, 0..1
 * @param workAccess    share of EVs with a charge point at work, 0..1
 * @param publicShare   share of residents' charged energy taken at public points, 0..1
 * @param publicAcShare share of public energy charged on AC (rest on DC), 0..1
 * @param home          private home charge points (Wallbox)
 * @param work          charge points at workplaces
 * @param publicAc      public AC points (Normalladepunkte)
 * @param publicDc      public DC points (Schnellladepunkte)
 * @param serviceLevel  largest accepted chance that a car arriving at a work or public pool at the peak
 *                      quarter hour finds no free point, 0..1 (exclusive); sizes those pools
 */
public record Charging(
        Param homeAccess,
        Param workAccess,
        Param publicShare,
        Param publicAcShare,
        ChargerClass home,
        ChargerClass work,
        ChargerClass publicAc,
        ChargerClass publicDc,
        Param serviceLevel) {
}
