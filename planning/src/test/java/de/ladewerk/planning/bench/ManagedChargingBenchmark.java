package de.ladewerk.planning.bench;

import de.ladewerk.planning.PlanningService;
import de.ladewerk.planning.load.LoadResult;
import de.ladewerk.planning.load.LoadSimulator;
import de.ladewerk.planning.load.ManagedCharging;
import de.ladewerk.planning.load.SiteLoad;
import de.ladewerk.planning.model.DemandModel;
import de.ladewerk.planning.scenario.Scenario;
import de.ladewerk.planning.scenario.ScenarioOverrides;
import java.util.Locale;
import java.util.Map;

/**
 * Load simulation of the shipped target scenario with each managed-charging allocation: process CPU time and
 * the city's managed weekday peak and unserved energy, so the cost of the live allocator can be weighed.
 * Arguments: simulated days (default 30).
 */
public final class ManagedChargingBenchmark {

    private ManagedChargingBenchmark() {
    }

    public static void main(String[] args) {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Scenario scenario = ScenarioOverrides.withSetting(new PlanningService().load("wolfsburg-2025-target"), "load.days", days);
        var demand = DemandModel.compute(scenario);
        Map<String, ManagedCharging> kinds = Map.of("proportional", ManagedCharging.PROPORTIONAL, "allocator", ManagedCharging.ALLOCATOR);
        for (String kind : new String[] {"proportional", "allocator"}) {
            long cpu = cpuNanos();
            long wall = System.nanoTime();
            LoadResult r = LoadSimulator.simulate(scenario, demand, Map.of(), false, kinds.get(kind));
            double cpuS = (cpuNanos() - cpu) / 1e9;
            double wallS = (System.nanoTime() - wall) / 1e9;
            double unserved = r.city().stream().mapToDouble(s -> s.managed().unservedKwh()).sum();
            double demanded = r.city().stream().mapToDouble(SiteLoad::demandedKwh).sum();
            System.out.printf(Locale.ROOT, "%s: days=%d, %.1f s CPU, %.1f s wall, managed unserved %.2f %% of %.1f GWh%n",
                    kind, days, cpuS, wallS, 100 * unserved / demanded, demanded / 1e6);
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
