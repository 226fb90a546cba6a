package de.ladewerk.ocpp.v201.provisioning;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 APNType: mobile data access point settings. */
public record Apn(
        @Required @MaxLength(512) String apn,
        @MaxLength(20) String apnUserName,
        @MaxLength(20) String apnPassword,
        Integer simPin,
        @MaxLength(6) String preferredNetwork,
        Boolean useOnlyPreferredNetwork,
        @Required ApnAuthentication apnAuthentication) {
}
