package de.ladewerk.simulator.charge;

import de.ladewerk.simulator.model.EvseSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.function.ToDoubleFunction;

/**
 * The physics of one charge: advances time in steps of at most one second, drawing at each step
 * the smaller of what the vehicle takes at its state of charge and the active limit, and adds power ×
 * time to the meter register and the battery. Energy is therefore the integral of the power drawn.
 */
public final class ChargeProgress {

    private static final long STEP_MILLIS = 1000;

    private final EvseSpec evse;
    private final Vehicle vehicle;
    private final int phases;
    private Instant time;
    private double registerWh;
    private double soc;
    private double powerW;
    private double limitW = Double.POSITIVE_INFINITY;

    /**
     * @param registerWh the meter register at the start (meters count up over their whole life)
     */
    public ChargeProgress(EvseSpec evse, Vehicle vehicle, Instant start, double registerWh) {
        this.evse = evse;
        this.vehicle = vehicle;
        this.phases = PowerCurve.phases(evse, vehicle);
        this.time = start;
        this.registerWh = registerWh;
        this.soc = vehicle.startSoc();
    }

    /**
     * Runs the charge forward to {@code until}.
     *
     * @param limitW the charging limit in W in force at each instant ({@code Infinity} for none)
     */
    public void advance(Instant until, ToDoubleFunction<Instant> limitW) {
        while (time.isBefore(until)) {
            long stepMillis = Math.min(STEP_MILLIS, Duration.between(time, until).toMillis());
            if (stepMillis <= 0) {
                time = until;
                break;
            }
            this.limitW = limitW.applyAsDouble(time);
            powerW = Math.max(0, Math.min(PowerCurve.powerW(evse, vehicle, soc), this.limitW));
            double wh = powerW * stepMillis / 3_600_000.0;
            registerWh += wh;
            soc = Math.min(1.0, soc + wh / 1000 / vehicle.batteryKwh());
            time = time.plusMillis(stepMillis);
        }
        // the power at the end instant, so a sample taken now reports what flows now
        this.limitW = limitW.applyAsDouble(time);
        powerW = Math.max(0, Math.min(PowerCurve.powerW(evse, vehicle, soc), this.limitW));
    }

    public Instant time() {
        return time;
    }

    /** The meter register in Wh (fractional; meters report whole Wh). */
    public double registerWh() {
        return registerWh;
    }

    public double soc() {
        return soc;
    }

    /** The power drawn now, in W. */
    public double powerW() {
        return powerW;
    }

    /** The limit in force now, in W ({@code Infinity} when none). */
    public double limitW() {
        return limitW;
    }

    /** Current per phase now, in A. */
    public double currentA() {
        return PowerCurve.currentA(powerW, phases);
    }

    public int phases() {
        return phases;
    }

    /** Whether the vehicle has stopped taking energy (it reached its target state of charge). */
    public boolean vehicleFull() {
        return soc >= vehicle.targetSoc();
    }

    public boolean isDc() {
        return evse.isDc();
    }
}
