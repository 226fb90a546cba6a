package de.ladewerk.gateway.v201;

import de.ladewerk.gateway.handler.HandlerRegistry;
import de.ladewerk.gateway.handler.StationHandlers;
import de.ladewerk.gateway.security.SecurityServices;
import de.ladewerk.ocpp.v201.V201Actions;
import de.ladewerk.ocpp.v201.availability.StatusNotificationRequest;
import de.ladewerk.ocpp.v201.diagnostics.LogStatusNotificationRequest;
import de.ladewerk.ocpp.v201.firmware.FirmwareStatusNotificationRequest;
import de.ladewerk.ocpp.v201.firmware.PublishFirmwareStatusNotificationRequest;
import de.ladewerk.ocpp.v201.provisioning.BootNotificationRequest;
import de.ladewerk.ocpp.v201.provisioning.HeartbeatRequest;
import de.ladewerk.ocpp.v201.security.Get15118EVCertificateRequest;
import de.ladewerk.ocpp.v201.security.GetCertificateStatusRequest;
import de.ladewerk.ocpp.v201.security.SecurityEventNotificationRequest;
import de.ladewerk.ocpp.v201.security.SignCertificateRequest;

/** The OCPP 2.0.1 handlers, listed explicitly. */
public final class V201Handlers {

    private V201Handlers() {
    }

    public static HandlerRegistry create(StationHandlers stations) {
        return new HandlerRegistry(V201Actions.REGISTRY)
                .add(BootNotificationRequest.class, new V201BootNotificationHandler(stations))
                .add(HeartbeatRequest.class, new V201HeartbeatHandler(stations))
                .add(StatusNotificationRequest.class, new V201StatusNotificationHandler(stations));
    }

    /** The core handlers plus security (events, certificates) and firmware/log status handlers. */
    public static HandlerRegistry create(StationHandlers stations, SecurityServices security) {
        return create(stations)
                .add(SecurityEventNotificationRequest.class, new V201SecurityEventNotificationHandler(security.securityEvents()))
                .add(SignCertificateRequest.class, new V201SignCertificateHandler(security.certificates()))
                .add(Get15118EVCertificateRequest.class, new V201Get15118EVCertificateHandler())
                .add(GetCertificateStatusRequest.class, new V201GetCertificateStatusHandler())
                .add(FirmwareStatusNotificationRequest.class,
                        new V201FirmwareStatusNotificationHandler(security.firmwareEvents()))
                .add(LogStatusNotificationRequest.class, new V201LogStatusNotificationHandler(security.firmwareEvents()))
                .add(PublishFirmwareStatusNotificationRequest.class,
                        new V201PublishFirmwareStatusNotificationHandler(security.firmwareEvents()));
    }
}
