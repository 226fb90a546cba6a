package de.ladewerk.simulator.charge;

/**
 * An electric vehicle as far as charging is concerned.
 *
 * @param batteryKwh usable battery capacity
 * @param acMaxKw    the on-board charger's limit (11 or 22 kW typically)
 * @param acPhases   phases the on-board charger uses (1 or 3)
 * @param dcMaxKw    peak DC charging power at low state of charge (50–150 kW typically)
 * @param startSoc   state of charge on arrival, 0..1
 * @param targetSoc  the driver's (or car's) charge limit, 0..1; charging stops there
 */
public record Vehicle(double batteryKwh, double acMaxKw, int acPhases, double dcMaxKw, double startSoc,
                      double targetSoc) {

    public Vehicle {
        if (!(batteryKwh > 0) || !(acMaxKw > 0) || !(dcMaxKw > 0)) {
            throw new IllegalArgumentException("battery, AC and DC power must be positive");
        }
        if (acPhases != 1 && acPhases != 3) {
            throw new IllegalArgumentException("acPhases must be 1 or 3");
        }
        if (startSoc < 0 || targetSoc > 1 || startSoc > targetSoc) {
            throw new IllegalArgumentException("need 0 <= startSoc <= targetSoc <= 1");
        }
    }

    /** A mid-size car: 60 kWh, 11 kW AC on 3 phases, 120 kW DC, arriving at 30 % and charging to 80 %. */
    public static Vehicle typical() {
        return new Vehicle(60, 11, 3, 120, 0.3, 0.8);
    }

    public Vehicle withSoc(double start, double target) {
        return new Vehicle(batteryKwh, acMaxKw, acPhases, dcMaxKw, start, target);
    }
}
