package de.ladewerk.simulator.model;

import java.util.List;
import java.util.Objects;

/**
 * One EVSE: the connectors that share its power electronics and its own calibrated meter.
 *
 * @param id          EVSE id, from 1
 * @param connectors  the plugs, at least one; all AC or all DC
 * @param phases      1 or 3 for AC; 3 (the grid side) for DC
 * @param maxPowerKw  the most this EVSE can deliver
 * @param meterSerial the serial number of its meter, which signs OCMF readings
 */
public record EvseSpec(int id, List<ConnectorType> connectors, int phases, double maxPowerKw, String meterSerial) {

    public EvseSpec {
        connectors = List.copyOf(connectors);
        Objects.requireNonNull(meterSerial, "meterSerial");
        if (id < 1 || connectors.isEmpty()) {
            throw new IllegalArgumentException("an EVSE has an id from 1 and at least one connector");
        }
        if (phases != 1 && phases != 3) {
            throw new IllegalArgumentException("phases must be 1 or 3, was " + phases);
        }
        if (!(maxPowerKw > 0)) {
            throw new IllegalArgumentException("maxPowerKw must be positive");
        }
        boolean dc = connectors.get(0).isDc();
        if (connectors.stream().anyMatch(c -> c.isDc() != dc)) {
            throw new IllegalArgumentException("EVSE " + id + " mixes AC and DC connectors");
        }
    }

    public boolean isDc() {
        return connectors.get(0).isDc();
    }
}
