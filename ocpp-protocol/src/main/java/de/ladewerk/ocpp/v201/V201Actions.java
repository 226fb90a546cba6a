package de.ladewerk.ocpp.v201;

import static de.ladewerk.ocpp.registry.Direction.CP_TO_CSMS;

import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.registry.ActionRegistry;
import de.ladewerk.ocpp.v201.availability.StatusNotificationRequest;
import de.ladewerk.ocpp.v201.availability.StatusNotificationResponse;
import de.ladewerk.ocpp.v201.provisioning.BootNotificationRequest;
import de.ladewerk.ocpp.v201.provisioning.BootNotificationResponse;
import de.ladewerk.ocpp.v201.provisioning.HeartbeatRequest;
import de.ladewerk.ocpp.v201.provisioning.HeartbeatResponse;

/** Every OCPP 2.0.1 action, listed explicitly. */
public final class V201Actions {

    public static final ActionRegistry REGISTRY = ActionRegistry.builder(OcppVersion.V201)
            .add("BootNotification", CP_TO_CSMS, BootNotificationRequest.class, BootNotificationResponse.class)
            .add("Heartbeat", CP_TO_CSMS, HeartbeatRequest.class, HeartbeatResponse.class)
            .add("StatusNotification", CP_TO_CSMS, StatusNotificationRequest.class, StatusNotificationResponse.class)
            .build();

    private V201Actions() {
    }
}
