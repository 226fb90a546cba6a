package de.ladewerk.app.planning;

import de.ladewerk.planning.measured.CurrentType;

/**
 * What kind of charge point an EVSE is, judged from the highest power it metered: Ladewerk's station
 * records carry no rated power or current type yet, so the measured peak decides. Above 22 kW no AC
 * point delivers (3 × 32 A), so such an EVSE is DC; the rated power is the smallest usual class that
 * covers the peak. An EVSE that never metered power counts as AC with the configured default power.
 *
 * @param current AC or DC
 * @param ratedKw the assumed rated power, kW
 */
public record PortClass(CurrentType current, double ratedKw) {

    /** Highest AC power in public charging (three-phase 32 A), kW. */
    static final double AC_LIMIT_KW = 22.0;
    private static final double[] AC_CLASSES = {3.7, 11, 22};
    private static final double[] DC_CLASSES = {50, 150, 300, 400};

    /** @param peakKw highest metered power, or {@code null} if none was metered */
    public static PortClass of(Double peakKw, double defaultAcKw) {
        if (peakKw == null || peakKw <= 0) {
            return new PortClass(CurrentType.AC, defaultAcKw);
        }
        boolean dc = peakKw > AC_LIMIT_KW + 0.5; // a 22 kW point may meter slightly above its rating
        double[] classes = dc ? DC_CLASSES : AC_CLASSES;
        for (double c : classes) {
            if (peakKw <= c * 1.03) {
                return new PortClass(dc ? CurrentType.DC : CurrentType.AC, c);
            }
        }
        return new PortClass(dc ? CurrentType.DC : CurrentType.AC, Math.ceil(peakKw));
    }
}
