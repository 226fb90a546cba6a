package de.ladewerk.gateway.session;

import de.ladewerk.gateway.dataquality.Rejection;
import de.ladewerk.gateway.authorization.Authorization;
import de.ladewerk.gateway.authorization.AuthorizationStatus;
import de.ladewerk.gateway.authorization.Authorizer;
import de.ladewerk.gateway.authorization.IdToken;
import de.ladewerk.gateway.context.Committed;
import de.ladewerk.gateway.events.LiveEvents;
import de.ladewerk.gateway.pricing.PricingPort;
import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Sessions and meter values, version-neutral: the 1.6 and 2.0.1 handlers map their messages to these
 * calls. Every future completes on the caller's context after the change is committed; live events and
 * billing's hook follow the commit.
 */
public final class SessionService {

    /** A start's session, what to answer about its token ({@code null}: no token), and whether it is new. */
    public record StartResult(SessionState state, Authorization authorization, boolean created) {
    }

    /** The stopped session ({@code null}: unknown transaction) and what to answer about the stop token. */
    public record StopResult(SessionState state, Authorization authorization) {
    }

    /** A sequence-numbered event's outcome; a retry ({@code duplicate}) changed nothing. */
    public record EventResult(SessionState state, Authorization authorization, boolean duplicate,
                              SessionChanges.Gap gap) {
    }

    private static final String BEGIN = "Transaction.Begin";
    private static final String END = "Transaction.End";

    private final SessionStore store;
    private final Authorizer authorizer;
    private final Plausibility plausibility;
    private final PricingPort pricing;
    private final WorkerExecutor blocking;
    private final SessionNotifier notifier;
    private final Clock clock;
    private final SessionCache cache = new SessionCache();

    public SessionService(SessionStore store, SessionWiring wiring, PricingPort pricing, Plausibility plausibility,
                          WorkerExecutor blocking, Clock clock) {
        this.store = store;
        this.authorizer = wiring.authorizer();
        this.pricing = pricing;
        this.plausibility = plausibility;
        this.blocking = blocking;
        this.clock = clock;
        this.notifier = new SessionNotifier(wiring.live(), wiring.ended(), store, blocking);
    }

    /** Starts a session (or finds the one a replay repeats) and records the readings sent with the start. */
    public Future<StartResult> start(SessionStart start, MeterReadings readings) {
        Instant now = now();
        List<Rejection> rejections = new ArrayList<>();
        SessionStart checked = start.corrected(plausibility.startTime(start.startedAt(), now, rejections),
                plausibility.meterStart(start.meterStartWh(), rejections));
        // the start reading is a register reading too, unless the station sent it as a sample
        MeterReadings withBegin = checked.meterStartWh() == null || checked.evseId() == null
                || hasRegister(readings, BEGIN) ? readings : readings.plus(MeterSample.register(checked.startedAt(),
                checked.evseId(), BEGIN, checked.meterStartWh()));
        return authorize(start.stationId(), start.token())
                .compose(auth -> blocking.executeBlocking(() -> insert(checked, auth, rejections), false)
                        .compose(started -> {
                            cache.put(started.state());
                            Future<Void> written = withBegin.isEmpty() || !started.created() ? Future.succeededFuture()
                                    : record(started.state(), withBegin, null, null, null, false, now);
                            return written.map(v -> {
                                if (started.created()) {
                                    notifier.publish(LiveEvents.SESSION_STARTED, started.state(), now);
                                }
                                return started;
                            });
                        }));
    }

    /** Meter values of a transaction ({@code transactionId} given) or of the station outside one. */
    public Future<Void> meterValues(String stationId, String transactionId, MeterReadings readings) {
        Instant now = now();
        if (transactionId == null) {
            // outside a transaction the same rules hold, only without a session register to compare with
            Plausibility.Checked checked = plausibility.samples(readings.samples(), null, null, now);
            List<Rejection> rejections = new ArrayList<>(readings.unreadable());
            rejections.addAll(checked.rejections());
            return committed(store.write(changes(stationId, null, null, checked.accepted(), readings, rejections,
                    null, null, null)));
        }
        return lookup(stationId, transactionId).compose(found -> {
            if (found.isEmpty()) {
                return recordUnknown(stationId, transactionId, readings, "MeterValues");
            }
            return record(found.get(), readings, null, null, null, false, now).onSuccess(v ->
                    notifier.publish(LiveEvents.SESSION_UPDATED, found.get(), now));
        });
    }

    /** Ends a session; an unknown transaction is still answered, and recorded as a rejection. */
    public Future<StopResult> stop(SessionStop stop, MeterReadings readings) {
        Instant now = now();
        return authorize(stop.stationId(), stop.token()).compose(auth -> lookup(stop.stationId(), stop.transactionId())
                .compose(found -> {
                    if (found.isEmpty()) {
                        return recordUnknown(stop.stationId(), stop.transactionId(), readings, "StopTransaction")
                                .map(v -> new StopResult(null, auth));
                    }
                    SessionState s = found.get();
                    if (s.ended()) {
                        return Future.succeededFuture(new StopResult(s, auth)); // a retry: already committed
                    }
                    return record(s, readings, null, stop, null, false, now).map(v -> new StopResult(s, auth));
                }));
    }

