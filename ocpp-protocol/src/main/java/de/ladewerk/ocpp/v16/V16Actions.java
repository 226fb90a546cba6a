package de.ladewerk.ocpp.v16;

import static de.ladewerk.ocpp.registry.Direction.CP_TO_CSMS;

import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.registry.ActionRegistry;
import de.ladewerk.ocpp.v16.core.BootNotificationRequest;
import de.ladewerk.ocpp.v16.core.BootNotificationResponse;
import de.ladewerk.ocpp.v16.core.HeartbeatRequest;
import de.ladewerk.ocpp.v16.core.HeartbeatResponse;
import de.ladewerk.ocpp.v16.core.StatusNotificationRequest;
import de.ladewerk.ocpp.v16.core.StatusNotificationResponse;

/** Every OCPP 1.6J action (including the security extension), listed explicitly. */
public final class V16Actions {

    public static final ActionRegistry REGISTRY = ActionRegistry.builder(OcppVersion.V16)
            .add("BootNotification", CP_TO_CSMS, BootNotificationRequest.class, BootNotificationResponse.class)
            .add("Heartbeat", CP_TO_CSMS, HeartbeatRequest.class, HeartbeatResponse.class)
            .add("StatusNotification", CP_TO_CSMS, StatusNotificationRequest.class, StatusNotificationResponse.class)
            .build();

    private V16Actions() {
    }
}
