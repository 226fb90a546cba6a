package de.ladewerk.gateway.handler;

import de.ladewerk.gateway.context.Committed;
import de.ladewerk.gateway.events.LiveEvent;
import de.ladewerk.gateway.events.LiveEvents;
import de.ladewerk.gateway.dataquality.Rejection;
import de.ladewerk.gateway.session.TimePlausibility;
import de.ladewerk.gateway.station.ConnectorStatusChange;
import de.ladewerk.gateway.station.HeartbeatLedger;
import de.ladewerk.gateway.station.RegistrationStatus;
import de.ladewerk.gateway.station.StationBoot;
import de.ladewerk.gateway.station.StationDirectory;
import de.ladewerk.gateway.station.StationEventSink;
import io.vertx.core.Future;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * The version-neutral work behind Boot, Heartbeat and StatusNotification, shared by the 1.6 and
 * 2.0.1 handlers: they only map their messages to and from it. Every future completes after commit, but the
 * heartbeat's, which carries no data and is written in batches ({@link HeartbeatLedger}).
 */
public final class StationHandlers {

    private final StationEventSink sink;
    private final StationDirectory directory;
    private final BootPolicy bootPolicy;
    private final Clock clock;
    private final LiveEvents events;
    private final HeartbeatLedger heartbeats;
    private final TimePlausibility times;

    /**
     * @param events     told of each committed connector status change ({@link LiveEvents#CONNECTOR_STATUS})
     * @param heartbeats where heartbeats are noted until the gateway writes them
     */
    public StationHandlers(StationEventSink sink, StationDirectory directory, BootPolicy bootPolicy, Clock clock,
                           LiveEvents events, HeartbeatLedger heartbeats) {
        this(sink, directory, bootPolicy, clock, events, heartbeats,
                new TimePlausibility(TimePlausibility.DEFAULT_FUTURE_TOLERANCE));
    }

    /** @param times the rules a status time must pass; one that fails is replaced by the CSMS's time */
    public StationHandlers(StationEventSink sink, StationDirectory directory, BootPolicy bootPolicy, Clock clock,
                           LiveEvents events, HeartbeatLedger heartbeats, TimePlausibility times) {
        this.sink = sink;
        this.directory = directory;
        this.bootPolicy = bootPolicy;
        this.clock = clock;
        this.events = events;
        this.heartbeats = heartbeats;
        this.times = times;
    }

    /** The CSMS's current time, to the second as stations expect it. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    public BootPolicy bootPolicy() {
        return bootPolicy;
    }

    /**
     * Records the boot and reads the station's registration status again (an operator may have
     * approved it since it connected); the session then works under that status.
     */
    public Future<RegistrationStatus> boot(StationSession session, StationBoot boot) {
        return directory.registrationStatus(session.stationId())
                .compose(status -> committed(sink.boot(boot)).map(v -> status))
                .onSuccess(session::registration);
    }

    /** Notes the heartbeat in the ledger and answers at once: a heartbeat carries no data ({@link HeartbeatLedger}). */
    public Future<Instant> heartbeat(StationSession session) {
        Instant now = now();
        heartbeats.record(session.stationId(), now);
        return Future.succeededFuture(now);
    }

    /**
     * Records a status change. A status dated implausibly (e.g. 9999-12-31, which would outrank every later
     * status of the connector) is kept, but at the CSMS's time, and the correction is recorded: the status
     * itself is still the station's latest word, only its clock is wrong.
     */
    public Future<Void> status(ConnectorStatusChange sent) {
        Instant now = now();
        TimePlausibility.Problem problem = times.check(sent.at(), now);
        if (problem == null) {
            return committed(sink.status(sent)).onSuccess(v -> events.accept(statusEvent(sent)));
        }
        ConnectorStatusChange change = sent.at(now);
        Rejection correction = Rejection.corrected(problem.kind(), statusText(sent), statusText(change),
                "status " + problem.reason() + "; the CSMS time is used");
        return committed(sink.status(change, List.of(correction))).onSuccess(v -> events.accept(statusEvent(change)));
    }

    /**
     * Answers a status that names no connector (2.0.1 evseId or connectorId 0) without storing it as one: a
     * CALLERROR would make the station retry it forever, so it is recorded as a data-quality note instead.
     */
    public Future<Void> statusOfNoConnector(ConnectorStatusChange sent) {
        Rejection note = Rejection.rejected(Rejection.Kind.NO_SUCH_CONNECTOR, statusText(sent),
                "EVSEs and connectors are numbered from 1 in OCPP 2.0.1; no connector status is stored for EVSE "
                        + sent.evseId() + " connector " + sent.connectorId());
        return committed(sink.rejection(sent.stationId(), note));
    }

    private static String statusText(ConnectorStatusChange c) {
        return "StatusNotification EVSE " + c.evseId() + " connector " + c.connectorId() + " " + c.protocolStatus()
                + " at " + c.at();
    }

    private static LiveEvent statusEvent(ConnectorStatusChange change) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("evseId", change.evseId());
        data.put("connectorId", change.connectorId());
        data.put("status", change.state().name());
        data.put("protocolStatus", change.protocolStatus());
        if (change.errorCode() != null) {
            data.put("errorCode", change.errorCode());
        }
        return new LiveEvent(LiveEvents.CONNECTOR_STATUS, change.stationId(), change.at(), data);
    }

    /** The commit's completion, delivered on the caller's event loop (writers complete on their own threads). */
    private static <T> Future<T> committed(CompletionStage<T> stage) {
        return Committed.on(stage);
    }
}
