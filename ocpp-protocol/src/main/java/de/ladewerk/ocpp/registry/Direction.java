package de.ladewerk.ocpp.registry;

/** Who sends the request of an action. */
public enum Direction {
    /** Charge point (station) to CSMS. */
    CP_TO_CSMS,
    /** CSMS to charge point. */
    CSMS_TO_CP,
    /** Either side (DataTransfer). */
    BOTH;

    public boolean sentByStation() {
        return this != CSMS_TO_CP;
    }

    public boolean sentByCsms() {
        return this != CP_TO_CSMS;
    }
}
