package de.ladewerk.ocpp.validation;

/** One property of a message type with its rules. */
record PropertyDescription(String name, ValueType valueType, boolean required, int maxLength,
                           double min, double max, int minItems, int maxItems) {
}