    /** A sequence-numbered event (2.0.1 TransactionEvent): idempotent per seqNo, gaps recorded. */
    public Future<EventResult> event(SessionEvent e) {
        Instant now = now();
        return authorize(e.stationId(), e.token()).compose(auth -> lookup(e.stationId(), e.transactionId())
                .compose(found -> {
                    if (found.isPresent() && found.get().seen(e.seqNo())) {
                        return Future.succeededFuture(new EventResult(found.get(), auth, true, null));
                    }
                    Future<StartResult> session = found.isPresent()
                            ? Future.succeededFuture(new StartResult(found.get(), auth, false))
                            : startFromEvent(e, auth, now);
                    return session.compose(started -> {
                        SessionState s = started.state();
                        Integer expected = s.expectedSeqNo();
                        SessionChanges.Gap gap = expected != null && e.seqNo() > expected
                                ? new SessionChanges.Gap(expected, e.seqNo()) : null;
                        SessionStop stop = e.type() == SessionEvent.Type.ENDED
                                ? new SessionStop(e.stationId(), e.transactionId(), e.time(), endReading(e.readings()),
                                e.stoppedReason(), e.token()) : null;
                        return record(s, e.readings(), e, stop, gap, e.offline(), now)
                                .map(v -> new EventResult(s, started.authorization(), false, gap));
                    });
                }));
    }

    /** Records what the station answered to GetTransactionStatus after a gap. */
    public Future<Void> statusAnswer(String stationId, String transactionId, int receivedSeqNo, Boolean ongoing,
                                     Boolean messagesInQueue, String error) {
        return committed(store.statusAnswer(stationId, transactionId, receivedSeqNo, ongoing, messagesInQueue, error));
    }

    /**
     * The running cost of a session, if a tariff applies; also without a start meter reading (OCPP 2.0.1 TC_I_01),
     * then counted from the first register reading.
     */
    public Future<Optional<BigDecimal>> runningCost(SessionState s, Instant at) {
        return committed(pricing.runningCost(new PricingPort.Usage(s.sessionId(), s.stationId(), s.evseId(),
                s.token() == null ? null : s.token().value(), s.startedAt(), at, s.energySoFarWh())));
    }

    private Future<StartResult> startFromEvent(SessionEvent e, Authorization auth, Instant now) {
        List<Rejection> rejections = new ArrayList<>();
        SessionStart start = new SessionStart(e.stationId(), "ocpp2.0.1", e.transactionId(), null, e.evseId(),
                e.connectorId(), e.token(), plausibility.startTime(e.time(), now, rejections),
                plausibility.meterStart(startReading(e.readings()), rejections), e.reservationId(), e.remoteStartId(),
                e.offline(), e.chargingState());
        return blocking.executeBlocking(() -> insert(start, auth, rejections), false).map(started -> {
            cache.put(started.state());
            if (started.created()) {
                notifier.publish(LiveEvents.SESSION_STARTED, started.state(), now);
            }
            return started;
        });
    }

    /** Inserts the session; an accepted token already charging elsewhere is answered CONCURRENT_TX. Blocking. */
    private StartResult insert(SessionStart start, Authorization auth, List<Rejection> rejections) {
        Authorization answer = auth;
        if (auth != null && auth.accepted() && start.token() != null
                && store.tokenActiveElsewhere(start.token().value(), start.stationId(), start.evseId())) {
            answer = new Authorization(AuthorizationStatus.CONCURRENT_TX, auth.expiresAt(), auth.groupToken());
        }
        SessionStore.Started started = store.start(start, answer == null ? null : answer.status().name(), rejections);
        return new StartResult(started.state(), answer, started.created());
    }

