package de.ladewerk.billing.tariff;

/** OCPI 2.2.1 price component types: what a component is priced on. */
public enum TariffDimension {
    /** Per kWh; step size in Wh. */
    ENERGY,
    /** Once per session; step size unused. */
    FLAT,
    /** Per hour of charging; step size in seconds. */
    TIME,
    /** Per hour connected but not charging; step size in seconds. */
    PARKING_TIME;

    /** Whether the component is priced on elapsed time, which needs a legally valid clock. */
    public boolean isTimeBased() {
        return this == TIME || this == PARKING_TIME;
    }
}
