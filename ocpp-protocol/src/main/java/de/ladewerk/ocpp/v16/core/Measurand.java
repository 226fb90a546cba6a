package de.ladewerk.ocpp.v16.core;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 1.6 Measurand: what a sampled value measures. */
public enum Measurand {
    @JsonProperty("Energy.Active.Export.Register")
    EnergyActiveExportRegister,
    @JsonProperty("Energy.Active.Import.Register")
    EnergyActiveImportRegister,
    @JsonProperty("Energy.Reactive.Export.Register")
    EnergyReactiveExportRegister,
    @JsonProperty("Energy.Reactive.Import.Register")
    EnergyReactiveImportRegister,
    @JsonProperty("Energy.Active.Export.Interval")
    EnergyActiveExportInterval,
    @JsonProperty("Energy.Active.Import.Interval")
    EnergyActiveImportInterval,
    @JsonProperty("Energy.Reactive.Export.Interval")
    EnergyReactiveExportInterval,
    @JsonProperty("Energy.Reactive.Import.Interval")
    EnergyReactiveImportInterval,
    @JsonProperty("Power.Active.Export")
    PowerActiveExport,
    @JsonProperty("Power.Active.Import")
    PowerActiveImport,
    @JsonProperty("Power.Offered")
    PowerOffered,
    @JsonProperty("Power.Reactive.Export")
    PowerReactiveExport,
    @JsonProperty("Power.Reactive.Import")
    PowerReactiveImport,
    @JsonProperty("Power.Factor")
    PowerFactor,
    @JsonProperty("Current.Import")
    CurrentImport,
    @JsonProperty("Current.Export")
    CurrentExport,
    @JsonProperty("Current.Offered")
    CurrentOffered,
    Voltage,
    Frequency,
    Temperature,
    SoC,
    RPM
}
