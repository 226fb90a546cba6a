package de.ladewerk.gateway.devmodel;

import de.ladewerk.ocpp.v201.common.Component;
import de.ladewerk.ocpp.v201.common.Evse;
import de.ladewerk.ocpp.v201.common.Variable;
import de.ladewerk.ocpp.v201.provisioning.Attribute;
import de.ladewerk.ocpp.v201.provisioning.DataType;
import de.ladewerk.ocpp.v201.provisioning.ReportData;
import de.ladewerk.ocpp.v201.provisioning.VariableAttribute;
import de.ladewerk.ocpp.v201.provisioning.VariableCharacteristics;

/** Between the 2.0.1 device-model types and the stored model (the model is 2.0.1's own shape). */
public final class DeviceModelMapping {

    private DeviceModelMapping() {
    }

    public static ComponentRef component(Component c) {
        Evse evse = c.evse();
        return new ComponentRef(c.name(), c.instance(), evse == null ? 0 : evse.id(),
                evse == null || evse.connectorId() == null ? 0 : evse.connectorId());
    }

    public static VariableRef variable(Variable v) {
        return new VariableRef(v.name(), v.instance());
    }

    public static Component component(ComponentRef c) {
        Evse evse = c.evseId() == 0 ? null : new Evse(c.evseId(), c.connectorId() == 0 ? null : c.connectorId());
        return new Component(evse, c.name(), c.instance().isEmpty() ? null : c.instance());
    }

    public static Variable variable(VariableRef v) {
        return new Variable(v.name(), v.instance().isEmpty() ? null : v.instance());
    }

    /** The attribute type's name; 2.0.1 means Actual when a message leaves it out. */
    public static String attributeType(Attribute type) {
        return type == null ? AttributeValue.ACTUAL : type.name();
    }

    public static ReportedVariable reported(ReportData d) {
        VariableCharacteristics ch = d.variableCharacteristics();
        return new ReportedVariable(component(d.component()), variable(d.variable()),
                d.variableAttribute().stream().map(DeviceModelMapping::attribute).toList(),
                ch == null ? null : new Characteristics(ch.unit(), dataType(ch.dataType()), ch.minLimit(),
                        ch.maxLimit(), ch.valuesList(), ch.supportsMonitoring()));
    }

    /** The wire spelling: {@code boolean} is the only one that differs from the constant's name. */
    private static String dataType(DataType t) {
        return t == DataType.BooleanType ? "boolean" : t.name();
    }

    private static AttributeValue attribute(VariableAttribute a) {
        return new AttributeValue(attributeType(a.type()), a.value(),
                a.mutability() == null ? null : a.mutability().name(), a.persistent(), a.constant());
    }
}
