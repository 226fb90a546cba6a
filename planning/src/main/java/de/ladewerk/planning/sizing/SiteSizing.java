package de.ladewerk.planning.sizing;

/**
 * How many points one location type in one district needs for the stated service level, and how
 * that pool then performs in the simulation. Every figure is named for what it measures.
 *
 * @param district                    district name, or {@code (city)} for the sum
 * @param location                    {@code WORK}, {@code PUBLIC_AC} or {@code PUBLIC_DC}
 * @param serviceLevel                largest accepted chance that an arriving car finds no free point
 * @param peakEvsPluggedIn            mean number of cars plugged in at the busiest working-day quarter hour,
 *                                    counted as if there were always a free point (the offered load, Erlang)
 * @param peakSlot                    that quarter hour, local time {@code HH:mm}
 * @param maxEvsPluggedIn             the most cars plugged in at once in any simulated quarter hour
 * @param pointsErlang                the fewest points with Erlang B(points, peak) ≤ serviceLevel
 * @param points                      points needed: {@code pointsErlang}, raised where the simulation shows more
 *                                    cars turned away in a peak hour than the service level allows
 * @param pointsByEnergyUtilisation   what the earlier method gave: energy / (power · 24 h · target utilisation)
 * @param blockingErlang              Erlang B chance of finding no free point at the peak with {@code pointsErlang}
 * @param blockingSimulatedWeekdayPeak simulated share of cars arriving in the working day's peak hour (busiest
 *                                    quarter hour ± 30 min) that found none of {@code points} free
 * @param blockingSimulatedWeekendPeak the same for the weekend day's peak hour
 * @param blockingSimulatedAllDay     simulated share of all arriving cars that found no free point
 * @param occupancy                   time share the points are occupied (a car plugged in), over all simulated days
 * @param energyUtilisation           energy delivered / (points · power · 24 h), over all simulated days
 * @param arrivals                    simulated arriving cars (the weight when pools are added up)
 */
public record SiteSizing(
        String district,
        String location,
        double serviceLevel,
        double peakEvsPluggedIn,
        String peakSlot,
        int maxEvsPluggedIn,
        long pointsErlang,
        long points,
        long pointsByEnergyUtilisation,
        double blockingErlang,
        double blockingSimulatedWeekdayPeak,
        double blockingSimulatedWeekendPeak,
        double blockingSimulatedAllDay,
        double occupancy,
        double energyUtilisation,
        long arrivals) {
}