    /** Checks and commits one message's readings and session changes, then updates the cached state. */
    private Future<Void> record(SessionState s, MeterReadings sent, SessionEvent event, SessionStop stop,
                                SessionChanges.Gap gap, boolean offline, Instant now) {
        int evse = event != null && event.evseId() != null ? event.evseId() : s.evseId() != null ? s.evseId() : 0;
        MeterReadings readings = sent.onEvse(evse);
        Plausibility.Checked checked = plausibility.samples(readings.samples(), s.lastEnergyWh(), s.lastEnergyAt(), now);
        List<Rejection> rejections = new ArrayList<>(readings.unreadable());
        rejections.addAll(checked.rejections());
        SessionChanges.End end = null;
        if (stop != null) {
            Instant endedAt = plausibility.stopTime(stop.endedAt(), s.startedAt(), now, rejections);
            BigDecimal meterStop = plausibility.meterStop(stop.meterStopWh(), checked.lastEnergyWh(), rejections);
            end = new SessionChanges.End(endedAt, meterStop, stop.reason(), stop.token());
        }
        List<MeterSample> accepted = checked.accepted();
        if (end != null && stop.meterStopWh() != null && end.meterStopWh() != null && !hasRegister(readings, END)) {
            // the stop reading is a register reading too, unless the station sent it as a sample
            accepted = new ArrayList<>(accepted);
            accepted.add(MeterSample.register(end.endedAt(), evse, END, end.meterStopWh()));
        }
        BigDecimal energy = end != null && end.meterStopWh() != null ? end.meterStopWh() : checked.lastEnergyWh();
        boolean energyChanged = energy != null && !energy.equals(s.lastEnergyWh());
        Instant energyAt = end != null ? end.endedAt() : checked.lastEnergyAt();
        SessionChanges.Update update = new SessionChanges.Update(energyChanged ? energy : null,
                energyChanged ? energyAt : null, event == null ? null : event.evseId(),
                event == null ? null : event.connectorId(), event == null ? null : event.token(),
                event == null ? null : event.chargingState(), offline, event == null ? null : event.seqNo(), end,
                event == null ? null : event.remoteStartId());
        // the event's own time is stored with it: the same rules as every other station time
        SessionChanges.EventRow row = event == null ? null : new SessionChanges.EventRow(event.seqNo(),
                event.type().name(), event.triggerReason(),
                plausibility.time("event " + event.seqNo(), event.time(), now, rejections), event.offline(),
                event.chargingState(),
                event.stoppedReason(), event.token());
        SessionChanges.End ending = end;
        return committed(store.write(changes(s.stationId(), s.sessionId(), s.transactionId(), accepted,
                readings, rejections, update, row, gap))).map(v -> {
                    s.committedEnergy(energyChanged ? energy : null, energyAt);
                    if (event != null) {
                        s.committedSeqNo(event.seqNo());
                        s.committedDetails(event.evseId(), event.connectorId(), event.token(), event.chargingState());
                    }
                    if (ending != null) {
                        s.committedEnd();
                        cache.ended(s);
                        notifier.publish(LiveEvents.SESSION_ENDED, s, now);
                        notifier.sessionEnded(s);
                    } else if (event != null) {
                        notifier.publish(LiveEvents.SESSION_UPDATED, s, now);
                    }
                    return null;
                });
    }

    private Future<Void> recordUnknown(String stationId, String transactionId, MeterReadings sent, String action) {
        MeterReadings readings = sent.onEvse(0);
        Plausibility.Checked checked = plausibility.samples(readings.samples(), null, null, now());
        List<Rejection> rejections = new ArrayList<>(readings.unreadable());
        rejections.addAll(checked.rejections());
        rejections.add(Rejection.rejected(Rejection.Kind.UNKNOWN_TRANSACTION, action + " for transaction " + transactionId,
                "no session with this transaction id on this station; readings kept without a session"));
        return committed(store.write(changes(stationId, null, transactionId, checked.accepted(), readings, rejections,
                null, null, null)));
    }

    private static SessionChanges changes(String stationId, Long sessionId, String transactionId,
                                          List<MeterSample> samples, MeterReadings readings, List<Rejection> rejections,
                                          SessionChanges.Update update, SessionChanges.EventRow row,
                                          SessionChanges.Gap gap) {
        return new SessionChanges(stationId, sessionId, transactionId, samples, readings.signed(), rejections,
                update, row, gap);
    }

    private Future<Optional<SessionState>> lookup(String stationId, String transactionId) {
        SessionState cached = cache.get(stationId, transactionId);
        if (cached != null) {
            return Future.succeededFuture(Optional.of(cached));
        }
        return blocking.executeBlocking(() -> store.find(stationId, transactionId), false)
                .onSuccess(found -> found.ifPresent(cache::put));
    }

    private Future<Authorization> authorize(String stationId, IdToken token) {
        return token == null ? Future.succeededFuture(null) : authorizer.authorize(stationId, token);
    }

    /** The register reading of the start: Transaction.Begin if sent, else the first register sample. */
    private static BigDecimal startReading(MeterReadings r) {
        return registerReading(r, BEGIN, true);
    }

    /** The register reading of the end: Transaction.End if sent, else the last register sample. */
    private static BigDecimal endReading(MeterReadings r) {
        return registerReading(r, END, false);
    }

    private static boolean hasRegister(MeterReadings r, String context) {
        return r.samples().stream().anyMatch(s -> s.isEnergyRegister() && context.equals(s.context()));
    }

    private static BigDecimal registerReading(MeterReadings r, String context, boolean first) {
        BigDecimal any = null;
        for (MeterSample s : r.samples()) {
            if (s.isEnergyRegister() && s.normalizedValue() != null) {
                if (context.equals(s.context())) {
                    return s.normalizedValue();
                }
                if (any == null || !first) {
                    any = s.normalizedValue();
                }
            }
        }
        return any;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static <T> Future<T> committed(CompletionStage<T> stage) {
        return Committed.on(stage);
    }
}
