package de.ladewerk.ocpp.v201.provisioning;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 VPNType: VPN settings. */
public record Vpn(
        @Required @MaxLength(512) String server,
        @Required @MaxLength(20) String user,
        @MaxLength(20) String group,
        @Required @MaxLength(20) String password,
        @Required @MaxLength(255) String key,
        @Required VpnType type) {
}
