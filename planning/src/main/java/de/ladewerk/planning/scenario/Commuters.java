package de.ladewerk.planning.scenario;

/**
 * Inbound commuters (Einpendler) who drive in and may charge in the city.
 *
 * <p>Their EV share has its own trajectory: they live elsewhere, so the city's target does not apply to
 * their cars. The energy they charge in the city is their daily distance times consumption times the work
 * charging access.
 *
 * @param inbound      inbound commuters per working day
 * @param carShare     share of them who come by car, 0..1
 * @param kmPerDay     round-trip kilometres per commuter and day
 * @param publicShare  share of their in-city energy charged at publicly registered points, 0..1
 *                     (Wolfsburg's register lists works car parks as public)
 * @param evShare      EV share of the commuters' cars over the years
 */
public record Commuters(Param inbound, Param carShare, Param kmPerDay, Param publicShare, ShareTrajectory evShare) {
}
