package de.ladewerk.simulator.behaviour;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.charge.ChargeProgress;
import de.ladewerk.simulator.charge.ChargingLimits;
import de.ladewerk.simulator.charge.Vehicle;
import de.ladewerk.simulator.fault.FaultInjector;
import de.ladewerk.simulator.fault.FaultOptions;
import de.ladewerk.simulator.model.EvseSpec;
import de.ladewerk.simulator.model.StationModel;
import de.ladewerk.simulator.model.StationSettings;
import de.ladewerk.simulator.ocmf.MeterSigner;
import de.ladewerk.simulator.ocmf.OcmfReadingType;
import de.ladewerk.simulator.station.StationClient;
import de.ladewerk.simulator.station.StationClientOptions;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A complete simulated charging station: it connects, boots (retrying with back-off), heartbeats,
 * reconnects when the connection drops, and plays the full story of a charge on each EVSE —
 * plug-in, identification, transaction, meter values following the {@link ChargeProgress} physics
 * under the installed charging limits, stop, departure — in OCPP 1.6 or 2.0.1. Transaction messages
 * go through an {@link Outbox} that holds them while offline and replays them in order.
 *
 * <p>Every public method may be called from any thread; the work runs on the station's own event
 * loop (one Vert.x context per station), where no locks are needed.
 */
public final class ChargingStation {

    private static final Logger LOG = LoggerFactory.getLogger(ChargingStation.class);

    private final Vertx vertx;
    private final Context context;
    private final StationModel model;
    private final StationClientOptions connection;
    private final SimClock clock;
    private final boolean signing;
    private final StationSettings settings;
    private final ChargingLimits limits = new ChargingLimits();
    private final LocalAuthorization auth = new LocalAuthorization();
    private final List<EvseState> evses = new ArrayList<>();
    private final FaultInjector faults;
    private final VersionFlow flow;
    private final ProtocolDialect dialect;
    private final Outbox outbox;
    private final StationConnection link;
    private final Resets resets = new Resets(this);

    /**
     * @param signedMeterValues whether the meters sign begin and end readings as OCMF
     */
    public ChargingStation(Vertx vertx, StationModel model, StationClientOptions connection, SimClock clock,
                           boolean signedMeterValues, FaultOptions faultOptions) {
        this.vertx = vertx;
        this.context = vertx.getOrCreateContext();
        this.model = model;
        this.connection = connection;
        this.clock = clock;
        this.signing = signedMeterValues;
        this.settings = new StationSettings(model, connection.identity(), securityProfile(connection));
        this.faults = new FaultInjector(faultOptions, vertx, ms -> clock.wallMillis(Duration.ofMillis(ms)));
        this.dialect = ProtocolDialect.of(connection.version());
        this.flow = connection.version() == OcppVersion.V16 ? new V16Flow(this) : new V201Flow(this);
        this.outbox = new Outbox(this);
        this.link = new StationConnection(this, connection, faults, dialect, flow);
        long meterBase = Math.abs((long) connection.identity().hashCode() % 5_000_000L);
        for (EvseSpec spec : model.evses()) {
            MeterSigner meter = new MeterSigner(spec.meterSerial(), model.vendor(), model.model(),
                    model.firmwareVersion(), spec.isDc());
            EvseState evse = new EvseState(spec, meter, meterBase + spec.id() * 1_000_000L);
            String fault = faultOptions.faultedEvses().get(spec.id());
            if (fault != null) {
                evse.status = EvseStatus.FAULTED;
                evse.errorCode = fault;
            }
            evses.add(evse);
        }
    }

    private static int securityProfile(StationClientOptions options) {
        boolean tls = "wss".equals(options.endpoint().getScheme());
        if (tls && options.tls() != null && options.tls().hasClientCertificate()) {
            return 3;
        }
        return tls ? 2 : options.password() != null ? 1 : 0;
    }

    // ---------------------------------------------------------------- lifecycle

    /** Connects and boots; completes once the CSMS first accepted the boot. Reconnects on its own after drops. */
    public Future<Void> start() {
        context.runOnContext(v -> link.connect());
        return link.firstAccepted();
    }

    /** Stops reconnecting, cancels timers and closes the connection (transactions stay as they are). */
    public Future<Void> stop() {
        return onContext(() -> {
            evses.forEach(e -> vertx.cancelTimer(e.sampleTimer));
            return link.stop();
        }).compose(f -> f);
    }

    /** Drops the connection now, as a network failure would; the station reconnects after its back-off. */
    public Future<Void> dropConnection() {
        return onContext(link::drop).compose(f -> f);
    }

