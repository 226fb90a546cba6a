package de.ladewerk.simulator.behaviour;

/**
 * A BootNotification answer, version-independent.
 *
 * @param intervalSeconds the heartbeat interval when accepted, else the delay before the next attempt; 0 leaves it to the station
 */
public record BootAnswer(Registration status, int intervalSeconds) {
}
