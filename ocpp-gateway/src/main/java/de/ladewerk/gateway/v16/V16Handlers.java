package de.ladewerk.gateway.v16;

import de.ladewerk.gateway.handler.DomainServices;
import de.ladewerk.gateway.handler.HandlerRegistry;
import de.ladewerk.gateway.security.SecurityServices;
import de.ladewerk.ocpp.v16.firmware.DiagnosticsStatusNotificationRequest;
import de.ladewerk.ocpp.v16.firmware.FirmwareStatusNotificationRequest;
import de.ladewerk.ocpp.v16.security.LogStatusNotificationRequest;
import de.ladewerk.ocpp.v16.security.SecurityEventNotificationRequest;
import de.ladewerk.ocpp.v16.security.SignCertificateRequest;
import de.ladewerk.ocpp.v16.security.SignedFirmwareStatusNotificationRequest;
import de.ladewerk.ocpp.v16.V16Actions;
import de.ladewerk.ocpp.v16.core.AuthorizeRequest;
import de.ladewerk.ocpp.v16.core.BootNotificationRequest;
import de.ladewerk.ocpp.v16.core.DataTransferRequest;
import de.ladewerk.ocpp.v16.core.HeartbeatRequest;
import de.ladewerk.ocpp.v16.core.MeterValuesRequest;
import de.ladewerk.ocpp.v16.core.StartTransactionRequest;
import de.ladewerk.ocpp.v16.core.StatusNotificationRequest;
import de.ladewerk.ocpp.v16.core.StopTransactionRequest;

/** The OCPP 1.6 handlers, listed explicitly: one per action a charge point sends. */
public final class V16Handlers {

    private V16Handlers() {
    }

    public static HandlerRegistry create(DomainServices d) {
        return new HandlerRegistry(V16Actions.REGISTRY)
                .add(BootNotificationRequest.class, new V16BootNotificationHandler(d.stations()))
                .add(HeartbeatRequest.class, new V16HeartbeatHandler(d.stations()))
                .add(StatusNotificationRequest.class, new V16StatusNotificationHandler(d.stations()))
                .add(AuthorizeRequest.class, new V16AuthorizeHandler(d.authorizer()))
                .add(StartTransactionRequest.class, new V16StartTransactionHandler(d.sessions()))
                .add(StopTransactionRequest.class, new V16StopTransactionHandler(d.sessions()))
                .add(MeterValuesRequest.class, new V16MeterValuesHandler(d.sessions()))
                .add(DataTransferRequest.class, new V16DataTransferHandler(d.reports().dataTransfers()));
    }

    /** All of the above plus the security extension's and the firmware/diagnostics status handlers. */
    public static HandlerRegistry create(DomainServices d, SecurityServices security) {
        return create(d)
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
