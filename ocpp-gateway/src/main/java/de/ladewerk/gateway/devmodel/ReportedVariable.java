package de.ladewerk.gateway.devmodel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One variable as a station described it: its attributes and, when reported, its characteristics
 * (null otherwise, which keeps what was stored before).
 */
public record ReportedVariable(ComponentRef component, VariableRef variable, List<AttributeValue> attributes,
                               Characteristics characteristics) {

    public ReportedVariable {
        attributes = List.copyOf(attributes);
    }

    /**
     * One entry per component and variable: a later entry's attributes replace an earlier one's of
     * the same type, and its characteristics win when it has any.
     */
    public static List<ReportedVariable> merged(List<ReportedVariable> variables) {
        Map<List<Object>, ReportedVariable> byKey = new LinkedHashMap<>();
        for (ReportedVariable v : variables) {
            byKey.merge(List.of(v.component(), v.variable()), v, ReportedVariable::followedBy);
        }
        return List.copyOf(byKey.values());
    }

    private ReportedVariable followedBy(ReportedVariable later) {
        Map<String, AttributeValue> byType = new LinkedHashMap<>();
        attributes.forEach(a -> byType.put(a.type(), a));
        later.attributes.forEach(a -> byType.put(a.type(), a));
        return new ReportedVariable(component, variable, new ArrayList<>(byType.values()),
                later.characteristics != null ? later.characteristics : characteristics);
    }
}
