package de.ladewerk.planning.measured;

import de.ladewerk.planning.load.CalibratedProfile;
import de.ladewerk.planning.load.LocationType;
import de.ladewerk.planning.model.InstalledCapacity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns what the measured source reports into a scenario's baseline: installed capacity and use per
 * district, plus public AC/DC session profiles to replace the assumed ones.
 *
 * @param districts        one baseline per scenario district, in scenario order (zeros where nothing is installed)
 * @param unknownDistricts districts named by the measured network but not by the scenario; their
 *                         connectors are not counted anywhere, so the caller should show them
 * @param calibration      measured session profiles per location (public AC/DC) with enough sessions
 */
public record MeasuredBaseline(List<DistrictBaseline> districts, Set<String> unknownDistricts,
                               Map<LocationType, CalibratedProfile> calibration) {

    /** Fewer sessions than this per current type leave the assumed profile in place: too noisy to fit. */
    public static final int MIN_SESSIONS_TO_CALIBRATE = 200;

    /** Reads the source once and joins it to the scenario's districts by name. */
    public static MeasuredBaseline from(MeasuredNetworkSource source, List<String> scenarioDistricts) {
        List<InstalledPort> ports = source.installedPorts();
        List<MeasuredUse> uses = source.measuredUse();
        Set<String> unknown = new TreeSet<>();
        ports.stream().map(InstalledPort::district).filter(d -> !scenarioDistricts.contains(d)).forEach(unknown::add);
        uses.stream().map(MeasuredUse::district).filter(d -> !scenarioDistricts.contains(d)).forEach(unknown::add);
        List<DistrictBaseline> baselines = new ArrayList<>();
        for (String district : scenarioDistricts) {
            baselines.add(district(district, ports, uses));
        }
        Map<LocationType, CalibratedProfile> calibration = new EnumMap<>(LocationType.class);
        Calibration.fit(uses, CurrentType.AC).ifPresent(p -> calibration.put(LocationType.PUBLIC_AC, p));
        Calibration.fit(uses, CurrentType.DC).ifPresent(p -> calibration.put(LocationType.PUBLIC_DC, p));
        return new MeasuredBaseline(baselines, unknown, calibration);
    }

    /** Installed capacity per district name, for the gap computation. */
    public Map<String, InstalledCapacity> installedByDistrict() {
        Map<String, InstalledCapacity> map = new LinkedHashMap<>();
        districts.forEach(b -> map.put(b.district(), b.installed()));
        return map;
    }

    private static DistrictBaseline district(String name, List<InstalledPort> ports, List<MeasuredUse> uses) {
        long ac = 0;
        long dc = 0;
        double acKw = 0;
        double dcKw = 0;
        for (InstalledPort p : ports) {
            if (!p.district().equals(name)) {
                continue;
            }
            if (p.current() == CurrentType.AC) {
                ac += p.connectors();
                acKw += p.connectors() * p.maxPowerKw();
            } else {
                dc += p.connectors();
                dcKw += p.connectors() * p.maxPowerKw();
            }
        }
        MeasuredUse useAc = find(uses, name, CurrentType.AC);
        MeasuredUse useDc = find(uses, name, CurrentType.DC);
        double energy = (useAc == null ? 0 : useAc.energyKwhPerDay()) + (useDc == null ? 0 : useDc.energyKwhPerDay());
        double peak = (useAc == null ? 0 : useAc.peakPowerKw()) + (useDc == null ? 0 : useDc.peakPowerKw());
        return new DistrictBaseline(name, new InstalledCapacity(ac, dc, acKw, dcKw), energy,
                utilisation(useAc, acKw), utilisation(useDc, dcKw),
                useAc == null ? null : useAc.sessionsPerPortPerDay(),
                useDc == null ? null : useDc.sessionsPerPortPerDay(), peak);
    }

    private static Double utilisation(MeasuredUse use, double installedKw) {
        return use == null || installedKw <= 0 ? null : use.energyKwhPerDay() / (installedKw * 24);
    }

    private static MeasuredUse find(List<MeasuredUse> uses, String district, CurrentType current) {
        return uses.stream().filter(u -> u.district().equals(district) && u.current() == current)
                .findFirst().orElse(null);
    }
}
