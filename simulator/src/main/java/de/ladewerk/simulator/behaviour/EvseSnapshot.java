package de.ladewerk.simulator.behaviour;

/**
 * One EVSE at a moment.
 *
 * @param transactionId    the station's transaction id (2.0.1 id; in 1.6 a local reference), {@code null} when idle
 * @param csmsTransactionId the CSMS's 1.6 transaction id once known
 * @param registerWh       the meter register
 * @param powerW           power drawn now
 * @param limitW           the charging limit in force ({@code Infinity} when none)
 * @param soc              the vehicle's state of charge, {@code null} when not charging
 */
public record EvseSnapshot(int evseId, EvseStatus status, boolean vehiclePlugged, String transactionId,
                           Integer csmsTransactionId, boolean authorized, long registerWh, double powerW,
                           double limitW, Double soc) {
}
