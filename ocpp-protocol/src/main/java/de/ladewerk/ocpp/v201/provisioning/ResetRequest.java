package de.ladewerk.ocpp.v201.provisioning;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 ResetRequest: reset the station, or one EVSE, now or when idle. */
public record ResetRequest(
        @Required ResetType type,
        Integer evseId) {
}
