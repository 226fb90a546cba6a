package de.ladewerk.gateway.devmodel;

import java.util.Objects;

/** A variable of a component; {@code instance} is "" when the station gave none. */
public record VariableRef(String name, String instance) {

    public VariableRef {
        Objects.requireNonNull(name, "name");
        instance = instance == null ? "" : instance;
    }

    public static VariableRef of(String name) {
        return new VariableRef(name, "");
    }
}
