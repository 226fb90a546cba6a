package de.ladewerk.gateway.v201;

import de.ladewerk.gateway.context.Committed;
import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.gateway.smartcharging.ChargingProfileStore;
import de.ladewerk.ocpp.v201.smartcharging.ClearedChargingLimitRequest;
import de.ladewerk.ocpp.v201.smartcharging.ClearedChargingLimitResponse;
import io.vertx.core.Future;
import java.time.Clock;

/** OCPP 2.0.1 ClearedChargingLimit: the source's limit on the EVSE is marked cleared (kept for history). */
public final class V201ClearedChargingLimitHandler
        implements CallHandler<ClearedChargingLimitRequest, ClearedChargingLimitResponse> {

    private final ChargingProfileStore store;
    private final Clock clock;

    public V201ClearedChargingLimitHandler(ChargingProfileStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Future<ClearedChargingLimitResponse> handle(StationSession session, ClearedChargingLimitRequest r) {
        return Committed.on(store.limitCleared(session.stationId(), r.evseId() == null ? 0 : r.evseId(),
                r.chargingLimitSource().name(), clock.instant())).map(v -> new ClearedChargingLimitResponse());
    }
}
