package de.ladewerk.planning.load;

import de.ladewerk.planning.model.DistrictDemand;
import de.ladewerk.planning.model.DemandModel;
import de.ladewerk.planning.scenario.ChargerClass;
import de.ladewerk.planning.scenario.Hub;
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
        return simulate(scenario, demand, calibrated, districtCurves, ManagedCharging.DEFAULT);
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
        List<HubResult> hubs = hubs(scenario, demand, calibrated.get(LocationType.PUBLIC_DC), days, city, managedCharging);
        List<SiteLoad> citySites = new ArrayList<>();
        for (LocationType location : locations) {
            citySites.add(city.site(location, days));
        }
        List<SiteSizing> sizing = sites.stream().map(SimulatedSite::sizing).filter(Objects::nonNull).toList();
        List<SiteSizing> pools = new ArrayList<>(sizing);
        hubs.forEach(h -> pools.add(h.sizing()));
        return new LoadResult(days, scenario.load().seed(), citySites,
                districtCurves ? sites.stream().map(SimulatedSite::load).toList() : List.of(),
                sizing, SizingTotals.city(pools, city, days), hubs);
    }

    /** The DC hubs: each gets the DC energy of the districts nearest to it; their random streams follow the districts'. */
    private static List<HubResult> hubs(Scenario scenario, List<DistrictDemand> demand, CalibratedProfile measured, int days,
                                        CityTotals city, ManagedCharging managedCharging) {
        Map<String, String> hubOf = HubAssignment.nearest(scenario);
        List<Hub> hubs = scenario.hubList();
        int first = demand.size() * LocationType.values().length;
        return IntStream.range(0, hubs.size()).parallel().mapToObj(h -> {
            Hub hub = hubs.get(h);
            List<DistrictDemand> served = demand.stream().filter(d -> hub.name().equals(hubOf.get(d.district()))).toList();
            double kwh = served.stream().mapToDouble(d -> d.energyKwhPerDay().publicDc()).sum();
            SiteInput input = withEnergy(input(scenario, null, LocationType.PUBLIC_DC, measured), kwh,
                    DemandModel.portsFor(kwh, scenario.charging().publicDc()), hub.gridConnectionKw().value(), scenario);
            SplittableRandom random = new SplittableRandom(scenario.load().seed() * 1_000_003L + first + h);
            SimulatedSite site = simulateSite(hub.name(), input, days, random, city, true, managedCharging);
            double unmanaged = weekdayPeak(site.load().unmanaged());
            return new HubResult(hub.name(), hub.site(), hub.gridConnectionKw().value(),
                    served.stream().map(DistrictDemand::district).toList(), kwh, site.sizing(), unmanaged,
                    weekdayPeak(site.load().managed()), unmanaged > hub.gridConnectionKw().value());
        }).toList();
    }

    private static SiteInput withEnergy(SiteInput in, double kwhPerDay, long points, Double gridConnectionKw, Scenario s) {
        double[] kwh = SiteInput.weekdayAndWeekendKwh(kwhPerDay, s.load().publicDc().weekendEnergyFactor().value());
        return new SiteInput(in.location(), kwh[0], kwh[1], in.powerKw(), in.siteLimitShare(), points, in.serviceLevel(),
                gridConnectionKw, in.weekdayArrivals(), in.weekendArrivals(), in.dwellMedianHours(), in.dwellSigma(),
                in.energyMeanKwh(), in.energySigma());
    }

    private static double weekdayPeak(SiteLoad.Outcome o) {
        return o.curves().stream().filter(c -> c.dayType() == DayType.WEEKDAY).mapToDouble(LoadCurve::peakP99Kw).max().orElse(0);
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
        if (input.gridConnectionKw() != null) {
            limitKw = Math.min(limitKw, input.gridConnectionKw());
        }
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
        // with hubs, a district's DC demand is simulated at its hub, not in the district
        boolean atHub = location == LocationType.PUBLIC_DC && !s.hubList().isEmpty();
        double[] kwh = d == null || atHub ? new double[] {0, 0}
                : SiteInput.weekdayAndWeekendKwh(location.kwhPerDay(d), profile.weekendEnergyFactor().value());
        double limitShare = charger.siteLimitShare().value();
        long points = d == null || atHub ? 0 : location.ports(d);
        Double serviceLevel = location == LocationType.HOME ? null : s.charging().serviceLevel().value();
        if (measured != null) {
            return new SiteInput(location, kwh[0], kwh[1], power, limitShare, points, serviceLevel, null,
                    ArrivalDistribution.fromHourlyCounts(measured.weekdayStartsPerHour()),
                    ArrivalDistribution.fromHourlyCounts(measured.weekendStartsPerHour()),
                    measured.dwellMedianHours(), profile.dwellSigma().value(),
                    measured.energyMeanKwh(), profile.energySigma().value());
        }
        return new SiteInput(location, kwh[0], kwh[1], power, limitShare, points, serviceLevel, null,
                ArrivalDistribution.fromPeaks(profile.weekdayArrivals()),
                ArrivalDistribution.fromPeaks(profile.weekendArrivals()),
                profile.dwellMedianHours().value(), profile.dwellSigma().value(),
                profile.energyPerSessionKwh().value(), profile.energySigma().value());
    }
}
