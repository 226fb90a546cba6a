package de.ladewerk.gateway.devmodel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A stored variable with its attributes, as the API shows it. */
public record VariableView(ComponentRef component, VariableRef variable, Characteristics characteristics,
                           List<AttributeValue> attributes, String source, Instant updatedAt) {

    /** The value of one attribute type, if stored. */
    public Optional<String> value(String attributeType) {
        return attributes.stream().filter(a -> a.type().equals(attributeType)).map(AttributeValue::value).findFirst();
    }
}
