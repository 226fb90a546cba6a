package de.ladewerk.gateway.firmware;

import de.ladewerk.gateway.context.Committed;
import de.ladewerk.gateway.handler.StationSession;
import io.vertx.core.Future;
import java.time.Clock;

/** Records the firmware and log status messages of both versions; each future completes after commit. */
public final class FirmwareEvents {

    private final FirmwareEventStore store;
    private final Clock clock;

    public FirmwareEvents(FirmwareEventStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Future<Void> report(StationSession session, FirmwareEventKind kind, Enum<?> status, Integer requestId,
                               String detail) {
        return Committed.on(store.store(new FirmwareEvent(session.stationId(), kind, status.name(), requestId, detail,
                session.version().subprotocol(), clock.instant())));
    }
}
