package de.ladewerk.ocpp.v16.core;

/** OCPP 1.6 Location: where a value was measured. */
public enum Location {
    Body, Cable, EV, Inlet, Outlet
}
