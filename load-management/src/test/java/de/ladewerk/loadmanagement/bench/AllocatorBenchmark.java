package de.ladewerk.loadmanagement.bench;

import de.ladewerk.loadmanagement.allocation.AllocationResult;
import de.ladewerk.loadmanagement.allocation.Allocator;
import de.ladewerk.loadmanagement.demand.Reduction;
import de.ladewerk.loadmanagement.demand.SessionDemand;
import de.ladewerk.loadmanagement.grid.BaseLoad;
import de.ladewerk.loadmanagement.grid.Evse;
import de.ladewerk.loadmanagement.grid.Grid;
import de.ladewerk.loadmanagement.grid.PhaseRotation;
import de.ladewerk.loadmanagement.grid.Site;
import de.ladewerk.loadmanagement.grid.Transformer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The allocator's run time for one site of 500 sessions under a transformer: 1- and 3-phase cars on EVSEs
 * of all six phase rotations, three priority groups, a third with ISO 15118 needs, a tenth drawing less
 * than offered, some stations rejecting profiles, an active §14a reduction, and a limit far below the
 * installed power (every limit binds somewhere). 64 such inputs (different seeds) are allocated in turn.
 *
 * <p>Run: {@code mvn -B -q -o -pl load-management test-compile && java -cp
 * load-management/target/classes:load-management/target/test-classes
 * de.ladewerk.loadmanagement.bench.AllocatorBenchmark [timed runs]}. Not a unit test (not named *Test).
 */
public final class AllocatorBenchmark {

    private static final Instant NOW = Instant.parse("2026-12-07T18:00:00Z");

    private AllocatorBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int sessions = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        List<Input> inputs = new ArrayList<>();
        for (int seed = 0; seed < 64; seed++) {
            inputs.add(input(new Random(seed), sessions));
        }
        Allocator allocator = new Allocator();
        long sink = 0;
        for (int i = 0; i < 5_000; i++) { // JIT warm-up
            Input in = inputs.get(i % inputs.size());
            sink += allocator.allocate(in.grid, in.sessions, in.reductions, NOW).allocations().size();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            Input in = inputs.get(i % inputs.size());
            long start = System.nanoTime();
            AllocationResult r = allocator.allocate(in.grid, in.sessions, in.reductions, NOW);
            nanos[i] = System.nanoTime() - start;
            sink += r.allocations().size();
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "cores=%d java=%s sessions=%d runs=%d: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms (%d)%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), sessions, runs,
                ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99), nanos[runs - 1] / 1e6, sink);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private record Input(Grid grid, List<SessionDemand> sessions, List<Reduction> reductions) {
    }

    private static Input input(Random rnd, int n) {
        Transformer t = new Transformer("T", 2_000, 2_900.0);
        Site site = new Site("S", "T", 2_500, 3_600, new BaseLoad.Fixed(150));
        List<Evse> evses = new ArrayList<>();
        List<SessionDemand> cars = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Evse e = new Evse("E" + i, "S", PhaseRotation.values()[i % 6], rnd.nextInt(10) == 0 ? 1 : 3, 6,
                    rnd.nextBoolean() ? 32 : 16, rnd.nextInt(3) == 0, rnd.nextInt(50) != 0);
            evses.add(e);
            SessionDemand d = SessionDemand.plain("c" + i, e.id(), NOW.minusSeconds(rnd.nextInt(36_000)))
                    .withPhases(rnd.nextInt(5) == 0 ? 1 : 3).withPriority(rnd.nextInt(10) == 0 ? 2 : rnd.nextInt(5) == 0 ? 1 : 0);
            if (rnd.nextInt(3) == 0) {
                d = d.withNeeds(5_000.0 + rnd.nextInt(50_000), NOW.plusSeconds(1_800 + rnd.nextInt(40_000)));
            }
            if (rnd.nextInt(10) == 0) {
                d = d.withDrawCap(4.0 + rnd.nextInt(12));
            }
            cars.add(d);
        }
        Reduction r = new Reduction("R", Set.of("S"), 300, NOW.minusSeconds(600), NOW.plusSeconds(3_600), null);
        return new Input(new Grid(List.of(t), List.of(site), evses), cars, List.of(r));
    }
}