    /** Reboots: closes the connection and connects and boots again after a short pause. */
    void reboot() {
        link.reboot();
    }

    // ---------------------------------------------------------------- the story of a charge

    /** An EV is plugged into the EVSE's first free connector (or {@code connectorId} when > 0). */
    public Future<Void> plugIn(int evseId, int connectorId, Vehicle vehicle) {
        return onContext(() -> {
            EvseState evse = evse(evseId);
            if (evse.occupied() || !evse.operative || evse.status == EvseStatus.FAULTED) {
                throw new IllegalStateException("EVSE " + evseId + " is " + evse.status + (evse.occupied() ? " and occupied" : ""));
            }
            evse.vehicle = vehicle;
            evse.connectorInUse = Math.max(1, connectorId);
            flow.plugged(evse);
            return null;
        });
    }

    /** An EV is plugged into the EVSE's first connector. */
    public Future<Void> plugIn(int evseId, Vehicle vehicle) {
        return plugIn(evseId, 1, vehicle);
    }

    /**
     * The driver presents a token (RFID card, app) at the EVSE: authorizes it and starts charging if
     * accepted; when the EVSE already charges for this token, ends the transaction (as presenting the
     * card again does). Completes with whether the token was accepted.
     */
    public Future<Boolean> present(int evseId, String idToken) {
        return onContext(() -> {
            EvseState evse = evse(evseId);
            if (evse.transaction != null && evse.transaction.authorized) {
                if (idToken.equals(evse.transaction.idToken)) {
                    endTransaction(evse, StopReason.LOCAL);
                    return Future.succeededFuture(true);
                }
                return Future.succeededFuture(false);
            }
            if (!evse.occupied()) {
                throw new IllegalStateException("EVSE " + evseId + " has no vehicle plugged in");
            }
            if (evse.reservationToken != null && !evse.reservationToken.equals(idToken)) {
                return Future.succeededFuture(false);
            }
            return authorize(idToken).map(accepted -> {
                if (accepted && evse.occupied() && (evse.transaction == null || !evse.transaction.authorized)) {
                    startCharging(evse, idToken, null);
                } else if (!accepted && evse.transaction != null) {
                    endTransaction(evse, StopReason.DEAUTHORIZED);
                }
                return accepted;
            });
        }).compose(f -> f);
    }

    /** The EV leaves: its transaction ends (EV disconnected) and the EVSE becomes available. */
    public Future<Void> unplug(int evseId) {
        return onContext(() -> {
            EvseState evse = evse(evseId);
            if (!evse.occupied()) {
                return null;
            }
            if (evse.transaction != null) {
                endTransaction(evse, StopReason.EV_DISCONNECTED);
            }
            evse.vehicle = null;
            setStatus(evse, evse.status == EvseStatus.FAULTED ? EvseStatus.FAULTED
                    : evse.operative ? EvseStatus.AVAILABLE : EvseStatus.UNAVAILABLE);
            return null;
        });
    }

    /** The EVSE reports a fault (1.6 ChargePointErrorCode, e.g. GroundFailure); a running transaction ends. */
    public Future<Void> fault(int evseId, String errorCode) {
        return onContext(() -> {
            EvseState evse = evse(evseId);
            if (evse.transaction != null) {
                endTransaction(evse, StopReason.OTHER);
            }
            evse.errorCode = errorCode;
            setStatus(evse, EvseStatus.FAULTED);
            return null;
        });
    }

    /** The fault is gone: the EVSE reports its state again. */
    public Future<Void> clearFault(int evseId) {
        return onContext(() -> {
            EvseState evse = evse(evseId);
            evse.errorCode = null;
            setStatus(evse, evse.occupied() ? EvseStatus.PREPARING : EvseStatus.AVAILABLE);
            return null;
        });
    }

    Future<Boolean> authorize(String idToken) {
        boolean listed = settings.booleanValue("LocalAuthListEnabled") && auth.listAccepts(idToken);
        if (settings.booleanValue("LocalPreAuthorize") && listed) {
            return Future.succeededFuture(true);
        }
        if (isOnline()) {
            return flow.authorize(idToken).map(status -> {
                if (settings.booleanValue("AuthorizationCacheEnabled")) {
                    auth.cache(idToken, status);
                }
                return "Accepted".equals(status);
            }).recover(e -> Future.succeededFuture(offlineDecision(idToken, listed)));
        }
        return Future.succeededFuture(offlineDecision(idToken, listed));
    }

