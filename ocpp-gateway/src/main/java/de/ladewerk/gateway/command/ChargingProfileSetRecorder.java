package de.ladewerk.gateway.command;

import de.ladewerk.gateway.smartcharging.ChargingNeedsResponder;
import de.ladewerk.gateway.smartcharging.ChargingProfileStore;
import de.ladewerk.gateway.smartcharging.ReportedProfile;
import de.ladewerk.ocpp.json.OcppJson;
import de.ladewerk.ocpp.v201.common.ChargingProfile;
import de.ladewerk.ocpp.v201.smartcharging.SetChargingProfileRequest;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * After a 2.0.1 station accepted an operator's SetChargingProfile: stores the profile as in force, and
 * tells the charging-needs responder about a TxProfile, so the EV's next schedule is checked against it
 * (a CSMS-initiated renegotiation, K16).
 */
public final class ChargingProfileSetRecorder implements CommandOutcomeListener {

    private final ChargingProfileStore profiles;
    private final ChargingNeedsResponder needs;
    private final Clock clock;

    public ChargingProfileSetRecorder(ChargingProfileStore profiles, ChargingNeedsResponder needs, Clock clock) {
        this.profiles = profiles;
        this.needs = needs;
        this.clock = clock;
    }

    @Override
    public Class<?> requestType() {
        return SetChargingProfileRequest.class;
    }

    @Override
    public void answered(CommandResult command) throws Exception {
        if (!command.accepted()) {
            return;
        }
        SetChargingProfileRequest r = OcppJson.mapper().treeToValue(command.request(), SetChargingProfileRequest.class);
        ChargingProfile p = r.chargingProfile();
        needs.sent(command.stationId(), r.evseId(), p);
        // worker thread: wait for the commit, so the profile is stored once the command's result is
        profiles.profiles(List.of(new ReportedProfile(command.stationId(), r.evseId(), p.id(), "CSO",
                p.chargingProfilePurpose().name(), p.stackLevel(), p.transactionId(),
                command.request().get("chargingProfile").toString(), null, clock.instant())))
                .toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
}
