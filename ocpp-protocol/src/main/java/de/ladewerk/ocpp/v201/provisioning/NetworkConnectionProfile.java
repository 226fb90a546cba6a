package de.ladewerk.ocpp.v201.provisioning;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 NetworkConnectionProfileType: how to connect to a CSMS. */
public record NetworkConnectionProfile(
        Apn apn,
        @Required NetworkOcppVersion ocppVersion,
        @Required OcppTransport ocppTransport,
        @Required @MaxLength(512) String ocppCsmsUrl,
        @Required Integer messageTimeout,
        @Required Integer securityProfile,
        @Required OcppInterface ocppInterface,
        Vpn vpn) {
}
