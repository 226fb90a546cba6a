package de.ladewerk.simulator.charge;

import de.ladewerk.simulator.model.EvseSpec;

/**
 * How much power a vehicle draws from an EVSE at a given state of charge, before any charging limit.
 *
 * <p>AC: the smaller of the EVSE's rating and the on-board charger's, on the phases both have
 * (230 V per phase, so 16 A × 3 = 11 kW, 32 A × 3 = 22 kW); the battery management tapers the last
 * few percent above 95 % SoC. DC: the vehicle's peak up to 50 % SoC, then falling linearly to 60 % of
 * the peak at 80 % and to 10 % of the peak at 100 %, the typical shape of lithium-ion fast charging;
 * never more than the EVSE's rating.
 */
public final class PowerCurve {

    /** Phase voltage of the European low-voltage grid. */
    public static final double PHASE_VOLTS = 230;

    private PowerCurve() {
    }

    /** Phases in use between this EVSE and vehicle. */
    public static int phases(EvseSpec evse, Vehicle vehicle) {
        return evse.isDc() ? 3 : Math.min(evse.phases(), vehicle.acPhases());
    }

    /** The unlimited power in W at this state of charge (0..1). */
    public static double powerW(EvseSpec evse, Vehicle vehicle, double soc) {
        if (soc >= vehicle.targetSoc()) {
            return 0;
        }
        if (evse.isDc()) {
            return Math.min(evse.maxPowerKw(), vehicle.dcMaxKw() * dcTaper(soc)) * 1000;
        }
        double phaseLimitKw = phases(evse, vehicle) * PHASE_VOLTS * 32 / 1000;
        double kw = Math.min(Math.min(evse.maxPowerKw(), vehicle.acMaxKw()), phaseLimitKw);
        return kw * 1000 * acTaper(soc);
    }

    /** Share of peak DC power at this state of charge. */
    static double dcTaper(double soc) {
        if (soc <= 0.5) {
            return 1.0;
        }
        if (soc <= 0.8) {
            return 1.0 - (soc - 0.5) / 0.3 * 0.4;
        }
        return Math.max(0.1, 0.6 - (soc - 0.8) / 0.2 * 0.5);
    }

    static double acTaper(double soc) {
        return soc <= 0.95 ? 1.0 : Math.max(0.3, 1.0 - (soc - 0.95) / 0.05 * 0.7);
    }

    /** Amps per phase for this power on these phases. */
    public static double currentA(double powerW, int phases) {
        return powerW / (PHASE_VOLTS * phases);
    }
}