    private boolean offlineDecision(String idToken, boolean listed) {
        if (!settings.booleanValue("LocalAuthorizeOffline")) {
            return false;
        }
        return listed || auth.cacheAccepts(idToken) || settings.booleanValue("AllowOfflineTxForUnknownId");
    }

    /** Identification done (locally or remotely): the transaction starts and energy flows. */
    void startCharging(EvseState evse, String idToken, Integer remoteStartId) {
        Instant now = clock.now();
        if (evse.transaction == null) {
            evse.transaction = new SimTransaction(evse.id(), evse.connectorInUse, now, evse.registerWhRounded());
        }
        SimTransaction tx = evse.transaction;
        tx.idToken = idToken;
        tx.remoteStartId = remoteStartId;
        tx.authorized = true;
        tx.reservationId = evse.reservationId; // the flow reports it at start; the EVSE's reservation is used up
        evse.reservationId = null;
        evse.reservationToken = null;
        evse.progress = new ChargeProgress(evse.spec, evse.vehicle, now, evse.registerWh);
        if (signing) {
            tx.signedBegin = evse.meter.sign(timestamp(now), OcmfReadingType.B, evse.registerWhRounded(), idToken);
        }
        evse.status = EvseStatus.CHARGING;
        flow.authorized(evse, remoteStartId != null);
        scheduleSample(evse);
    }

    private void scheduleSample(EvseState evse) {
        vertx.cancelTimer(evse.sampleTimer);
        int seconds = settings.intValue("MeterValueSampleInterval");
        boolean report = seconds > 0;
        long delay = clock.wallMillis(Duration.ofSeconds(report ? seconds : 60));
        evse.sampleTimer = vertx.setTimer(delay, id -> {
            if (evse.progress == null) {
                return;
            }
            advance(evse);
            if (report) {
                flow.sample(evse, false);
            }
            scheduleSample(evse);
        });
    }

    /** Runs the EVSE's physics to now and reports a change of charging state. */
    void advance(EvseState evse) {
        if (evse.progress == null) {
            return;
        }
        SimTransaction tx = evse.transaction;
        String key = flow.limitKey(tx);
        long charging = evses.stream().filter(e -> e.progress != null).count();
        evse.progress.advance(clock.now(), t -> limits.limitW(evse.id(), t, key, tx.start,
                evse.progress.phases(), (int) charging));
        evse.registerWh = evse.progress.registerWh();
        EvseStatus next = evse.progress.vehicleFull() ? EvseStatus.SUSPENDED_EV
                : evse.progress.powerW() <= 0 ? EvseStatus.SUSPENDED_EVSE : EvseStatus.CHARGING;
        if (next != evse.status && evse.status != EvseStatus.FAULTED) {
            evse.status = next;
            flow.chargingStateChanged(evse);
        }
    }

    /** Brings every EVSE's physics up to now, e.g. before a new limit takes effect. */
    void advanceAll() {
        evses.forEach(this::advance);
    }

    /** Ends the EVSE's transaction for this reason, reporting it in the version's way. */
    void endTransaction(EvseState evse, StopReason reason) {
        SimTransaction tx = evse.transaction;
        if (tx == null) {
            return;
        }
        advance(evse);
        vertx.cancelTimer(evse.sampleTimer);
        tx.ended = true;
        String signedEnd = signing && tx.authorized
                ? evse.meter.sign(timestamp(clock.now()), OcmfReadingType.E, evse.registerWhRounded(), tx.idToken) : null;
        if (evse.status != EvseStatus.FAULTED) {
            evse.status = evse.occupied() ? EvseStatus.FINISHING : EvseStatus.AVAILABLE;
        }
        flow.stopped(evse, reason, signedEnd);
        String key = flow.limitKey(tx);
        if (key != null) {
            limits.transactionEnded(key);
        }
        evse.transaction = null;
        evse.progress = null;
        if (evse.pendingOperative != null) {
            evse.operative = evse.pendingOperative;
            evse.pendingOperative = null;
            if (!evse.operative && !evse.occupied()) {
                setStatus(evse, EvseStatus.UNAVAILABLE);
            }
        }
        resets.transactionEnded(evse);
    }

    void setStatus(EvseState evse, EvseStatus status) {
        evse.status = status;
        flow.status(evse);
    }

    // ---------------------------------------------------------------- sending

    /** Sends a CALL now; fails at once while offline. */
    Future<JsonNode> call(String action, JsonNode payload) {
        StationClient current = link.client();
        if (current == null || !isOnline()) {
            return Future.failedFuture(new IllegalStateException(identity() + " is offline"));
        }
        faults.beforeCall(current);
        return current.call(action, payload).onFailure(e -> {
            link.failedCalls().incrementAndGet();
            LOG.debug("{}: {} failed: {}", identity(), action, e.getMessage());
        });
    }

