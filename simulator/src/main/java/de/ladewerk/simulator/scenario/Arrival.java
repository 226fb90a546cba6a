package de.ladewerk.simulator.scenario;

import de.ladewerk.simulator.charge.Vehicle;
import java.time.Duration;
import java.time.Instant;

/** One driver arriving at a station: when, in which vehicle, for how long, with which token. */
public record Arrival(Instant time, Vehicle vehicle, Duration dwell, String idToken) {
}
