package de.ladewerk.ocpp.v201.common;

/** OCPP 2.0.1 LocationEnumType: where a sampled value was measured. */
public enum Location {
    Body, Cable, EV, Inlet, Outlet
}