    /** Sends a CALL when online, ignoring the answer (status reports: a reconnect reports again). */
    void send(String action, JsonNode payload) {
        if (isOnline()) {
            call(action, payload);
        }
    }

    /** Queues a transaction message: sent in order, kept while offline, retried as configured. */
    void enqueue(Outbox.Message message) {
        outbox.add(message);
    }

    /** Runs an action on the event loop after the current one (e.g. after an answer went out). */
    void afterAnswer(Runnable action) {
        context.runOnContext(v -> action.run());
    }

    // ---------------------------------------------------------------- accessors

    public String identity() {
        return connection.identity();
    }

    public OcppVersion version() {
        return connection.version();
    }

    public StationModel model() {
        return model;
    }

    public SimClock clock() {
        return clock;
    }

    public StationSettings settings() {
        return settings;
    }

    public FaultInjector faults() {
        return faults;
    }

    public Registration registration() {
        return link.registration();
    }

    /** Connected and accepted. */
    public boolean isOnline() {
        return link.isOnline();
    }

    /** Transaction messages waiting to be sent (held while offline). */
    public int queuedMessages() {
        return outbox.size();
    }

    /** Connections opened so far (1 plus reconnects). */
    public long connections() {
        return link.connections();
    }

    /** Calls that failed (CALLERROR, invalid answer, timeout, connection lost). */
    public long failedCalls() {
        return link.failedCalls().get();
    }

    /** The EVSE's public key of its meter, for registering it with billing. */
    public MeterSigner meter(int evseId) {
        return model.evse(evseId) == null ? null : evses.get(evseId - 1).meter;
    }

    /** A consistent picture of one EVSE, taken on the event loop. */
    public Future<EvseSnapshot> snapshot(int evseId) {
        return onContext(() -> {
            EvseState evse = evse(evseId);
            advance(evse);
            SimTransaction tx = evse.transaction;
            return new EvseSnapshot(evseId, evse.status, evse.occupied(), tx == null ? null : tx.localId,
                    tx == null ? null : tx.csmsId, tx != null && tx.authorized, evse.registerWhRounded(),
                    evse.progress == null ? 0 : evse.progress.powerW(),
                    evse.progress == null ? Double.POSITIVE_INFINITY : evse.progress.limitW(),
                    evse.progress == null ? null : evse.progress.soc());
        });
    }

    Optional<EvseState> findEvse(int evseId) {
        return evseId >= 1 && evseId <= evses.size() ? Optional.of(evses.get(evseId - 1)) : Optional.empty();
    }

    EvseState evse(int evseId) {
        return findEvse(evseId).orElseThrow(() -> new IllegalArgumentException("no EVSE " + evseId));
    }

    List<EvseState> evses() {
        return evses;
    }

    /** Restarts the heartbeat interval (HeartbeatInterval changed). */
    void scheduleHeartbeat() {
        link.scheduleHeartbeat();
    }

    /** Sends a Heartbeat now (TriggerMessage) and restarts the interval. */
    void scheduleHeartbeatNow() {
        link.heartbeatNow();
    }

    /** Sends a BootNotification again on this connection (TriggerMessage). */
    void bootAgain() {
        link.bootAgain();
    }

    void flowStatus(EvseState evse) {
        flow.status(evse);
    }

    void flowSample(EvseState evse, boolean triggered) {
        flow.sample(evse, triggered);
    }

    String flowLimitKey(SimTransaction tx) {
        return flow.limitKey(tx);
    }

    Resets resets() {
        return resets;
    }

    ChargingLimits limits() {
        return limits;
    }

    LocalAuthorization localAuthorization() {
        return auth;
    }

    Outbox outbox() {
        return outbox;
    }

    StationClient client() {
        return link.client();
    }

    Vertx vertx() {
        return vertx;
    }

    /** The time the station reports: simulated time plus any configured clock skew. */
    Instant timestamp(Instant simulated) {
        return simulated.plus(faults.clockSkew());
    }

    Instant now() {
        return timestamp(clock.now());
    }

    private <T> Future<T> onContext(Callable<T> action) {
        Promise<T> result = Promise.promise();
        context.runOnContext(v -> {
            try {
                result.complete(action.call());
            } catch (Exception e) {
                result.fail(e);
            }
        });
        return result.future();
    }
}
