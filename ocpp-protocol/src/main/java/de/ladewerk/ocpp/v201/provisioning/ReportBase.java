package de.ladewerk.ocpp.v201.provisioning;

/** OCPP 2.0.1 ReportBaseEnumType. */
public enum ReportBase {
    ConfigurationInventory, FullInventory, SummaryInventory
}
