package de.ladewerk.gateway.devmodel;

import java.math.BigDecimal;

/** A monitor installed on a variable (VariableMonitoringType with its component and variable). */
public record Monitor(int id, ComponentRef component, VariableRef variable, boolean transaction, BigDecimal value,
                      String type, int severity) {
}
