package de.ladewerk.ocpp.v201.common;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 ReadingContextEnumType. */
public enum ReadingContext {
    @JsonProperty("Interruption.Begin") InterruptionBegin,
    @JsonProperty("Interruption.End") InterruptionEnd,
    Other,
    @JsonProperty("Sample.Clock") SampleClock,
    @JsonProperty("Sample.Periodic") SamplePeriodic,
    @JsonProperty("Transaction.Begin") TransactionBegin,
    @JsonProperty("Transaction.End") TransactionEnd,
    Trigger
}
