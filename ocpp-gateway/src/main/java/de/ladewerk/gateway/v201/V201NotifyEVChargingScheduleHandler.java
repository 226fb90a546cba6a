package de.ladewerk.gateway.v201;

import de.ladewerk.gateway.context.Committed;
import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.gateway.smartcharging.ChargingNeedsResponder;
import de.ladewerk.gateway.smartcharging.ChargingProfileStore;
import de.ladewerk.gateway.smartcharging.EvScheduleCheck;
import de.ladewerk.ocpp.json.OcppJson;
import de.ladewerk.ocpp.v201.common.GenericStatus;
import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.v201.smartcharging.NotifyEVChargingScheduleRequest;
import de.ladewerk.ocpp.v201.smartcharging.NotifyEVChargingScheduleResponse;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.util.Optional;

/**
 * OCPP 2.0.1 NotifyEVChargingSchedule: the schedule the EV chose is stored, then checked against the
 * TxProfile the CSMS last sent to the EVSE. Within it: Accepted. Above it: Rejected, and (once the answer
 * is out) the CSMS starts a new negotiation with a new TxProfile (K15.FR.12–13, K16.FR.07–08,
 * K17.FR.12–13). Without a known profile the station's own check stands: Accepted.
 */
public final class V201NotifyEVChargingScheduleHandler
        implements CallHandler<NotifyEVChargingScheduleRequest, NotifyEVChargingScheduleResponse> {

    private final ChargingProfileStore store;
    private final ChargingNeedsResponder responder;
    private final Clock clock;

    public V201NotifyEVChargingScheduleHandler(ChargingProfileStore store, ChargingNeedsResponder responder, Clock clock) {
        this.store = store;
        this.responder = responder;
        this.clock = clock;
    }

    @Override
    public Future<NotifyEVChargingScheduleResponse> handle(StationSession session, NotifyEVChargingScheduleRequest r) {
        String station = session.stationId();
        Optional<String> excess = responder.lastSent(station, r.evseId())
                .flatMap(s -> EvScheduleCheck.exceeds(r.chargingSchedule(), r.timeBase(), s.profile(), s.sentAt()));
        Context context = Vertx.currentContext();
        return Committed.on(store.evSchedule(station, r.evseId(), clock.instant(), r.timeBase(),
                OcppJson.mapper().valueToTree(r.chargingSchedule()).toString()))
                .map(v -> {
                    if (excess.isEmpty()) {
                        return new NotifyEVChargingScheduleResponse(GenericStatus.Accepted, null);
                    }
                    // runs after this task, i.e. after the connection wrote our answer
                    context.runOnContext(x -> responder.renegotiate(station, r.evseId()));
                    return new NotifyEVChargingScheduleResponse(GenericStatus.Rejected,
                            new StatusInfo("ExceedsLimits", excess.get()));
                });
    }
}
