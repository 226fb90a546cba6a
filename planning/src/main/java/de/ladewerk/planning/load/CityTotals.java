package de.ladewerk.planning.load;

/**
 * Sums district timelines into city timelines in whole watts, so the sum is exact and the same in
 * any order: districts are simulated in parallel and the result must not depend on thread timing.
 */
final class CityTotals {

    private final long[][] watts;
    private final long[] demandedWh = new long[LocationType.values().length];
    private final long[][] servedWh = new long[2][LocationType.values().length];
    private final long[][] unservedWh = new long[2][LocationType.values().length];
    private final long[] limitsW = new long[LocationType.values().length];
    private final int[][] plugged;

    CityTotals(int slots) {
        watts = new long[2 * LocationType.values().length][slots];
        plugged = new int[LocationType.values().length][slots];
    }

    synchronized void add(LocationType location, double demandedKwh, double limitKw,
                          Delivery unmanaged, Delivery managed, int[] pluggedIn) {
        int l = location.ordinal();
        for (int t = 0; t < plugged[l].length; t++) {
            plugged[l][t] += pluggedIn[t];
        }
        demandedWh[l] += Math.round(demandedKwh * 1000);
        limitsW[l] += Math.round(limitKw * 1000);
        addDelivery(0, l, unmanaged);
        addDelivery(1, l, managed);
    }

    private void addDelivery(int managed, int l, Delivery d) {
        long[] target = watts[managed * LocationType.values().length + l];
        for (int t = 0; t < target.length; t++) {
            target[t] += Math.round(d.kw()[t] * 1000);
        }
        servedWh[managed][l] += Math.round(d.servedKwh() * 1000);
        unservedWh[managed][l] += Math.round(d.unservedKwh() * 1000);
    }

    /** Cars plugged in at once across the city at one location type, per slot of the timeline. */
    synchronized int[] pluggedIn(LocationType location) {
        return plugged[location.ordinal()].clone();
    }

    SiteLoad site(LocationType location, int days) {
        int l = location.ordinal();
        return new SiteLoad(LoadSimulator.CITY, location, limitsW[l] / 1000.0, demandedWh[l] / 1000.0,
                outcome(0, location, days), outcome(1, location, days));
    }

    private SiteLoad.Outcome outcome(int managed, LocationType location, int days) {
        long[] w = watts[managed * LocationType.values().length + location.ordinal()];
        double[] kw = new double[w.length];
        for (int t = 0; t < w.length; t++) {
            kw[t] = w[t] / 1000.0;
        }
        return new SiteLoad.Outcome(servedWh[managed][location.ordinal()] / 1000.0,
                unservedWh[managed][location.ordinal()] / 1000.0,
                Percentiles.curves(location, managed == 1, kw, days));
    }
}
