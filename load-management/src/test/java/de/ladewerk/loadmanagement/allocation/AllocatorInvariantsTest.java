package de.ladewerk.loadmanagement.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.loadmanagement.demand.Reduction;
import de.ladewerk.loadmanagement.demand.SessionDemand;
import de.ladewerk.loadmanagement.grid.BaseLoad;
import de.ladewerk.loadmanagement.grid.Evse;
import de.ladewerk.loadmanagement.grid.Grid;
import de.ladewerk.loadmanagement.grid.Phase;
import de.ladewerk.loadmanagement.grid.PhaseRotation;
import de.ladewerk.loadmanagement.grid.Site;
import de.ladewerk.loadmanagement.grid.Transformer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The allocator's promises over 2,000 random grids (fixed seeds): no limit exceeded, every allocated car
 * at least its minimum, no car waiting while its minimum would fit, 1-phase cars loading one phase,
 * §14a devices never below 4.2 kW. The loads are recomputed here from the allocations, independently
 * of the allocator's own figures.
 */
class AllocatorInvariantsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T18:00:00Z");
    private static final double TOL = 1e-6;

    @Test
    void invariantsHoldOnRandomGrids() {
        Allocator allocator = new Allocator();
        for (int seed = 0; seed < 2000; seed++) {
            Case c = randomCase(new Random(seed));
            AllocationResult r = allocator.allocate(c.grid, c.sessions, c.reductions, NOW);
            check(seed, c, r);
        }
    }

    private record Case(Grid grid, List<SessionDemand> sessions, List<Reduction> reductions) {
    }

    private static Case randomCase(Random rnd) {
        List<Transformer> transformers = new ArrayList<>();
        boolean withTransformer = rnd.nextBoolean();
        if (withTransformer) {
            transformers.add(new Transformer("T", 20 + rnd.nextInt(200), rnd.nextBoolean() ? null : 40.0 + rnd.nextInt(300)));
        }
        List<Site> sites = new ArrayList<>();
        List<Evse> evses = new ArrayList<>();
        List<SessionDemand> sessions = new ArrayList<>();
        int siteCount = 1 + rnd.nextInt(3);
        for (int s = 0; s < siteCount; s++) {
            String id = "S" + s;
            BaseLoad base = rnd.nextInt(4) == 0 ? new BaseLoad.Fixed(rnd.nextInt(30)) : BaseLoad.NONE;
            sites.add(new Site(id, withTransformer ? "T" : null, 5 + rnd.nextInt(150), 16 + rnd.nextInt(250), base));
            int n = rnd.nextInt(25);
            for (int e = 0; e < n; e++) {
                PhaseRotation rot = PhaseRotation.values()[rnd.nextInt(6)];
                int phases = rnd.nextInt(5) == 0 ? 1 : 3;
                double min = rnd.nextInt(4) == 0 ? 8 : 6;
                Evse evse = new Evse(id + "E" + e, id, rot, phases, min, 16 + rnd.nextInt(3) * 8,
                        rnd.nextBoolean(), rnd.nextInt(15) != 0);
                evses.add(evse);
                if (rnd.nextInt(4) != 0) {
                    SessionDemand d = SessionDemand.plain("c" + id + e, evse.id(), NOW.minusSeconds(rnd.nextInt(20_000)))
                            .withPhases(rnd.nextInt(4)).withPriority(rnd.nextInt(6) == 0 ? 5 : 0);
                    if (rnd.nextInt(3) == 0) {
                        d = d.withNeeds((double) rnd.nextInt(60_000), NOW.plusSeconds(600 + rnd.nextInt(30_000)));
                    }
                    if (rnd.nextInt(5) == 0) {
                        d = d.withCurrents(rnd.nextInt(11), 10 + rnd.nextInt(30));
                    }
                    if (rnd.nextInt(8) == 0) {
                        d = d.withDrawCap((double) rnd.nextInt(20));
                    }
                    sessions.add(d);
                }
            }
        }
        List<Reduction> reductions = new ArrayList<>();
        if (rnd.nextInt(3) == 0) {
            reductions.add(new Reduction("R", Set.of("S0"), rnd.nextInt(40), NOW.minusSeconds(60), NOW.plusSeconds(900), null));
        }
        return new Case(new Grid(transformers, sites, evses), sessions, reductions);
    }

    private static void check(int seed, Case c, AllocationResult r) {
        String at = "seed " + seed;
        Map<String, Allocation> by = r.bySession();
        assertThat(by).as(at).hasSize(c.sessions.size());
        // every limit, recomputed
        Load load = new Load(c.grid, NOW);
        for (SessionDemand s : c.sessions) {
            load.add(c.grid.evse(s.evseId()).orElseThrow(), s, by.get(s.sessionId()).amps());
        }
        boolean overloadedAlone = !r.warnings().isEmpty();
        if (!overloadedAlone) {
            load.assertWithin(at);
        }
        Reduction red = c.reductions.isEmpty() ? null : c.reductions.get(0);
        double reductionFloorKw = 0;
        double reducedKw = 0;
        for (SessionDemand s : c.sessions) {
            Evse e = c.grid.evse(s.evseId()).orElseThrow();
            Allocation a = by.get(s.sessionId());
            int phases = s.phasesUsed() == 0 ? e.phases() : Math.min(s.phasesUsed(), e.phases());
            double kwPerAmp = phases * Phase.NOMINAL_VOLTS / 1000;
            double min = Math.max(6, Math.max(e.minAmps(), s.evMinAmps()));
            double max = Math.min(e.maxAmps(), s.evMaxAmps());
            assertThat(a.phases()).as(at).isEqualTo(phases);
            assertThat(a.kw()).as(at + " kW of " + s.sessionId()).isCloseTo(a.amps() * kwPerAmp, org.assertj.core.data.Offset.offset(1e-9));
            if (!e.compliant()) {
                assertThat(a.reason()).as(at).isEqualTo(Reason.UNMANAGED);
                continue;
            }
            assertThat(a.amps()).as(at + " " + s.sessionId() + " above its maximum").isLessThanOrEqualTo(max + TOL);
            if (a.paused()) {
                assertThat(a.reason()).as(at).isEqualTo(Reason.PAUSED);
                // waiting only when its minimum does not fit: with it added at its minimum some limit breaks
                if (min <= max && !overloadedAlone) {
                    Load with = load.copy();
                    with.add(e, s, Math.ceil(min * 10 - 1e-6) / 10);
                    assertThat(with.exceeded()).as(at + " " + s.sessionId() + " waits although its minimum fits").isTrue();
                }
            } else {
                assertThat(a.amps()).as(at + " " + s.sessionId() + " below its minimum").isGreaterThanOrEqualTo(min - TOL);
            }
            if (red != null && e.controllable() && e.siteId().equals("S0")) {
                // 4.2 kW (in 0.1 A steps, up), or less if the device cannot take that, or more if its minimum is more
                double legalAmps = Math.ceil(Reduction.MIN_DEVICE_KW / kwPerAmp * 10 - 1e-6) / 10;
                double floorKw = Math.max(min, Math.min(legalAmps, Math.floor(max * 10 + 1e-6) / 10)) * kwPerAmp;
                if (!a.paused()) {
                    reductionFloorKw += floorKw;
                    reducedKw += a.kw();
                    // §14a: the reduction never takes a device below 4.2 kW; only the site's own limits may
                    boolean ownLimit = a.reason() == Reason.LIMITED && !a.detail().startsWith("§14a");
                    if (!ownLimit) {
                        assertThat(a.kw()).as(at + " §14a minimum of " + s.sessionId() + " " + a + " " + s + " " + e)
                                .isGreaterThanOrEqualTo(Math.min(floorKw, Reduction.MIN_DEVICE_KW) - TOL);
                    }
                }
            }
        }
        // when every car fits at its minimum together, none waits
        Load allAtMinimum = new Load(c.grid, NOW);
        boolean anyUnservable = false;
        for (SessionDemand s : c.sessions) {
            Evse e = c.grid.evse(s.evseId()).orElseThrow();
            double min = Math.ceil(Math.max(6, Math.max(e.minAmps(), s.evMinAmps())) * 10 - 1e-6) / 10;
            anyUnservable |= min > Math.min(e.maxAmps(), s.evMaxAmps());
            allAtMinimum.add(e, s, e.compliant() ? min : e.maxAmps());
        }
        if (!anyUnservable && !allAtMinimum.exceeded() && red == null) {
            assertThat(r.allocations()).as(at + " all minimums fit").noneMatch(Allocation::paused);
        }
        if (red != null) {
            assertThat(reducedKw).as(at + " §14a reduction").isLessThanOrEqualTo(Math.max(red.powerKw(), reductionFloorKw) + TOL);
        }
    }

    /** The load on every limit from base loads and allocations, recomputed. */
    private static final class Load {
        final Grid grid;
        final Map<String, double[]> sitePhase = new HashMap<>();
        final Map<String, Double> siteKw = new HashMap<>();
        final Map<String, double[]> trPhase = new HashMap<>();
        final Map<String, Double> trKw = new HashMap<>();

        Load(Grid grid, Instant now) {
            this.grid = grid;
            for (Site s : grid.sites()) {
                double kw = s.baseLoad().kwAt(now);
                double a = BaseLoad.ampsPerPhase(kw);
                sitePhase.put(s.id(), new double[] {a, a, a});
                siteKw.put(s.id(), kw);
                if (s.transformerId() != null) {
                    trKw.merge(s.transformerId(), kw, Double::sum);
                    double[] t = trPhase.computeIfAbsent(s.transformerId(), k -> new double[3]);
                    for (int p = 0; p < 3; p++) {
                        t[p] += a;
                    }
                }
            }
        }

        Load copy() {
            Load l = new Load(grid, NOW);
            sitePhase.forEach((k, v) -> l.sitePhase.put(k, v.clone()));
            l.siteKw.putAll(siteKw);
            trPhase.forEach((k, v) -> l.trPhase.put(k, v.clone()));
            l.trKw.putAll(trKw);
            return l;
        }

        void add(Evse e, SessionDemand s, double amps) {
            int phases = s.phasesUsed() == 0 ? e.phases() : Math.min(s.phasesUsed(), e.phases());
            Site site = grid.site(e.siteId());
            double kw = amps * phases * Phase.NOMINAL_VOLTS / 1000;
            siteKw.merge(site.id(), kw, Double::sum);
            for (int p = 0; p < phases; p++) {
                sitePhase.get(site.id())[e.rotation().gridPhase(p).ordinal()] += amps;
                if (site.transformerId() != null) {
                    trPhase.get(site.transformerId())[e.rotation().gridPhase(p).ordinal()] += amps;
                }
            }
            if (site.transformerId() != null) {
                trKw.merge(site.transformerId(), kw, Double::sum);
            }
        }

        boolean exceeded() {
            for (Site s : grid.sites()) {
                if (siteKw.get(s.id()) > s.limitKw() + TOL) {
                    return true;
                }
                for (double a : sitePhase.get(s.id())) {
                    if (a > s.limitAmpsPerPhase() + TOL) {
                        return true;
                    }
                }
            }
            for (Transformer t : grid.transformers()) {
                if (trKw.getOrDefault(t.id(), 0.0) > t.limitKw() + TOL) {
                    return true;
                }
                if (t.limitAmpsPerPhase() != null) {
                    for (double a : trPhase.getOrDefault(t.id(), new double[3])) {
                        if (a > t.limitAmpsPerPhase() + TOL) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        void assertWithin(String at) {
            assertThat(exceeded()).as(at + " a limit is exceeded: sites " + siteKw + " transformers " + trKw).isFalse();
        }
    }
}
