package de.ladewerk.gateway.v16;

import de.ladewerk.gateway.handler.HandlerRegistry;
import de.ladewerk.gateway.handler.StationHandlers;
import de.ladewerk.gateway.security.SecurityServices;
import de.ladewerk.ocpp.v16.V16Actions;
import de.ladewerk.ocpp.v16.core.BootNotificationRequest;
import de.ladewerk.ocpp.v16.core.HeartbeatRequest;
import de.ladewerk.ocpp.v16.core.StatusNotificationRequest;
import de.ladewerk.ocpp.v16.firmware.DiagnosticsStatusNotificationRequest;
import de.ladewerk.ocpp.v16.firmware.FirmwareStatusNotificationRequest;
import de.ladewerk.ocpp.v16.security.LogStatusNotificationRequest;
import de.ladewerk.ocpp.v16.security.SecurityEventNotificationRequest;
import de.ladewerk.ocpp.v16.security.SignCertificateRequest;
import de.ladewerk.ocpp.v16.security.SignedFirmwareStatusNotificationRequest;

/** The OCPP 1.6 handlers, listed explicitly. */
public final class V16Handlers {

    private V16Handlers() {
    }

    public static HandlerRegistry create(StationHandlers stations) {
        return new HandlerRegistry(V16Actions.REGISTRY)
                .add(BootNotificationRequest.class, new V16BootNotificationHandler(stations))
                .add(HeartbeatRequest.class, new V16HeartbeatHandler(stations))
                .add(StatusNotificationRequest.class, new V16StatusNotificationHandler(stations));
    }

    /** The core handlers plus the security extension's and the firmware/diagnostics status handlers. */
    public static HandlerRegistry create(StationHandlers stations, SecurityServices security) {
        return create(stations)
                .add(SecurityEventNotificationRequest.class, new V16SecurityEventNotificationHandler(security.securityEvents()))
                .add(SignCertificateRequest.class, new V16SignCertificateHandler(security.certificates()))
                .add(FirmwareStatusNotificationRequest.class, new V16FirmwareStatusNotificationHandler(security.firmwareEvents()))
                .add(DiagnosticsStatusNotificationRequest.class,
                        new V16DiagnosticsStatusNotificationHandler(security.firmwareEvents()))
                .add(SignedFirmwareStatusNotificationRequest.class,
                        new V16SignedFirmwareStatusNotificationHandler(security.firmwareEvents()))
                .add(LogStatusNotificationRequest.class, new V16LogStatusNotificationHandler(security.firmwareEvents()));
    }
}
