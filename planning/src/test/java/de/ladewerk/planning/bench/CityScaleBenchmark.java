package de.ladewerk.planning.bench;

import de.ladewerk.planning.PlanningResult;
import de.ladewerk.planning.PlanningService;
import de.ladewerk.planning.load.SiteLoad;
import de.ladewerk.planning.scenario.Scenario;
import de.ladewerk.planning.scenario.ScenarioOverrides;
import java.util.Locale;

/**
 * City-scale benchmark: the shipped Wolfsburg target scenario (41 districts, ≈144,000 registered cars)
 * simulated over 1,000 days at 15-minute resolution, unmanaged and managed.
 *
 * <p>Run: {@code java -cp <planning classpath + test-classes> de.ladewerk.planning.bench.CityScaleBenchmark [runs]}.
 * The first run warms the JIT; the rest are timed. Not a unit test: it is not named *Test.
 */
public final class CityScaleBenchmark {

    private CityScaleBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        PlanningService service = new PlanningService();
        Scenario scenario = service.load("wolfsburg-2025-target");
        // the benchmark counts every registered car as based here: the largest city-scale fleet
        Scenario city = ScenarioOverrides.with(scenario, "vehicles.externalShare", 0.0);
        System.out.printf(Locale.ROOT, "cores=%d, java=%s, days=%d%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), city.load().days());
        for (int run = 0; run <= runs; run++) {
            long start = System.nanoTime();
            long cpuStart = cpuNanos();
            PlanningResult r = service.run(city, null);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (cpuNanos() - cpuStart) / 1e9;
            double kwh = r.load().city().stream().mapToDouble(SiteLoad::demandedKwh).sum();
            System.out.printf(Locale.ROOT, "%s run: %.2f s wall, %.2f s CPU; %.0f registered cars, %.0f EVs, %d districts, %.1f GWh simulated%n",
                    run == 0 ? "warm-up" : "timed", seconds, cpuSeconds,
                    r.districts().stream().mapToDouble(d -> d.demand().vehicles().registered()).sum(),
                    r.city().evs(), r.districts().size(), kwh / 1e6);
        }
    }

    // wall time on a shared machine depends on the neighbours; process CPU time does not
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
