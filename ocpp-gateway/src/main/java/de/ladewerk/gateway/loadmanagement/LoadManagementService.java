package de.ladewerk.gateway.loadmanagement;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.gateway.command.CommandResult;
import de.ladewerk.gateway.command.CommandService;
import de.ladewerk.gateway.command.CommandStatus;
import de.ladewerk.loadmanagement.allocation.Allocation;
import de.ladewerk.loadmanagement.allocation.AllocationResult;
import de.ladewerk.loadmanagement.allocation.Allocator;
import de.ladewerk.loadmanagement.allocation.Reason;
import de.ladewerk.loadmanagement.grid.BaseLoad;
import de.ladewerk.loadmanagement.grid.Evse;
import de.ladewerk.loadmanagement.grid.Site;
import de.ladewerk.loadmanagement.profile.FailSafe;
import de.ladewerk.loadmanagement.profile.ProfileChangePolicy.Decision;
import de.ladewerk.ocpp.OcppVersion;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live allocator. Every {@code interval} each node takes the allocation groups whose advisory lock
 * is free (one allocator per group in the cluster) and, for each group it holds, reads the grid, the
 * running sessions, ISO 15118 needs and §14a reductions from the database, allocates when anything
 * changed (a session started or ended, needs arrived, a limit, base load or reduction changed), and sends
 * the resulting profiles through the {@link CommandService} (recorded commands): lower limits first,
 * then raises, within the {@link de.ladewerk.loadmanagement.profile.ProfileChangePolicy}. Every allocation
 * is recorded with its reason; a station that rejects a profile is marked non-compliant and counted at its
 * maximum from then on. Its state (what was sent) is rebuilt from the database when it takes a group.
 */
public final class LoadManagementService implements AutoCloseable {

    /** Who the command audit names for the allocator's profiles. */
    public static final String REQUESTED_BY = "ladewerk:load-management";

    private static final Logger LOG = LoggerFactory.getLogger(LoadManagementService.class);

    private final Vertx vertx;
    private final GridStore repository;
    private final GroupLocks locks;
    private final CommandService commands;
    private final WorkerExecutor blocking;
    private final Clock clock;
    private final LoadManagementConfig config;
    private final Allocator allocator = new Allocator();
    private final Timer runTime;
    private final Counter sent;
    private final Counter rejected;
    private final AtomicBoolean running = new AtomicBoolean();
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    // per held group: the last fingerprint, what each session's station accepted, defaults sent per station
    private final Map<String, GroupState> states = new ConcurrentHashMap<>();
    private long timer = -1;
    private volatile boolean closed;

    /**
     * @param store the grid tables ({@code JdbcGridStore})
     * @param locks the cluster's group locks ({@code PgAdvisoryLocks} on a dedicated connection)
     */
    public LoadManagementService(Vertx vertx, GridStore store, GroupLocks locks, CommandService commands,
                                 WorkerExecutor blocking, MeterRegistry meters, Clock clock, LoadManagementConfig config) {
        this.vertx = vertx;
        this.repository = store;
        this.locks = locks;
        this.commands = commands;
        this.blocking = blocking;
        this.clock = clock;
        this.config = config;
        this.runTime = Timer.builder("ladewerk_loadmgmt_allocation").description("allocator run time per group")
                .publishPercentiles(0.5, 0.99).register(meters);
        this.sent = Counter.builder("ladewerk_loadmgmt_profiles_sent").description("charging profiles sent")
                .register(meters);
        this.rejected = Counter.builder("ladewerk_loadmgmt_profiles_rejected")
                .description("charging profiles a station rejected or failed to answer").register(meters);
    }

    /** Starts the periodic ticks. */
    public LoadManagementService start() {
        if (config.enabled()) {
            timer = vertx.setPeriodic(config.interval().toMillis(), id -> tick());
        }
        return this;
    }

    /** Asks for a reallocation of the group holding {@code siteId} at the next tick, whatever changed. */
    public void reallocate(String siteId, String trigger) {
        pending.add(siteId + "\u0000" + trigger);
    }

    /** One round now (the periodic timer calls this; tests too). Completes when its profiles are answered. */
    public Future<Void> tick() {
        if (closed || !running.compareAndSet(false, true)) {
            return Future.succeededFuture();
        }
        Set<String> asked = Set.copyOf(pending);
        pending.removeAll(asked);
        return blocking.executeBlocking(() -> plan(asked), true)
                .compose(this::send)
                .compose(rows -> blocking.executeBlocking(() -> {
                    repository.record(rows);
                    return null;
                }, true))
                .<Void>mapEmpty()
                .onFailure(e -> LOG.warn("load management round failed: {}", e.toString()))
                .onComplete(x -> running.set(false));
    }

