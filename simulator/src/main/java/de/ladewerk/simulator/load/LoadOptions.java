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
 * @param hold             how long every connection stays open after the last station is done, e.g. to
 *                         measure the server's memory with the whole fleet connected and idle
 */
public record LoadOptions(URI endpoint, OcppVersion version, int stations, String identityPrefix, String password,
                          int callsPerStation, double callsPerSecond, Duration rampUp, Duration maxDuration,
                          Duration callTimeout, List<String> sourceAddresses, Profile profile, Duration hold) {

    /** The calls after the boot. */
    public enum Profile {
        HEARTBEAT(0),
        /** MeterValues with 5 sampled values each: energy register, power, three phase currents. */
        METER_VALUES(5),
        /**
         * MeterValues with 13 sampled values each, what a three-phase AC station reports with every per-phase
         * measurand configured: energy register, power in total and per phase, current and voltage per phase,
         * offered power and current.
         */
        METER_VALUES_FULL(13);

        private final int sampledValues;

        Profile(int sampledValues) {
            this.sampledValues = sampledValues;
        }

        /** Sampled values in each call after the boot; 0 for heartbeats. */
        public int sampledValues() {
            return sampledValues;
        }

        public boolean meterValues() {
            return sampledValues > 0;
        }
    }

    public LoadOptions {
        if (stations < 1 || callsPerStation < 1) {
            throw new IllegalArgumentException("stations and calls per station must be at least 1");
        }
        sourceAddresses = List.copyOf(sourceAddresses);
        profile = profile == null ? Profile.HEARTBEAT : profile;
        hold = hold == null ? Duration.ZERO : hold;
    }

    /** Without holding the connections after the run. */
    public LoadOptions(URI endpoint, OcppVersion version, int stations, String identityPrefix, String password,
                       int callsPerStation, double callsPerSecond, Duration rampUp, Duration maxDuration,
                       Duration callTimeout, List<String> sourceAddresses, Profile profile) {
        this(endpoint, version, stations, identityPrefix, password, callsPerStation, callsPerSecond, rampUp, maxDuration,
                callTimeout, sourceAddresses, profile, Duration.ZERO);
    }

    /** The identity of station {@code index}: prefix plus a zero-padded number, so identities sort. */
    public String identity(int index) {
        return identityPrefix + String.format("%06d", index + 1);
    }
}
