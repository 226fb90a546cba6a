package de.ladewerk.gateway.smartcharging;

import java.math.BigDecimal;

/**
 * A planned constant rate for an EV: {@code rate} in A per phase (AC) or W (DC) from the start,
 * held for {@code durationSeconds} (null: until the EV stops). {@code expectedEnergyWh} is what
 * that delivers by departure (null if the need is unknown); {@code fulfils} says whether it covers
 * the requested energy.
 */
public record ChargingPlan(boolean dc, BigDecimal rate, Integer durationSeconds, Double expectedEnergyWh,
                           boolean fulfils) {

    /** The unit OCPP 2.0.1 names the rate in. */
    public String unit() {
        return dc ? "W" : "A";
    }
}