    /** One group's work of this round: what to send and what to record. */
    private record Work(String groupId, GroupState state, List<Send> sends, List<AllocationRecord> records) {
    }

    /** A profile to send; {@code record} is filled with the answer. */
    private record Send(String stationId, int evseId, JsonNode payload, boolean lower, AllocationRecord record,
                        String sessionKey, double amps) {
    }

    private List<Work> plan(Set<String> asked) {
        Instant now = clock.instant();
        List<Work> out = new ArrayList<>();
        List<String> groups = repository.groups();
        for (String gone : locks.held()) {
            if (!groups.contains(gone)) {
                locks.release(gone);
                states.remove(gone);
            }
        }
        for (String group : groups) {
            if (!locks.tryHold(group)) {
                states.remove(group); // another node allocates it; if we get it back we rebuild
                continue;
            }
            GroupState state = states.get(group);
            String trigger = null;
            if (state == null) {
                state = new GroupState(repository.lastSent(group, now.minus(config.validity())));
                states.put(group, state);
                trigger = "acquired";
            }
            GroupSnapshot snapshot = repository.load(group, now);
            if (snapshot.grid().sites().isEmpty()) {
                continue;
            }
            for (String a : asked) {
                String site = a.substring(0, a.indexOf('\u0000'));
                if (snapshot.grid().sites().stream().anyMatch(s -> s.id().equals(site))) {
                    trigger = a.substring(a.indexOf('\u0000') + 1);
                }
            }
            if (trigger == null && !snapshot.fingerprint().equals(state.fingerprint)) {
                trigger = "changed";
            }
            if (trigger == null && state.refreshDue(now, config.validity().dividedBy(2))) {
                trigger = "refresh";
            }
            if (trigger == null) {
                continue;
            }
            out.add(allocate(snapshot, state, trigger, now));
            state.fingerprint = snapshot.fingerprint();
        }
        return out;
    }

    private Work allocate(GroupSnapshot snapshot, GroupState state, String trigger, Instant now) {
        long start = System.nanoTime();
        AllocationResult result = allocator.allocate(snapshot.grid(), snapshot.demands(), snapshot.reductions(), now);
        runTime.record(Duration.ofNanos(System.nanoTime() - start));
        result.warnings().forEach(w -> LOG.warn("group {}: {}", snapshot.groupId(), w));
        Map<String, Double> failSafe = FailSafe.defaultAmps(snapshot.grid());
        List<Send> sends = new ArrayList<>();
        List<AllocationRecord> records = new ArrayList<>();
        defaults(snapshot, state, failSafe, now, sends);
        for (Allocation a : result.allocations()) {
            ManagedSession m = snapshot.sessions().get(a.sessionId());
            AllocationRecord base = new AllocationRecord(now, snapshot.groupId(), m.siteId(), m.stationId(), m.evseId(),
                    m.sessionId(), a.amps(), a.phases(), a.reason().name(), a.detail(), trigger, false, null);
            if (a.reason() == Reason.UNMANAGED || a.reason() == Reason.NOT_ON_GRID) {
                records.add(base);
                continue;
            }
            SentProfile last = state.sent.get(a.sessionId());
            Decision d = config.policy().decide(last == null ? null : last.amps(), last == null ? null : last.at(), a.amps(), now);
            boolean refresh = last != null && !last.at().plus(config.validity().dividedBy(2)).isAfter(now);
            if (d == Decision.HOLD && !refresh) {
                records.add(base);
                continue;
            }
            JsonNode payload = ProfilePayloads.txProfile(m.protocolVersion(), m.evseId(), m.transactionId(), a.amps(),
                    a.phases(), failSafe.getOrDefault(m.evseKey(), 0.0), now, config.validity());
            sends.add(new Send(m.stationId(), m.evseId(), payload, d == Decision.SEND_FIRST, base, a.sessionId(), a.amps()));
        }
        state.sent.keySet().retainAll(snapshot.sessions().keySet());
        return new Work(snapshot.groupId(), state, sends, records);
    }

    /** TxDefaultProfiles (and 2.0.1 station ceilings) for stations that have not had this topology's. */
    private void defaults(GroupSnapshot snapshot, GroupState state, Map<String, Double> failSafe, Instant now,
                          List<Send> sends) {
        Map<String, List<Evse>> byStation = snapshot.grid().evses().stream().filter(Evse::compliant)
                .collect(Collectors.groupingBy(e -> EvseKey.station(e.id())));
        String topology = snapshot.grid().evses().toString() + snapshot.grid().sites();
        for (Map.Entry<String, List<Evse>> e : byStation.entrySet()) {
            String station = e.getKey();
            Optional<OcppVersion> version = commands.connectedVersion(station);
            if (version.isEmpty() || topology.equals(state.defaults.get(station))) {
                continue;
            }
            double amps = e.getValue().stream().mapToDouble(x -> failSafe.getOrDefault(x.id(), 0.0)).min().orElse(0);
            sends.add(new Send(station, 0, ProfilePayloads.txDefault(version.get().subprotocol(), amps), true, null, null, amps));
            if (version.get() == OcppVersion.V201) {
                Site site = snapshot.grid().site(e.getValue().get(0).siteId());
                double rated = e.getValue().stream().mapToDouble(Evse::maxAmps).sum();
                double ceiling = Math.min(rated, site.limitAmpsPerPhase() - BaseLoad.ampsPerPhase(site.baseLoad().worstCaseKw()));
                sends.add(new Send(station, 0, ProfilePayloads.stationMax(Math.max(0, ceiling), now), true, null, null, ceiling));
            }
            state.defaults.put(station, topology);
        }
    }

