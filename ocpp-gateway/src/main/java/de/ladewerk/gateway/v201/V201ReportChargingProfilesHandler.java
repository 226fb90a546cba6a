package de.ladewerk.gateway.v201;

import de.ladewerk.gateway.context.Committed;
import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.gateway.smartcharging.ChargingProfileStore;
import de.ladewerk.gateway.smartcharging.ReportedProfile;
import de.ladewerk.ocpp.json.OcppJson;
import de.ladewerk.ocpp.v201.smartcharging.ReportChargingProfilesRequest;
import de.ladewerk.ocpp.v201.smartcharging.ReportChargingProfilesResponse;
import io.vertx.core.Future;
import java.time.Clock;
import java.time.Instant;

/** OCPP 2.0.1 ReportChargingProfiles: the profiles installed on an EVSE, stored per station/EVSE/profile id. */
public final class V201ReportChargingProfilesHandler
        implements CallHandler<ReportChargingProfilesRequest, ReportChargingProfilesResponse> {

    private final ChargingProfileStore store;
    private final Clock clock;

    public V201ReportChargingProfilesHandler(ChargingProfileStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Future<ReportChargingProfilesResponse> handle(StationSession session, ReportChargingProfilesRequest r) {
        Instant now = clock.instant();
        return Committed.on(store.profiles(r.chargingProfile().stream().map(p -> new ReportedProfile(session.stationId(),
                r.evseId(), p.id(), r.chargingLimitSource().name(), p.chargingProfilePurpose().name(), p.stackLevel(),
                p.transactionId(), OcppJson.mapper().valueToTree(p).toString(), r.requestId(), now)).toList()))
                .map(v -> new ReportChargingProfilesResponse());
    }
}
