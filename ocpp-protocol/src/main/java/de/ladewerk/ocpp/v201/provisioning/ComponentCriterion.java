package de.ladewerk.ocpp.v201.provisioning;

/** OCPP 2.0.1 ComponentCriterionEnumType. */
public enum ComponentCriterion {
    Active, Available, Enabled, Problem
}
