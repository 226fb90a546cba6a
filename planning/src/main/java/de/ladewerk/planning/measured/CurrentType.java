package de.ladewerk.planning.measured;

/** Alternating current (Normalladen) or direct current (Schnellladen). */
public enum CurrentType {
    AC, DC
}
