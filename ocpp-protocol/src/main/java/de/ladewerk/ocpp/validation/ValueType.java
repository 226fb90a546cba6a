package de.ladewerk.ocpp.validation;

import java.util.List;

/** The JSON shape a Java type stands for, as far as validation cares. */
record ValueType(Kind kind, List<String> enumValues, Class<?> objectType, ValueType itemType) {

    enum Kind { STRING, DATE_TIME, INTEGER, DECIMAL, BOOLEAN, ENUM, OBJECT, ANY, ARRAY }

    static ValueType simple(Kind kind) {
        return new ValueType(kind, List.of(), null, null);
    }

    static ValueType enumOf(List<String> values) {
        return new ValueType(Kind.ENUM, List.copyOf(values), null, null);
    }

    static ValueType objectOf(Class<?> type) {
        return new ValueType(Kind.OBJECT, List.of(), type, null);
    }

    static ValueType arrayOf(ValueType item) {
        return new ValueType(Kind.ARRAY, List.of(), null, item);
    }
}
