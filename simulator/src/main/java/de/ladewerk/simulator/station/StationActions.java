package de.ladewerk.simulator.station;

import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.registry.ActionRegistry;
import de.ladewerk.ocpp.v16.V16Actions;
import de.ladewerk.ocpp.v201.V201Actions;
import java.util.Set;

/**
 * What a station of each version knows about actions: the typed registry of ocpp-protocol, plus the
 * names of every CSMS→station action the specification defines, so that an action the simulator
 * does not handle is answered NotSupported (known but unsupported) rather than NotImplemented.
 */
final class StationActions {

    private static final Set<String> V16_CSMS_ACTIONS = Set.of(
            "CancelReservation", "ChangeAvailability", "ChangeConfiguration", "ClearCache",
            "ClearChargingProfile", "DataTransfer", "GetCompositeSchedule", "GetConfiguration",
            "GetDiagnostics", "GetLocalListVersion", "RemoteStartTransaction", "RemoteStopTransaction",
            "ReserveNow", "Reset", "SendLocalList", "SetChargingProfile", "TriggerMessage", "UnlockConnector",
            "UpdateFirmware", "CertificateSigned", "DeleteCertificate", "ExtendedTriggerMessage",
            "GetInstalledCertificateIds", "GetLog", "InstallCertificate", "SignedUpdateFirmware");

    private static final Set<String> V201_CSMS_ACTIONS = Set.of(
            "CancelReservation", "CertificateSigned", "ChangeAvailability", "ClearCache", "ClearChargingProfile",
            "ClearDisplayMessage", "ClearVariableMonitoring", "CostUpdated", "CustomerInformation",
            "DataTransfer", "DeleteCertificate", "GetBaseReport", "GetChargingProfiles", "GetCompositeSchedule",
            "GetDisplayMessages", "GetInstalledCertificateIds", "GetLocalListVersion", "GetLog",
            "GetMonitoringReport", "GetReport", "GetTransactionStatus", "GetVariables", "InstallCertificate",
            "PublishFirmware", "RequestStartTransaction", "RequestStopTransaction", "ReserveNow", "Reset",
            "SendLocalList", "SetChargingProfile", "SetDisplayMessage", "SetMonitoringBase",
            "SetMonitoringLevel", "SetNetworkProfile", "SetVariableMonitoring", "SetVariables",
            "TriggerMessage", "UnlockConnector", "UnpublishFirmware", "UpdateFirmware");

    private static final ActionRegistry V21_EMPTY = ActionRegistry.builder(OcppVersion.V21).build();

    private StationActions() {
    }

    static ActionRegistry registry(OcppVersion version) {
        switch (version) {
            case V16:
                return V16Actions.REGISTRY;
            case V201:
                return V201Actions.REGISTRY;
            default:
                return V21_EMPTY;
        }
    }

    /** Whether the specification of this version defines the action as sent by the CSMS. */
    static boolean isCsmsAction(OcppVersion version, String action) {
        boolean typed = registry(version).find(action).map(d -> d.direction().sentByCsms()).orElse(false);
        if (typed) {
            return true;
        }
        return version == OcppVersion.V16 ? V16_CSMS_ACTIONS.contains(action) : V201_CSMS_ACTIONS.contains(action);
    }
}
