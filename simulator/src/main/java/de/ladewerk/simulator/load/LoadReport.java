package de.ladewerk.simulator.load;

import java.util.Map;

/** The figures of one load run; written as JSON as it stands, and as a readable summary. */
public record LoadReport(Setup setup, String startedAt, double wallSeconds, Connections connections, Calls calls,
                         Map<String, Long> errors, Generator generator) {

    /** What was asked for. */
    public record Setup(String endpoint, String version, int stations, int callsPerStation, double callsPerSecondLimit,
                        double rampUpSeconds, int sourceAddresses, int eventLoops, String profile) {
    }

    /** Answer (or connect) latency in milliseconds. */
    public record Latency(double p50, double p95, double p99, double max, double mean) {
    }

    public record Connections(long connected, long failed, double perSecond, Latency connectMillis) {
    }

    public record ActionFigures(long answered, long failed, double perSecond, Latency latencyMillis) {
    }

    /** @param sampledValuesPerSecond sampled values the server accepted per second (MeterValues profile; else 0) */
    public record Calls(long total, long failed, double perSecond, Map<String, ActionFigures> byAction,
                        double sampledValuesPerSecond) {
    }

    /**
     * The generator itself: when {@code saturated}, a second of the run used more than 90% of all
     * cores, and the figures may measure the generator rather than the server.
     */
    public record Generator(double cpuSeconds, double averageCoresUsed, double peakCoresUsed, int availableCores,
                            long heapUsedMb, long heapMaxMb, long rssMb, long peakRssMb, int threads,
                            boolean saturated) {
    }

    /** Whether anything failed: connects, calls or connections dropped. */
    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
