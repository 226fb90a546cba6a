package de.ladewerk.ocpp.v16.core;

/** OCPP 1.6 UnitOfMeasure; {@code Celcius} (the official schemas' spelling) and {@code Celsius} (the specification's) are both accepted. */
public enum UnitOfMeasure {
    Wh, kWh, varh, kvarh, W, kW, VA, kVA, var, kvar, A, V, K, Celcius, Celsius, Fahrenheit, Percent
}
