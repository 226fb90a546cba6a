package de.ladewerk.simulator.load;

import de.ladewerk.ocpp.OcppVersion;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * One benchmark: {@code stations} stations connect spread over {@code rampUp}, each sends a
 * BootNotification and then Heartbeats back to back, {@code callsPerStation} calls in all, one in
 * flight at a time.
 *
 * @param callsPerSecond   the most calls per second started over all stations; 0 for no limit
 * @param maxDuration      the run stops sending after this long, finished or not
 * @param sourceAddresses  local addresses stations connect from, round-robin; empty lets the OS pick
 * @param profile          what follows the BootNotification: Heartbeats, or MeterValues (the ingest benchmark)
 */
public record LoadOptions(URI endpoint, OcppVersion version, int stations, String identityPrefix, String password,
                          int callsPerStation, double callsPerSecond, Duration rampUp, Duration maxDuration,
                          Duration callTimeout, List<String> sourceAddresses, Profile profile) {

    /** The calls after the boot. */
    public enum Profile {
        HEARTBEAT,
        /** MeterValues with {@value LoadPayloads#SAMPLED_VALUES_PER_CALL} sampled values each. */
        METER_VALUES
    }

    public LoadOptions {
        if (stations < 1 || callsPerStation < 1) {
            throw new IllegalArgumentException("stations and calls per station must be at least 1");
        }
        sourceAddresses = List.copyOf(sourceAddresses);
        profile = profile == null ? Profile.HEARTBEAT : profile;
    }

    /** The identity of station {@code index}: prefix plus a zero-padded number, so identities sort. */
    public String identity(int index) {
        return identityPrefix + String.format("%06d", index + 1);
    }
}
