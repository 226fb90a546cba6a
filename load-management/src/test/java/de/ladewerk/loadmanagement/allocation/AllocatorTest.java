package de.ladewerk.loadmanagement.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Worked cases of the allocator; the invariants over random grids are in {@link AllocatorInvariantsTest}. */
class AllocatorTest {

    static final Instant NOW = Instant.parse("2026-12-07T17:00:00Z");
    private final Allocator allocator = new Allocator();

    /** {@code n} 22 kW (32 A, 3-phase) EVSEs on site S under {@code kw} kW and {@code amps} A per phase. */
    static List<Evse> evses(String site, int n) {
        List<Evse> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(Evse.threePhase(site + "-E" + i, site, 32));
        }
        return out;
    }

    static List<SessionDemand> cars(String site, int n) {
        List<SessionDemand> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(SessionDemand.plain("car" + i, site + "-E" + i, NOW.minusSeconds(60L * i)));
        }
        return out;
    }

    @Test
    void twentyCarsShare150KwEqually() {
        Grid grid = Grid.of(new Site("S", null, 150, 250, BaseLoad.NONE), evses("S", 20));
        AllocationResult r = allocator.allocate(grid, cars("S", 20), List.of(), NOW);

        // 150 kW / (20 × 3 × 230 V) = 10.87 A each, rounded down to 10.8 A
        assertThat(r.allocations()).allSatisfy(a -> {
            assertThat(a.amps()).isEqualTo(10.8);
            assertThat(a.reason()).isEqualTo(Reason.LIMITED);
            assertThat(a.detail()).isEqualTo("site S kW");
        });
        assertThat(r.totalKw()).isLessThanOrEqualTo(150).isGreaterThan(149);
        assertThat(r.limit("site S kW").orElseThrow().exceeded()).isFalse();
    }

    @Test
    void fewCarsGetTheirMaximum() {
        Grid grid = Grid.of(new Site("S", null, 150, 250, BaseLoad.NONE), evses("S", 20));
        AllocationResult r = allocator.allocate(grid, cars("S", 3), List.of(), NOW);
        assertThat(r.allocations()).extracting(Allocation::amps).containsOnly(32.0);
        assertThat(r.allocations()).extracting(Allocation::reason).containsOnly(Reason.AT_MAXIMUM);
    }

    @Test
    void baseLoadIsSubtracted() {
        Grid grid = Grid.of(new Site("S", null, 50, 250, new BaseLoad.Fixed(29.3)), evses("S", 3));
        AllocationResult r = allocator.allocate(grid, cars("S", 3), List.of(), NOW);
        // (50 − 29.3) kW / (3 × 690 W) = 10 A
        assertThat(r.allocations()).extracting(Allocation::amps).containsOnly(10.0);
    }

    @Test
    void carsThatDoNotFitWaitByArrival_theEarliestChargeAtTheirMinimum() {
        // 20 kW fit four cars at 6 A (4.14 kW each), not five
        Grid grid = Grid.of(new Site("S", null, 20, 250, BaseLoad.NONE), evses("S", 5));
        AllocationResult r = allocator.allocate(grid, cars("S", 5), List.of(), NOW);
        // car5 arrived first (plugged in 5 minutes ago), car1 last
        assertThat(r.of("car1").orElseThrow().amps()).isZero();
        assertThat(r.of("car1").orElseThrow().reason()).isEqualTo(Reason.PAUSED);
        assertThat(r.of("car1").orElseThrow().detail()).contains("site S kW");
        assertThat(r.allocations()).filteredOn(a -> !a.sessionId().equals("car1"))
                .allSatisfy(a -> assertThat(a.amps()).isGreaterThanOrEqualTo(6.0));
    }

    @Test
    void onePhaseCarsLoadOnlyTheirPhase_andRotationPicksWhichOne() {
        // 32 A per phase: three 1-phase cars on differently wired EVSEs each have a phase of their own
        Site site = new Site("S", null, 100, 32, BaseLoad.NONE);
        Grid grid = Grid.of(site, List.of(
                Evse.threePhase("E1", "S", 32),
                Evse.threePhase("E2", "S", 32).withRotation(PhaseRotation.STR),
                Evse.threePhase("E3", "S", 32).withRotation(PhaseRotation.TRS)));
        List<SessionDemand> cars = List.of(
                SessionDemand.plain("a", "E1", NOW).withPhases(1),
                SessionDemand.plain("b", "E2", NOW).withPhases(1),
                SessionDemand.plain("c", "E3", NOW).withPhases(1));
        AllocationResult r = allocator.allocate(grid, cars, List.of(), NOW);
        assertThat(r.allocations()).extracting(Allocation::amps).containsOnly(32.0);
        assertThat(r.of("a").orElseThrow().kw()).isCloseTo(7.36, within(1e-9));
        assertThat(r.limit("site S L1").orElseThrow().used()).isEqualTo(32.0);
        assertThat(r.limit("site S L2").orElseThrow().used()).isEqualTo(32.0);

        // all on the standard wiring, the three share L1
        Grid same = Grid.of(site, List.of(Evse.threePhase("E1", "S", 32), Evse.threePhase("E2", "S", 32),
                Evse.threePhase("E3", "S", 32)));
        AllocationResult shared = allocator.allocate(same, cars, List.of(), NOW);
        assertThat(shared.allocations()).extracting(Allocation::amps).containsOnly(10.6);
        assertThat(shared.allocations()).extracting(Allocation::detail).containsOnly("site S L1");
    }

    @Test
    void aOnePhaseCarLeavesTheOtherPhasesToTheThreePhaseCars() {
        // 20 A per phase; a 1-phase car on L1 and a 3-phase car: both share L1, L2/L3 have room
        Grid grid = Grid.of(new Site("S", null, 100, 20, BaseLoad.NONE),
                List.of(Evse.threePhase("E1", "S", 32), Evse.threePhase("E2", "S", 32)));
        AllocationResult r = allocator.allocate(grid, List.of(
                SessionDemand.plain("one", "E1", NOW).withPhases(1), SessionDemand.plain("three", "E2", NOW)), List.of(), NOW);
        assertThat(r.of("one").orElseThrow().amps()).isEqualTo(10.0);
        assertThat(r.of("three").orElseThrow().amps()).isEqualTo(10.0);
        assertThat(r.limit("site S L1").orElseThrow().used()).isEqualTo(20.0);
    }

    @Test
    void theFleetGroupIsServedFirst() {
        Grid grid = Grid.of(new Site("S", null, 40, 250, BaseLoad.NONE), evses("S", 3));
        List<SessionDemand> cars = new ArrayList<>(cars("S", 3));
        cars.set(2, cars.get(2).withPriority(10));
        AllocationResult r = allocator.allocate(grid, cars, List.of(), NOW);
        assertThat(r.of("car3").orElseThrow().amps()).isEqualTo(32.0);
        // (40 − 22.08) kW / 2 / 690 W = 12.98 A
        assertThat(r.of("car1").orElseThrow().amps()).isEqualTo(12.9);
        assertThat(r.of("car2").orElseThrow().amps()).isEqualTo(12.9);
    }

    @Test
    void aCarThatMustLeaveSoonGetsWhatItNeedsBeforeTheOthersShare() {
        Grid grid = Grid.of(new Site("S", null, 30, 250, BaseLoad.NONE), evses("S", 3));
        List<SessionDemand> cars = new ArrayList<>(cars("S", 3));
        // 20.7 kWh in 1 h on 3 phases: 30 A
        cars.set(0, cars.get(0).withNeeds(20_700.0, NOW.plusSeconds(3600)));
        AllocationResult r = allocator.allocate(grid, cars, List.of(), NOW);
        // the others keep their minimum (6 A); the urgent car gets its 30 A first; the last 1.5 A go to the lowest
        assertThat(r.of("car1").orElseThrow().amps()).isEqualTo(30.0);
        assertThat(r.of("car2").orElseThrow().amps()).isEqualTo(6.7);
        assertThat(r.of("car3").orElseThrow().amps()).isEqualTo(6.7);
    }

    @Test
    void aCarNeedingLittleGetsItsNeedAndThenSharesTheRestEqually() {
        Grid grid = Grid.of(new Site("S", null, 30, 250, BaseLoad.NONE), evses("S", 2));
        List<SessionDemand> cars = new ArrayList<>(cars("S", 2));
        cars.set(0, cars.get(0).withNeeds(6_900.0, NOW.plusSeconds(3600))); // 10 A
        AllocationResult r = allocator.allocate(grid, cars, List.of(), NOW);
        // 30 kW / 690 W = 43.5 A in all: both rise together past the 10 A need
        assertThat(r.of("car1").orElseThrow().amps()).isEqualTo(21.7);
        assertThat(r.of("car2").orElseThrow().amps()).isEqualTo(21.7);
    }

    @Test
    void theTransformerLimitsSeveralSites() {
        Transformer t = new Transformer("T", 60, null);
        Site a = new Site("A", "T", 50, 250, BaseLoad.NONE);
        Site b = new Site("B", "T", 50, 250, new BaseLoad.Fixed(18.6));
        List<Evse> evses = new ArrayList<>(evses("A", 2));
        evses.addAll(evses("B", 2));
        Grid grid = new Grid(List.of(t), List.of(a, b), evses);
        List<SessionDemand> cars = new ArrayList<>(cars("A", 2));
        cars.add(SessionDemand.plain("b1", "B-E1", NOW));
        cars.add(SessionDemand.plain("b2", "B-E2", NOW));
        AllocationResult r = allocator.allocate(grid, cars, List.of(), NOW);
        // (60 − 18.6) kW / (4 × 690 W) = 15 A each
        assertThat(r.allocations()).extracting(Allocation::amps).containsOnly(15.0);
        assertThat(r.allocations()).extracting(Allocation::detail).containsOnly("transformer T kW");
    }

    @Test
    void aStationThatRejectsProfilesCountsAtItsMaximum() {
        List<Evse> evses = new ArrayList<>(evses("S", 3));
        evses.set(0, evses.get(0).withCompliant(false));
        Grid grid = Grid.of(new Site("S", null, 50, 250, BaseLoad.NONE), evses);
        AllocationResult r = allocator.allocate(grid, cars("S", 3), List.of(), NOW);
        assertThat(r.of("car1").orElseThrow().reason()).isEqualTo(Reason.UNMANAGED);
        assertThat(r.of("car1").orElseThrow().amps()).isEqualTo(32.0);
        // (50 − 22.08) / 2 / 0.69 = 20.2 A
        assertThat(r.of("car2").orElseThrow().amps()).isEqualTo(20.2);
    }

    @Test
    void aCarDrawingLessIsOfferedItsDrawPlusHeadroom_andTheOthersGetTheRest() {
        Grid grid = Grid.of(new Site("S", null, 30, 250, BaseLoad.NONE), evses("S", 2));
        List<SessionDemand> cars = new ArrayList<>(cars("S", 2));
        cars.set(0, cars.get(0).withDrawCap(8.0));
        AllocationResult r = allocator.allocate(grid, cars, List.of(), NOW);
        assertThat(r.of("car1").orElseThrow().amps()).isEqualTo(10.0);
        assertThat(r.of("car1").orElseThrow().reason()).isEqualTo(Reason.DRAWS_LESS);
        assertThat(r.of("car2").orElseThrow().amps()).isEqualTo(33.4 > 32 ? 32.0 : 33.4);
    }

    @Test
    void paragraph14aReductionHoldsTheControllableDevices_butNeverBelow4_2KwEach() {
        List<Evse> evses = evses("S", 4).stream().map(e -> e.withControllable(true)).toList();
        Grid grid = Grid.of(new Site("S", null, 100, 250, BaseLoad.NONE), evses);
        List<SessionDemand> cars = new ArrayList<>(cars("S", 4));
        cars.set(3, cars.get(3).withPhases(1));
        Reduction to5Kw = new Reduction("R1", Set.of("S"), 5, NOW.minusSeconds(60), NOW.plusSeconds(3600), null);
        AllocationResult r = allocator.allocate(grid, cars, List.of(to5Kw), NOW);
        // 4.2 kW: 6.1 A on three phases, 18.3 A on one
        assertThat(r.of("car1").orElseThrow().amps()).isEqualTo(6.1);
        assertThat(r.of("car4").orElseThrow().amps()).isEqualTo(18.3);
        assertThat(r.allocations()).allSatisfy(a -> assertThat(a.kw()).isGreaterThanOrEqualTo(4.2));

        Reduction generous = new Reduction("R2", Set.of("S"), 40, NOW.minusSeconds(60), null, null);
        AllocationResult g = allocator.allocate(grid, cars, List.of(generous), NOW);
        assertThat(g.totalKw()).isLessThanOrEqualTo(40).isGreaterThan(39);
        assertThat(g.limit("§14a reduction R2 kW").orElseThrow().exceeded()).isFalse();

        Reduction over = new Reduction("R3", Set.of("S"), 5, NOW.minusSeconds(3600), NOW.minusSeconds(1), null);
        Reduction revoked = new Reduction("R4", Set.of("S"), 5, NOW.minusSeconds(3600), null, NOW.minusSeconds(10));
        assertThat(allocator.allocate(grid, cars, List.of(over, revoked), NOW).allocations())
                .extracting(Allocation::reason).containsOnly(Reason.AT_MAXIMUM);
    }

    @Test
    void aReductionLeavesDevicesThatAreNotControllableAlone() {
        List<Evse> evses = new ArrayList<>(evses("S", 2));
        evses.set(0, evses.get(0).withControllable(true));
        Grid grid = Grid.of(new Site("S", null, 100, 250, BaseLoad.NONE), evses);
        Reduction r = new Reduction("R", Set.of("S"), 4.2, NOW.minusSeconds(1), null, null);
        AllocationResult out = allocator.allocate(grid, cars("S", 2), List.of(r), NOW);
        assertThat(out.of("car1").orElseThrow().amps()).isEqualTo(6.1);
        assertThat(out.of("car2").orElseThrow().amps()).isEqualTo(32.0);
    }

    @Test
    void aSessionOnAnUnknownEvseIsReportedAndGetsNothing() {
        Grid grid = Grid.of(new Site("S", null, 100, 250, BaseLoad.NONE), evses("S", 1));
        AllocationResult r = allocator.allocate(grid, List.of(SessionDemand.plain("x", "nowhere", NOW)), List.of(), NOW);
        assertThat(r.of("x").orElseThrow().reason()).isEqualTo(Reason.NOT_ON_GRID);
        assertThat(r.warnings()).singleElement().asString().contains("nowhere");
    }

    @Test
    void aCarsOwnMinimumAboveSixAmperesIsRespected() {
        Grid grid = Grid.of(new Site("S", null, 15, 250, BaseLoad.NONE), evses("S", 2));
        List<SessionDemand> cars = new ArrayList<>(cars("S", 2));
        cars.set(0, cars.get(0).withCurrents(10, 32));
        AllocationResult r = allocator.allocate(grid, cars, List.of(), NOW);
        // 15 kW = 21.7 A in all: car2 (earlier) 6 A, car1 ≥ 10 A: both rise to 10.8
        assertThat(r.of("car1").orElseThrow().amps()).isGreaterThanOrEqualTo(10.0);
        assertThat(r.totalKw()).isLessThanOrEqualTo(15);
    }
}