    /** Lower limits first (all answered), then the rest; fills in the answers. */
    private Future<List<AllocationRecord>> send(List<Work> work) {
        List<Send> lower = new ArrayList<>();
        List<Send> higher = new ArrayList<>();
        List<AllocationRecord> rows = new ArrayList<>();
        Map<Send, GroupState> owner = new HashMap<>();
        for (Work w : work) {
            rows.addAll(w.records());
            for (Send s : w.sends()) {
                (s.lower() ? lower : higher).add(s);
                owner.put(s, w.state());
            }
        }
        return sendAll(lower, owner, rows).compose(v -> sendAll(higher, owner, rows)).map(v -> rows);
    }

    private Future<Void> sendAll(List<Send> batch, Map<Send, GroupState> owner, List<AllocationRecord> rows) {
        List<Future<CommandResult>> calls = new ArrayList<>();
        for (Send s : batch) {
            Future<CommandResult> f = commands.send(s.stationId(), "SetChargingProfile", s.payload(), REQUESTED_BY);
            calls.add(f.andThen(r -> {
                sent.increment();
                String answer = answer(r);
                boolean ok = r.succeeded() && r.result().accepted();
                if (!ok && isRefusal(r)) {
                    rejected.increment();
                    markRejected(s, answer);
                }
                if (s.record() != null) {
                    AllocationRecord a = s.record();
                    synchronized (rows) {
                        rows.add(new AllocationRecord(a.time(), a.groupId(), a.siteId(), a.stationId(), a.evseId(),
                                a.sessionId(), a.amps(), a.phases(), a.reason(), a.detail(), a.trigger(), true, answer));
                    }
                    if (ok) {
                        owner.get(s).sent.put(s.sessionKey(), new SentProfile(s.amps(), a.time()));
                    }
                } else if (!ok) {
                    owner.get(s).defaults.remove(s.stationId()); // try the defaults again next round
                }
            }));
        }
        return Future.join(calls).mapEmpty();
    }

    private static String answer(io.vertx.core.AsyncResult<CommandResult> r) {
        if (r.failed()) {
            return "Failed: " + r.cause().getMessage();
        }
        CommandResult c = r.result();
        return c.status() == CommandStatus.ANSWERED ? c.response().path("status").asText() : c.status().name();
    }

    /** The station said no (Rejected, or a CallError such as NotSupported), as opposed to being unreachable. */
    private static boolean isRefusal(io.vertx.core.AsyncResult<CommandResult> r) {
        return r.succeeded() && (r.result().status() == CommandStatus.ANSWERED || r.result().status() == CommandStatus.CALL_ERROR);
    }

    private void markRejected(Send s, String answer) {
        if (s.evseId() == 0) {
            LOG.warn("{} did not take its default profile: {}", s.stationId(), answer);
            return;
        }
        LOG.warn("{} EVSE {} rejected its charging profile ({}): counted at its maximum from now on", s.stationId(),
                s.evseId(), answer);
        blocking.executeBlocking(() -> {
            repository.markRejected(s.stationId(), s.evseId(), answer, clock.instant());
            return null;
        }, false).onFailure(e -> LOG.error("could not mark {} EVSE {} non-compliant", s.stationId(), s.evseId(), e));
    }

    /** The groups this node allocates now. */
    public Set<String> heldGroups() {
        return locks.held();
    }

    @Override
    public void close() {
        closed = true;
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
        blocking.executeBlocking(() -> {
            locks.close();
            return null;
        }, false);
    }

    /** What this node knows of a group it holds. */
    private static final class GroupState {
        final Map<String, SentProfile> sent;
        final Map<String, String> defaults = new ConcurrentHashMap<>();
        String fingerprint = "";

        GroupState(Map<String, SentProfile> sent) {
            this.sent = new ConcurrentHashMap<>(sent);
        }

        boolean refreshDue(Instant now, Duration age) {
            return sent.values().stream().anyMatch(s -> !s.at().plus(age).isAfter(now));
        }
    }
}
