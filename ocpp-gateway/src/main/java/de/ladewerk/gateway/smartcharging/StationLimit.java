package de.ladewerk.gateway.smartcharging;

/**
 * The most an EVSE may deliver now, from what the station reported: null where nothing is known.
 * {@code maxCurrent} is amperes per phase, {@code maxPower} watts.
 */
public record StationLimit(Double maxPower, Double maxCurrent) {

    public static final StationLimit UNKNOWN = new StationLimit(null, null);

    /** The tighter of both limits, field by field. */
    public StationLimit and(StationLimit other) {
        return new StationLimit(min(maxPower, other.maxPower), min(maxCurrent, other.maxCurrent));
    }

    private static Double min(Double a, Double b) {
        return a == null ? b : b == null ? a : Double.valueOf(Math.min(a, b));
    }
}
