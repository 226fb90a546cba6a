package de.ladewerk.gateway.smartcharging;

import de.ladewerk.ocpp.v201.common.ChargingProfile;
import de.ladewerk.ocpp.v201.common.ChargingRateUnit;
import de.ladewerk.ocpp.v201.common.ChargingSchedule;
import de.ladewerk.ocpp.v201.common.ChargingSchedulePeriod;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Whether the schedule an EV chose (NotifyEVChargingSchedule) stays within the TxProfile the CSMS gave
 * it (K15.FR.10–12, K16.FR.05–07, K17.FR.10–12: the station checked already, the CSMS checks again).
 * Each EV period is compared with the lowest CSMS limit in force during it (periods that overlap by
 * only a few seconds of clock skew aside); times outside the CSMS schedule are not limited by it. Amperes and watts are compared at 230 V per phase. Pure.
 */
public final class EvScheduleCheck {

    private static final double VOLTS = 230;
    static final long GRACE_SECONDS = 30;

    private EvScheduleCheck() {
    }

    /**
     * The first EV period above the CSMS's limit, described, or empty when the EV stays within it.
     *
     * @param sentAt when the CSMS profile was sent: the start of a schedule without startSchedule
     */
    public static Optional<String> exceeds(ChargingSchedule ev, Instant timeBase, ChargingProfile csms, Instant sentAt) {
        ChargingSchedule limit = csms.chargingSchedule().get(0);
        Instant csmsStart = limit.startSchedule() != null ? limit.startSchedule() : sentAt;
        long csmsFrom = csmsStart.getEpochSecond();
        long csmsTo = limit.duration() == null ? Long.MAX_VALUE : csmsFrom + limit.duration();
        List<ChargingSchedulePeriod> evPeriods = ev.chargingSchedulePeriod();
        long evEnd = ev.duration() == null ? Long.MAX_VALUE : timeBase.getEpochSecond() + ev.duration();
        for (int i = 0; i < evPeriods.size(); i++) {
            ChargingSchedulePeriod p = evPeriods.get(i);
            long from = timeBase.getEpochSecond() + p.startPeriod();
            long to = i + 1 < evPeriods.size() ? timeBase.getEpochSecond() + evPeriods.get(i + 1).startPeriod() : evEnd;
            Double allowed = limitOver(limit, csmsFrom, Math.max(from, csmsFrom), Math.min(to, csmsTo));
            if (allowed == null) {
                continue;
            }
            double wanted = inUnit(p.limit().doubleValue(), phases(p), ev.chargingRateUnit(), limit.chargingRateUnit());
            if (wanted > allowed + 1e-9) {
                return Optional.of("EV period " + i + " asks " + p.limit().toPlainString() + " " + ev.chargingRateUnit()
                        + ", the profile allows " + allowed + " " + limit.chargingRateUnit());
            }
        }
        return Optional.empty();
    }

    /**
     * The CSMS limit that holds over [from, to): the lowest of the periods that overlap it for more than
     * {@link #GRACE_SECONDS} (EV and CSMS clocks and time bases differ by seconds), else the highest of
     * those that overlap at all; null when the interval is empty.
     */
    private static Double limitOver(ChargingSchedule s, long start, long from, long to) {
        if (from >= to) {
            return null;
        }
        List<ChargingSchedulePeriod> periods = s.chargingSchedulePeriod();
        Double lowest = null;
        Double highest = null;
        for (int j = 0; j < periods.size(); j++) {
            long pFrom = start + periods.get(j).startPeriod();
            long pTo = j + 1 < periods.size() ? start + periods.get(j + 1).startPeriod() : Long.MAX_VALUE;
            long overlap = Math.min(pTo, to) - Math.max(pFrom, from);
            if (overlap > 0) {
                double l = periods.get(j).limit().doubleValue();
                highest = highest == null ? l : Math.max(highest, l);
                if (overlap > GRACE_SECONDS) {
                    lowest = lowest == null ? l : Math.min(lowest, l);
                }
            }
        }
        return lowest != null ? lowest : highest;
    }

    private static int phases(ChargingSchedulePeriod p) {
        return p.numberPhases() == null ? 3 : p.numberPhases();
    }

    private static double inUnit(double value, int phases, ChargingRateUnit from, ChargingRateUnit to) {
        if (from == to) {
            return value;
        }
        return from == ChargingRateUnit.A ? value * phases * VOLTS : value / (phases * VOLTS);
    }
}
