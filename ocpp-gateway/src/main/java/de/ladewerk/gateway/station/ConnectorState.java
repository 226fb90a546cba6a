package de.ladewerk.gateway.station;

/**
 * Version-neutral connector state. 1.6's Preparing, Charging, SuspendedEV(SE) and Finishing are all
 * OCCUPIED here; the station's own word is kept beside it.
 */
public enum ConnectorState {
    AVAILABLE, OCCUPIED, RESERVED, UNAVAILABLE, FAULTED
}
