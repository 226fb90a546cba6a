package de.ladewerk.simulator.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a charging station is: who built it, which firmware it runs, and its EVSEs and connectors.
 * OCPP 1.6 numbers the connectors of all EVSEs consecutively from 1; see {@link #v16ConnectorId}.
 */
public record StationModel(String vendor, String model, String serialNumber, String firmwareVersion,
                           List<EvseSpec> evses) {

    public StationModel {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(firmwareVersion, "firmwareVersion");
        evses = List.copyOf(evses);
        for (int i = 0; i < evses.size(); i++) {
            if (evses.get(i).id() != i + 1) {
                throw new IllegalArgumentException("EVSEs must be numbered 1..n in order");
            }
        }
        if (evses.isEmpty()) {
            throw new IllegalArgumentException("a station has at least one EVSE");
        }
    }

    public EvseSpec evse(int id) {
        if (id < 1 || id > evses.size()) {
            throw new IllegalArgumentException("no EVSE " + id + " (station has " + evses.size() + ")");
        }
        return evses.get(id - 1);
    }

    /** The 1.6 connector id of a connector (both numbered from 1). */
    public int v16ConnectorId(int evseId, int connectorId) {
        int id = 0;
        for (int e = 1; e < evseId; e++) {
            id += evse(e).connectors().size();
        }
        return id + connectorId;
    }

    /** The EVSE id and connector id of a 1.6 connector id, or {@code null} when there is none. */
    public int[] fromV16ConnectorId(int v16ConnectorId) {
        int remaining = v16ConnectorId;
        for (EvseSpec evse : evses) {
            if (remaining <= evse.connectors().size()) {
                return remaining >= 1 ? new int[] {evse.id(), remaining} : null;
            }
            remaining -= evse.connectors().size();
        }
        return null;
    }

    public int connectorCount() {
        return evses.stream().mapToInt(e -> e.connectors().size()).sum();
    }

    /** The boot identity and connector layout, as the basic {@link de.ladewerk.simulator.behaviour.SimulatedStation} uses it. */
    public StationProfile profile() {
        List<Integer> perEvse = new ArrayList<>();
        evses.forEach(e -> perEvse.add(e.connectors().size()));
        return new StationProfile(vendor, model, serialNumber, firmwareVersion, perEvse);
    }

    /** A public AC pillar: two EVSEs with a Type 2 socket each, 3 phases, 22 kW. */
    public static StationModel ac22(String serial) {
        return new StationModel("Ladewerk", "SimPillar-AC22", serial, "2.4.1", List.of(
                new EvseSpec(1, List.of(ConnectorType.TYPE2), 3, 22, serial + "-M1"),
                new EvseSpec(2, List.of(ConnectorType.TYPE2), 3, 22, serial + "-M2")));
    }

    /** A wallbox-like AC point: one Type 2 socket, 3 phases, 11 kW. */
    public static StationModel ac11(String serial) {
        return new StationModel("Ladewerk", "SimBox-AC11", serial, "2.4.1", List.of(
                new EvseSpec(1, List.of(ConnectorType.TYPE2), 3, 11, serial + "-M1")));
    }

    /** A fast charger: one EVSE with CCS and CHAdeMO cables sharing {@code kw} of DC power. */
    public static StationModel dc(String serial, double kw) {
        return new StationModel("Ladewerk", "SimFast-DC" + Math.round(kw), serial, "3.1.0", List.of(
                new EvseSpec(1, List.of(ConnectorType.CCS2, ConnectorType.CHADEMO), 3, kw, serial + "-M1")));
    }
}
