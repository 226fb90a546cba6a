package de.ladewerk.ocpp.v201.smartcharging;

import de.ladewerk.ocpp.v201.common.ChargingProfile;
import de.ladewerk.ocpp.validation.Required;
import de.ladewerk.ocpp.validation.Size;
import java.util.List;

/** OCPP 2.0.1 ReportChargingProfilesRequest: installed charging profiles of one source and EVSE. */
public record ReportChargingProfilesRequest(
        @Required Integer requestId,
        @Required ChargingLimitSource chargingLimitSource,
        @Required @Size(min = 1) List<ChargingProfile> chargingProfile,
        Boolean tbc,
        @Required Integer evseId) {
}
