package de.ladewerk.ocpp.v201.common;

/** OCPP 2.0.1 CostKindEnumType. */
public enum CostKind {
    CarbonDioxideEmission, RelativePricePercentage, RenewableGenerationPercentage
}
