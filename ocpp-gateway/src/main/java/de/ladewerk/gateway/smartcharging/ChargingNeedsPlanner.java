package de.ladewerk.gateway.smartcharging;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * Plans the rate for an EV's needs within the station's limits. Pure. The cap is the lowest of the
 * EV's maximum and the station's current and power limits. With energy and departure known, the EV
 * gets the lowest constant rate that delivers the energy by departure (spreading load instead of
 * peaking), at least its minimum, never above the cap; when even the cap is too slow, the cap (and
 * {@code fulfils} is false). Otherwise the cap. Rates are rounded up to 0.1 A / 1 W (so the energy is
 * still reached), then capped.
 */
public final class ChargingNeedsPlanner {

    /**
     * The rate planned for an AC EV whose maximum nobody reported (no acChargingParameters, no EVSE
     * rating): 63 A, the highest rating of IEC 62196-2 type 2 AC connectors, so the profile limits nothing.
     */
    public static final double AC_UNKNOWN_MAX_AMPS = 63;

    public ChargingPlan plan(EvNeeds ev, StationLimit station, Instant now) {
        double cap = cap(ev, station);
        double k = ev.wattsPerUnit();
        Integer duration = ev.departure() == null ? null
                : (int) Math.max(0, Duration.between(now, ev.departure()).getSeconds());
        if (ev.energyWh() == null || duration == null || duration == 0) {
            Double expected = ev.energyWh() == null || duration == null ? null : 0.0;
            return new ChargingPlan(ev.dc(), round(cap, cap, ev.dc()), duration, expected,
                    ev.energyWh() != null && duration == null);
        }
        double needed = ev.energyWh() * 3600 / (k * duration); // the rate that just reaches the energy
        double rate = Math.min(cap, Math.max(needed, Math.min(ev.evMinRate(), cap)));
        BigDecimal rounded = round(rate, cap, ev.dc());
        double expected = Math.min(ev.energyWh(), rounded.doubleValue() * k * duration / 3600);
        return new ChargingPlan(ev.dc(), rounded, duration, expected, expected >= ev.energyWh());
    }

    private static double cap(EvNeeds ev, StationLimit station) {
        double cap = ev.evMaxRate();
        if (ev.dc()) {
            if (station.maxPower() != null) {
                cap = Math.min(cap, station.maxPower());
            }
        } else {
            if (station.maxCurrent() != null) {
                cap = Math.min(cap, station.maxCurrent());
            }
            if (station.maxPower() != null) {
                cap = Math.min(cap, station.maxPower() / ev.wattsPerUnit());
            }
        }
        if (Double.isInfinite(cap)) {
            cap = AC_UNKNOWN_MAX_AMPS; // neither EV nor EVSE said: a limit that limits nothing
        }
        return Math.max(0, cap);
    }

    /** Up to the unit's step, but never above the cap (which is then rounded down). */
    private static BigDecimal round(double rate, double cap, boolean dc) {
        int scale = dc ? 0 : 1;
        BigDecimal up = BigDecimal.valueOf(rate).setScale(scale, RoundingMode.CEILING);
        BigDecimal capped = BigDecimal.valueOf(cap).setScale(scale, RoundingMode.FLOOR);
        return up.min(capped);
    }
}
