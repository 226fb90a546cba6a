package de.ladewerk.gateway.v201;

import de.ladewerk.gateway.context.Committed;
import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.gateway.smartcharging.ChargingProfileStore;
import de.ladewerk.ocpp.json.OcppJson;
import de.ladewerk.ocpp.v201.smartcharging.NotifyChargingLimitRequest;
import de.ladewerk.ocpp.v201.smartcharging.NotifyChargingLimitResponse;
import io.vertx.core.Future;
import java.time.Clock;

/** OCPP 2.0.1 NotifyChargingLimit: an external limit (EMS, grid operator …) is stored as the current one of its source. */
public final class V201NotifyChargingLimitHandler
        implements CallHandler<NotifyChargingLimitRequest, NotifyChargingLimitResponse> {

    private final ChargingProfileStore store;
    private final Clock clock;

    public V201NotifyChargingLimitHandler(ChargingProfileStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Future<NotifyChargingLimitResponse> handle(StationSession session, NotifyChargingLimitRequest r) {
        String schedules = r.chargingSchedule() == null ? null
                : OcppJson.mapper().valueToTree(r.chargingSchedule()).toString();
        return Committed.on(store.limit(session.stationId(), r.evseId() == null ? 0 : r.evseId(),
                r.chargingLimit().chargingLimitSource().name(), r.chargingLimit().isGridCritical(), schedules,
                clock.instant())).map(v -> new NotifyChargingLimitResponse());
    }
}
