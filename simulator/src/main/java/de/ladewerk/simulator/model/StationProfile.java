package de.ladewerk.simulator.model;

import java.util.List;
import java.util.Objects;

/**
 * Who a simulated station says it is at boot, and its charging points.
 *
 * @param connectorsPerEvse for each EVSE (numbered from 1), how many connectors it has; OCPP 1.6
 *                          numbers all connectors of all EVSEs consecutively from 1
 */
public record StationProfile(String vendor, String model, String serialNumber, String firmwareVersion,
                             List<Integer> connectorsPerEvse) {

    public StationProfile {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(model, "model");
        connectorsPerEvse = List.copyOf(connectorsPerEvse);
        if (connectorsPerEvse.stream().anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("every EVSE has at least one connector");
        }
    }

    /** A typical public AC pillar: two EVSEs with one Type 2 socket each. */
    public static StationProfile standard(String serialNumber) {
        return new StationProfile("Ladewerk", "SimPillar-22", serialNumber, "1.0.0", List.of(1, 1));
    }

    /** The number of connectors over all EVSEs. */
    public int connectorCount() {
        return connectorsPerEvse.stream().mapToInt(Integer::intValue).sum();
    }
}
