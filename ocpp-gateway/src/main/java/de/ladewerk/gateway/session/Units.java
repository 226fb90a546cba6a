package de.ladewerk.gateway.session;

import java.util.Map;

/** The energy and power units Ladewerk normalises, with their base unit and power of ten. */
final class Units {

    record Normalized(String unit, int powerOfTen) {
    }

    private static final Map<String, Normalized> KNOWN = Map.of(
            "Wh", new Normalized("Wh", 0), "kWh", new Normalized("Wh", 3),
            "W", new Normalized("W", 0), "kW", new Normalized("W", 3),
            "varh", new Normalized("varh", 0), "kvarh", new Normalized("varh", 3),
            "var", new Normalized("var", 0), "kvar", new Normalized("var", 3),
            "VA", new Normalized("VA", 0), "kVA", new Normalized("VA", 3));

    private Units() {
    }

    static Normalized normalize(String unit) {
        return unit == null ? null : KNOWN.get(unit);
    }
}
