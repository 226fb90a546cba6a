package de.ladewerk.gateway.v201;

import de.ladewerk.gateway.context.Committed;
import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.gateway.smartcharging.ChargingProfileStore;
import de.ladewerk.ocpp.json.OcppJson;
import de.ladewerk.ocpp.v201.common.GenericStatus;
import de.ladewerk.ocpp.v201.smartcharging.NotifyEVChargingScheduleRequest;
import de.ladewerk.ocpp.v201.smartcharging.NotifyEVChargingScheduleResponse;
import io.vertx.core.Future;
import java.time.Clock;

/**
 * OCPP 2.0.1 NotifyEVChargingSchedule: the schedule the EV chose within our profile is stored and
 * accepted (the station already checked it against the profile it got from us).
 */
public final class V201NotifyEVChargingScheduleHandler
        implements CallHandler<NotifyEVChargingScheduleRequest, NotifyEVChargingScheduleResponse> {

    private final ChargingProfileStore store;
    private final Clock clock;

    public V201NotifyEVChargingScheduleHandler(ChargingProfileStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Future<NotifyEVChargingScheduleResponse> handle(StationSession session, NotifyEVChargingScheduleRequest r) {
        return Committed.on(store.evSchedule(session.stationId(), r.evseId(), clock.instant(), r.timeBase(),
                OcppJson.mapper().valueToTree(r.chargingSchedule()).toString()))
                .map(v -> new NotifyEVChargingScheduleResponse(GenericStatus.Accepted, null));
    }
}
