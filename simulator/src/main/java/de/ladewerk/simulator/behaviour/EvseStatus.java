package de.ladewerk.simulator.behaviour;

/** A connector's state, version-neutral; {@link #v16()} and {@link #v201()} give the wire names. */
public enum EvseStatus {
    AVAILABLE("Available", "Available"),
    PREPARING("Preparing", "Occupied"),
    CHARGING("Charging", "Occupied"),
    SUSPENDED_EV("SuspendedEV", "Occupied"),
    SUSPENDED_EVSE("SuspendedEVSE", "Occupied"),
    FINISHING("Finishing", "Occupied"),
    RESERVED("Reserved", "Reserved"),
    UNAVAILABLE("Unavailable", "Unavailable"),
    FAULTED("Faulted", "Faulted");

    private final String v16;
    private final String v201;

    EvseStatus(String v16, String v201) {
        this.v16 = v16;
        this.v201 = v201;
    }

    /** The OCPP 1.6 ChargePointStatus. */
    public String v16() {
        return v16;
    }

    /** The OCPP 2.0.1 ConnectorStatus. */
    public String v201() {
        return v201;
    }
}
