package de.ladewerk.planning;

import de.ladewerk.planning.load.HubResult;
import de.ladewerk.planning.measured.MeasuredBaseline;
import de.ladewerk.planning.model.Benchmarks;
import de.ladewerk.planning.model.DistrictDemand;
import de.ladewerk.planning.model.PortsNeeded;
import de.ladewerk.planning.scenario.Scenario;
import java.util.List;

/** Adds district demand up to city totals and holds them against the ratio benchmarks. */
final class CitySummaries {

    private CitySummaries() {
    }

    static CitySummary of(Scenario scenario, List<DistrictDemand> demand, List<DistrictDemand> byEnergy,
                          List<HubResult> hubs, MeasuredBaseline baseline) {
        double evs = demand.stream().mapToDouble(d -> d.vehicles().evs()).sum();
        double bevs = demand.stream().mapToDouble(d -> d.vehicles().bevs()).sum();
        double phevs = demand.stream().mapToDouble(d -> d.vehicles().phevs()).sum();
        double commuterEvs = demand.stream().mapToDouble(d -> d.vehicles().commuterEvs()).sum();
        double energy = demand.stream().mapToDouble(d -> d.energyKwhPerDay().total()).sum();
        double publicEnergy = demand.stream().mapToDouble(d -> d.energyKwhPerDay().publicTotal()).sum();
        // with hubs, DC points stand at the hubs, not in the districts
        long hubPoints = hubs.stream().mapToLong(h -> h.sizing().points()).sum();
        long hubOldPoints = hubs.stream().mapToLong(h -> h.sizing().pointsByEnergyUtilisation()).sum();
        PortsNeeded districts = total(demand);
        PortsNeeded ports = new PortsNeeded(districts.home(), districts.work(), districts.publicAc(),
                districts.publicDc() + hubPoints);
        PortsNeeded old = total(byEnergy);
        PortsNeeded portsByEnergy = hubs.isEmpty() ? old
                : new PortsNeeded(old.home(), old.work(), old.publicAc(), hubOldPoints);
        double publicKw = demand.stream().mapToDouble(DistrictDemand::publicKw).sum()
                + hubPoints * scenario.charging().publicDc().powerKw().value();
        Long installed = null;
        String installedSource = "unknown";
        if (baseline != null) {
            installed = baseline.districts().stream().mapToLong(b -> b.installed().ports()).sum();
            installedSource = "measured network (Ladewerk)";
        } else if (scenario.installedPublicPoints() != null) {
            installed = (long) scenario.installedPublicPoints().value();
            installedSource = scenario.installedPublicPoints().source();
        }
        return new CitySummary(scenario.vehicles().evShare().shareIn(scenario.year()), evs, bevs, phevs, commuterEvs,
                energy / 1000, publicEnergy / 1000, ports, portsByEnergy, publicKw, Benchmarks.afirKw(bevs, phevs),
                scenario.commuters().evShare().shareIn(scenario.year()),
                ports.publicTotal() > 0 ? evs / ports.publicTotal() : null,
                ports.publicTotal() > 0 ? (evs + commuterEvs) / ports.publicTotal() : null,
                ceil(evs / Benchmarks.EU_EVS_PER_POINT), ceil(evs / Benchmarks.NLL_CITY_EVS_PER_POINT),
                ceil(evs / Benchmarks.NLL_RURAL_EVS_PER_POINT),
                installed, installedSource, installed == null ? null : ports.publicTotal() - installed,
                demand.stream().mapToLong(DistrictDemand::transformerCount).sum(),
                demand.stream().mapToLong(DistrictDemand::overloadedTransformers).sum());
    }

    private static PortsNeeded total(List<DistrictDemand> demand) {
        return new PortsNeeded(
                demand.stream().mapToLong(d -> d.ports().home()).sum(),
                demand.stream().mapToLong(d -> d.ports().work()).sum(),
                demand.stream().mapToLong(d -> d.ports().publicAc()).sum(),
                demand.stream().mapToLong(d -> d.ports().publicDc()).sum());
    }

    private static long ceil(double x) {
        return (long) Math.ceil(x);
    }
}
