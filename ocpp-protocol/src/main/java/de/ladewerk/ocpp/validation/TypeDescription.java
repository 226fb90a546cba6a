package de.ladewerk.ocpp.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The properties of one message or embedded type, by JSON name, in declaration order. */
final class TypeDescription {

    private final Map<String, PropertyDescription> byName = new LinkedHashMap<>();

    TypeDescription(List<PropertyDescription> properties) {
        for (PropertyDescription p : properties) {
            byName.put(p.name(), p);
        }
    }

    PropertyDescription property(String name) {
        return byName.get(name);
    }

    Iterable<PropertyDescription> properties() {
        return byName.values();
    }
}
