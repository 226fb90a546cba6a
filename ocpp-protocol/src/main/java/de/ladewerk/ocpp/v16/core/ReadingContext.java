package de.ladewerk.ocpp.v16.core;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 1.6 ReadingContext: why a value was sampled. */
public enum ReadingContext {
    @JsonProperty("Interruption.Begin")
    InterruptionBegin,
    @JsonProperty("Interruption.End")
    InterruptionEnd,
    Other,
    @JsonProperty("Sample.Clock")
    SampleClock,
    @JsonProperty("Sample.Periodic")
    SamplePeriodic,
    @JsonProperty("Transaction.Begin")
    TransactionBegin,
    @JsonProperty("Transaction.End")
    TransactionEnd,
    Trigger
}
