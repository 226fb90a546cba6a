package de.ladewerk.ocpp.v201.common;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 MeasurandEnumType. */
public enum Measurand {
    @JsonProperty("Current.Export") CurrentExport,
    @JsonProperty("Current.Import") CurrentImport,
    @JsonProperty("Current.Offered") CurrentOffered,
    @JsonProperty("Energy.Active.Export.Register") EnergyActiveExportRegister,
    @JsonProperty("Energy.Active.Import.Register") EnergyActiveImportRegister,
    @JsonProperty("Energy.Reactive.Export.Register") EnergyReactiveExportRegister,
    @JsonProperty("Energy.Reactive.Import.Register") EnergyReactiveImportRegister,
    @JsonProperty("Energy.Active.Export.Interval") EnergyActiveExportInterval,
    @JsonProperty("Energy.Active.Import.Interval") EnergyActiveImportInterval,
    @JsonProperty("Energy.Active.Net") EnergyActiveNet,
    @JsonProperty("Energy.Reactive.Export.Interval") EnergyReactiveExportInterval,
    @JsonProperty("Energy.Reactive.Import.Interval") EnergyReactiveImportInterval,
    @JsonProperty("Energy.Reactive.Net") EnergyReactiveNet,
    @JsonProperty("Energy.Apparent.Net") EnergyApparentNet,
    @JsonProperty("Energy.Apparent.Import") EnergyApparentImport,
    @JsonProperty("Energy.Apparent.Export") EnergyApparentExport,
    Frequency,
    @JsonProperty("Power.Active.Export") PowerActiveExport,
    @JsonProperty("Power.Active.Import") PowerActiveImport,
    @JsonProperty("Power.Factor") PowerFactor,
    @JsonProperty("Power.Offered") PowerOffered,
    @JsonProperty("Power.Reactive.Export") PowerReactiveExport,
    @JsonProperty("Power.Reactive.Import") PowerReactiveImport,
    SoC,
    Voltage
}
