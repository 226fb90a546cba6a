package de.ladewerk.ocpp.v16.core;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 1.6 Phase: the phase or phases a sampled value applies to. */
public enum Phase {
    L1,
    L2,
    L3,
    N,
    @JsonProperty("L1-N")
    L1N,
    @JsonProperty("L2-N")
    L2N,
    @JsonProperty("L3-N")
    L3N,
    @JsonProperty("L1-L2")
    L1L2,
    @JsonProperty("L2-L3")
    L2L3,
    @JsonProperty("L3-L1")
    L3L1
}
