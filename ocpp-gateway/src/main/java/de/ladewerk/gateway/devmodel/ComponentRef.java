package de.ladewerk.gateway.devmodel;

import java.util.Objects;

/**
 * A component of a station's device model. {@code instance} is "" when the station gave none;
 * {@code evseId}/{@code connectorId} are 0 for a component that belongs to no EVSE/connector
 * (2.0.1 numbers both from 1).
 */
public record ComponentRef(String name, String instance, int evseId, int connectorId) {

    public ComponentRef {
        Objects.requireNonNull(name, "name");
        instance = instance == null ? "" : instance;
    }

    /** A station-wide component without instance, e.g. {@code DeviceDataCtrlr}. */
    public static ComponentRef of(String name) {
        return new ComponentRef(name, "", 0, 0);
    }
}
