package de.ladewerk.gateway.smartcharging;

import java.time.Instant;

/**
 * What an EV asked for (NotifyEVChargingNeeds), version-neutral. AC rates are amperes per phase,
 * DC rates watts. {@code energyWh} and {@code departure} may be null (unknown).
 *
 * @param phases       AC phases the EV charges on (1–3); 1 for DC
 * @param voltage      volts per phase for AC (to turn amperes into watts); unused for DC
 * @param evMaxRate    the EV's maximum rate (A per phase for AC, W for DC)
 * @param evMinRate    the EV's minimum rate (0 if it has none)
 */
public record EvNeeds(boolean dc, int phases, double voltage, Double energyWh, Instant departure,
                      double evMaxRate, double evMinRate) {

    public EvNeeds {
        if (phases < 1 || phases > 3) {
            throw new IllegalArgumentException("phases must be 1..3: " + phases);
        }
        if (evMaxRate <= 0 || evMinRate < 0 || (!dc && voltage <= 0)) {
            throw new IllegalArgumentException("rates and voltage must be positive");
        }
    }

    /** Watts per unit of rate: volts × phases for AC (amperes), 1 for DC (watts). */
    public double wattsPerUnit() {
        return dc ? 1 : voltage * phases;
    }
}
