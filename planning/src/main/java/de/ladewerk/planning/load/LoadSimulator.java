package de.ladewerk.planning.load;

import de.ladewerk.planning.model.DistrictDemand;
import de.ladewerk.planning.scenario.ChargerClass;
import de.ladewerk.planning.scenario.LocationProfile;
import de.ladewerk.planning.scenario.Scenario;
import de.ladewerk.planning.sizing.SiteSizing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The stochastic 15-minute load simulation for every district and location type, unmanaged and
 * managed, reported as percentile curves per district and for the whole city.
 *
 * <p>Each (district, location) site has its own random stream derived from the scenario seed and its
 * position, so results are the same for the same seed however many threads run.
 */
public final class LoadSimulator {

    /** The name under which city-wide sums are reported. */
    public static final String CITY = "(city)";

    private LoadSimulator() {
    }

    /**
     * Simulates all sites.
     *
     * @param scenario      a validated scenario (its load settings: days and seed)
     * @param demand        the demand model's result for it, in district order
     * @param calibrated    measured profiles replacing assumed ones, per location; may be empty
     * @param districtCurves whether to keep curves per district (the city curves are always kept)
     */
    public static LoadResult simulate(Scenario scenario, List<DistrictDemand> demand,
                                      Map<LocationType, CalibratedProfile> calibrated, boolean districtCurves) {
        return simulate(scenario, demand, calibrated, districtCurves, ManagedCharging.PROPORTIONAL);
    }

    /** As above, with the managed-charging allocation to use at every site. */
    public static LoadResult simulate(Scenario scenario, List<DistrictDemand> demand,
                                      Map<LocationType, CalibratedProfile> calibrated, boolean districtCurves,
                                      ManagedCharging managedCharging) {
        int days = scenario.load().days();
        LocationType[] locations = LocationType.values();
        CityTotals city = new CityTotals(PowerDispatch.timelineSlots(days));
        List<SimulatedSite> sites = IntStream.range(0, demand.size() * locations.length).parallel()
                .mapToObj(k -> {
                    DistrictDemand d = demand.get(k / locations.length);
                    LocationType location = locations[k % locations.length];
                    SiteInput input = input(scenario, d, location, calibrated.get(location));
                    SplittableRandom random = new SplittableRandom(scenario.load().seed() * 1_000_003L + k);
                    return simulateSite(d.district(), input, days, random, city, districtCurves, managedCharging);
                })
                .toList();
        List<SiteLoad> citySites = new ArrayList<>();
        for (LocationType location : locations) {
            citySites.add(city.site(location, days));
        }
        List<SiteSizing> sizing = sites.stream().map(SimulatedSite::sizing).filter(Objects::nonNull).toList();
        return new LoadResult(days, scenario.load().seed(), citySites,
                districtCurves ? sites.stream().map(SimulatedSite::load).toList() : List.of(),
                sizing, SizingTotals.city(sizing, city, days));
    }

    /** One site's load and, unless it is home charging, its sizing. */
    record SimulatedSite(SiteLoad load, SiteSizing sizing) {
    }

    static SimulatedSite simulateSite(String district, SiteInput input, int days, SplittableRandom random,
                                      CityTotals city, boolean keepCurves, ManagedCharging managedCharging) {
        Sessions sessions = Sessions.draw(input, days, random);
        int[] plugged = PoolSizing.pluggedIn(sessions, days);
        SiteSizing sizing = input.serviceLevel() == null ? null
                : PoolSizing.size(district, input.location(), sessions, plugged, days, input.powerKw(),
                        input.serviceLevel(), input.points());
        long points = sizing == null ? input.points() : sizing.points();
        double limitKw = input.siteLimitShare() * points * input.powerKw();
        Delivery unmanaged = PowerDispatch.unmanaged(sessions, input.powerKw(), days);
        Delivery managed = managedCharging.dispatch(sessions, input.powerKw(), limitKw, days, unmanaged);
        double demanded = sessions.demandedKwh();
        city.add(input.location(), demanded, limitKw, unmanaged, managed, plugged);
        LocationType l = input.location();
        SiteLoad load = new SiteLoad(district, l, limitKw, demanded,
                new SiteLoad.Outcome(unmanaged.servedKwh(), unmanaged.unservedKwh(),
                        keepCurves ? Percentiles.curves(l, false, unmanaged.kw(), days) : List.of()),
                new SiteLoad.Outcome(managed.servedKwh(), managed.unservedKwh(),
                        keepCurves ? Percentiles.curves(l, true, managed.kw(), days) : List.of()));
        return new SimulatedSite(load, sizing);
    }

    static SiteInput input(Scenario s, DistrictDemand d, LocationType location, CalibratedProfile measured) {
        LocationProfile profile = location.profile(s.load());
        ChargerClass charger = location.charger(s.charging());
        double power = charger.powerKw().value();
        double[] kwh = SiteInput.weekdayAndWeekendKwh(location.kwhPerDay(d), profile.weekendEnergyFactor().value());
        double limitShare = charger.siteLimitShare().value();
        long points = location.ports(d);
        Double serviceLevel = location == LocationType.HOME ? null : s.charging().serviceLevel().value();
        if (measured != null) {
            return new SiteInput(location, kwh[0], kwh[1], power, limitShare, points, serviceLevel,
                    ArrivalDistribution.fromHourlyCounts(measured.weekdayStartsPerHour()),
                    ArrivalDistribution.fromHourlyCounts(measured.weekendStartsPerHour()),
                    measured.dwellMedianHours(), profile.dwellSigma().value(),
                    measured.energyMeanKwh(), profile.energySigma().value());
        }
        return new SiteInput(location, kwh[0], kwh[1], power, limitShare, points, serviceLevel,
                ArrivalDistribution.fromPeaks(profile.weekdayArrivals()),
                ArrivalDistribution.fromPeaks(profile.weekendArrivals()),
                profile.dwellMedianHours().value(), profile.dwellSigma().value(),
                profile.energyPerSessionKwh().value(), profile.energySigma().value());
    }
}
