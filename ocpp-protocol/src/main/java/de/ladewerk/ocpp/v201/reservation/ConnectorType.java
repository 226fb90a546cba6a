package de.ladewerk.ocpp.v201.reservation;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 ConnectorEnumType. */
public enum ConnectorType {
    cCCS1,
    cCCS2,
    cG105,
    cTesla,
    cType1,
    cType2,
    @JsonProperty("s309-1P-16A") s309_1P_16A,
    @JsonProperty("s309-1P-32A") s309_1P_32A,
    @JsonProperty("s309-3P-16A") s309_3P_16A,
    @JsonProperty("s309-3P-32A") s309_3P_32A,
    sBS1361,
    @JsonProperty("sCEE-7-7") sCEE_7_7,
    sType2,
    sType3,
    Other1PhMax16A,
    Other1PhOver16A,
    Other3Ph,
    Pan,
    wInductive,
    wResonant,
    Undetermined,
    Unknown
}
