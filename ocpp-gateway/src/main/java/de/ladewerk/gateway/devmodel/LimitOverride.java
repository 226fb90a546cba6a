package de.ladewerk.gateway.devmodel;

/**
 * An operator's ItemsPerMessage/BytesPerMessage for one kind of split request of one station, used before what
 * the station reported (TC_B_08). A {@code null} limit falls back to the reported one.
 *
 * @param action the OCPP action ({@link SplitKind#action()})
 */
public record LimitOverride(String stationId, String action, Integer itemsPerMessage, Integer bytesPerMessage) {

    public LimitOverride {
        if ((itemsPerMessage != null && itemsPerMessage < 1) || (bytesPerMessage != null && bytesPerMessage < 1)) {
            throw new IllegalArgumentException("itemsPerMessage and bytesPerMessage must be positive");
        }
    }
}
