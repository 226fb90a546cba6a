package de.ladewerk.ocpp.v201;

import static de.ladewerk.ocpp.registry.Direction.BOTH;
import static de.ladewerk.ocpp.registry.Direction.CP_TO_CSMS;
import static de.ladewerk.ocpp.registry.Direction.CSMS_TO_CP;

import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.registry.ActionRegistry;
import de.ladewerk.ocpp.v201.authorization.AuthorizeRequest;
import de.ladewerk.ocpp.v201.authorization.AuthorizeResponse;
import de.ladewerk.ocpp.v201.authorization.ClearCacheRequest;
import de.ladewerk.ocpp.v201.authorization.ClearCacheResponse;
import de.ladewerk.ocpp.v201.authorization.GetLocalListVersionRequest;
import de.ladewerk.ocpp.v201.authorization.GetLocalListVersionResponse;
import de.ladewerk.ocpp.v201.authorization.SendLocalListRequest;
import de.ladewerk.ocpp.v201.authorization.SendLocalListResponse;
import de.ladewerk.ocpp.v201.availability.ChangeAvailabilityRequest;
import de.ladewerk.ocpp.v201.availability.ChangeAvailabilityResponse;
import de.ladewerk.ocpp.v201.availability.StatusNotificationRequest;
import de.ladewerk.ocpp.v201.availability.StatusNotificationResponse;
import de.ladewerk.ocpp.v201.datatransfer.DataTransferRequest;
import de.ladewerk.ocpp.v201.datatransfer.DataTransferResponse;
import de.ladewerk.ocpp.v201.diagnostics.ClearVariableMonitoringRequest;
import de.ladewerk.ocpp.v201.diagnostics.ClearVariableMonitoringResponse;
import de.ladewerk.ocpp.v201.diagnostics.CustomerInformationRequest;
import de.ladewerk.ocpp.v201.diagnostics.CustomerInformationResponse;
import de.ladewerk.ocpp.v201.diagnostics.GetLogRequest;
import de.ladewerk.ocpp.v201.diagnostics.GetLogResponse;
import de.ladewerk.ocpp.v201.diagnostics.GetMonitoringReportRequest;
import de.ladewerk.ocpp.v201.diagnostics.GetMonitoringReportResponse;
import de.ladewerk.ocpp.v201.diagnostics.LogStatusNotificationRequest;
import de.ladewerk.ocpp.v201.diagnostics.LogStatusNotificationResponse;
import de.ladewerk.ocpp.v201.diagnostics.NotifyCustomerInformationRequest;
import de.ladewerk.ocpp.v201.diagnostics.NotifyCustomerInformationResponse;
import de.ladewerk.ocpp.v201.diagnostics.NotifyEventRequest;
import de.ladewerk.ocpp.v201.diagnostics.NotifyEventResponse;
import de.ladewerk.ocpp.v201.diagnostics.NotifyMonitoringReportRequest;
import de.ladewerk.ocpp.v201.diagnostics.NotifyMonitoringReportResponse;
import de.ladewerk.ocpp.v201.diagnostics.SetMonitoringBaseRequest;
import de.ladewerk.ocpp.v201.diagnostics.SetMonitoringBaseResponse;
import de.ladewerk.ocpp.v201.diagnostics.SetMonitoringLevelRequest;
import de.ladewerk.ocpp.v201.diagnostics.SetMonitoringLevelResponse;
import de.ladewerk.ocpp.v201.diagnostics.SetVariableMonitoringRequest;
import de.ladewerk.ocpp.v201.diagnostics.SetVariableMonitoringResponse;
import de.ladewerk.ocpp.v201.display.ClearDisplayMessageRequest;
import de.ladewerk.ocpp.v201.display.ClearDisplayMessageResponse;
import de.ladewerk.ocpp.v201.display.GetDisplayMessagesRequest;
import de.ladewerk.ocpp.v201.display.GetDisplayMessagesResponse;
import de.ladewerk.ocpp.v201.display.NotifyDisplayMessagesRequest;
import de.ladewerk.ocpp.v201.display.NotifyDisplayMessagesResponse;
import de.ladewerk.ocpp.v201.display.SetDisplayMessageRequest;
import de.ladewerk.ocpp.v201.display.SetDisplayMessageResponse;
import de.ladewerk.ocpp.v201.firmware.FirmwareStatusNotificationRequest;
import de.ladewerk.ocpp.v201.firmware.FirmwareStatusNotificationResponse;
import de.ladewerk.ocpp.v201.firmware.PublishFirmwareRequest;
import de.ladewerk.ocpp.v201.firmware.PublishFirmwareResponse;
import de.ladewerk.ocpp.v201.firmware.PublishFirmwareStatusNotificationRequest;
import de.ladewerk.ocpp.v201.firmware.PublishFirmwareStatusNotificationResponse;
import de.ladewerk.ocpp.v201.firmware.UnpublishFirmwareRequest;
import de.ladewerk.ocpp.v201.firmware.UnpublishFirmwareResponse;
import de.ladewerk.ocpp.v201.firmware.UpdateFirmwareRequest;
import de.ladewerk.ocpp.v201.firmware.UpdateFirmwareResponse;
import de.ladewerk.ocpp.v201.metervalues.MeterValuesRequest;
import de.ladewerk.ocpp.v201.metervalues.MeterValuesResponse;
import de.ladewerk.ocpp.v201.provisioning.BootNotificationRequest;
import de.ladewerk.ocpp.v201.provisioning.BootNotificationResponse;
import de.ladewerk.ocpp.v201.provisioning.GetBaseReportRequest;
import de.ladewerk.ocpp.v201.provisioning.GetBaseReportResponse;
import de.ladewerk.ocpp.v201.provisioning.GetReportRequest;
import de.ladewerk.ocpp.v201.provisioning.GetReportResponse;
import de.ladewerk.ocpp.v201.provisioning.GetVariablesRequest;
import de.ladewerk.ocpp.v201.provisioning.GetVariablesResponse;
import de.ladewerk.ocpp.v201.provisioning.HeartbeatRequest;
import de.ladewerk.ocpp.v201.provisioning.HeartbeatResponse;
import de.ladewerk.ocpp.v201.provisioning.NotifyReportRequest;
import de.ladewerk.ocpp.v201.provisioning.NotifyReportResponse;
import de.ladewerk.ocpp.v201.provisioning.ResetRequest;
import de.ladewerk.ocpp.v201.provisioning.ResetResponse;
import de.ladewerk.ocpp.v201.provisioning.SetNetworkProfileRequest;
import de.ladewerk.ocpp.v201.provisioning.SetNetworkProfileResponse;
import de.ladewerk.ocpp.v201.provisioning.SetVariablesRequest;
import de.ladewerk.ocpp.v201.provisioning.SetVariablesResponse;
import de.ladewerk.ocpp.v201.remotecontrol.TriggerMessageRequest;
import de.ladewerk.ocpp.v201.remotecontrol.TriggerMessageResponse;
import de.ladewerk.ocpp.v201.remotecontrol.UnlockConnectorRequest;
import de.ladewerk.ocpp.v201.remotecontrol.UnlockConnectorResponse;
import de.ladewerk.ocpp.v201.reservation.CancelReservationRequest;
import de.ladewerk.ocpp.v201.reservation.CancelReservationResponse;
import de.ladewerk.ocpp.v201.reservation.ReservationStatusUpdateRequest;
import de.ladewerk.ocpp.v201.reservation.ReservationStatusUpdateResponse;
import de.ladewerk.ocpp.v201.reservation.ReserveNowRequest;
import de.ladewerk.ocpp.v201.reservation.ReserveNowResponse;
import de.ladewerk.ocpp.v201.security.CertificateSignedRequest;
import de.ladewerk.ocpp.v201.security.CertificateSignedResponse;
import de.ladewerk.ocpp.v201.security.DeleteCertificateRequest;
import de.ladewerk.ocpp.v201.security.DeleteCertificateResponse;
import de.ladewerk.ocpp.v201.security.Get15118EVCertificateRequest;
import de.ladewerk.ocpp.v201.security.Get15118EVCertificateResponse;
import de.ladewerk.ocpp.v201.security.GetCertificateStatusRequest;
import de.ladewerk.ocpp.v201.security.GetCertificateStatusResponse;
import de.ladewerk.ocpp.v201.security.GetInstalledCertificateIdsRequest;
import de.ladewerk.ocpp.v201.security.GetInstalledCertificateIdsResponse;
import de.ladewerk.ocpp.v201.security.InstallCertificateRequest;
import de.ladewerk.ocpp.v201.security.InstallCertificateResponse;
import de.ladewerk.ocpp.v201.security.SecurityEventNotificationRequest;
import de.ladewerk.ocpp.v201.security.SecurityEventNotificationResponse;
import de.ladewerk.ocpp.v201.security.SignCertificateRequest;
import de.ladewerk.ocpp.v201.security.SignCertificateResponse;
import de.ladewerk.ocpp.v201.smartcharging.ClearChargingProfileRequest;
import de.ladewerk.ocpp.v201.smartcharging.ClearChargingProfileResponse;
import de.ladewerk.ocpp.v201.smartcharging.ClearedChargingLimitRequest;
import de.ladewerk.ocpp.v201.smartcharging.ClearedChargingLimitResponse;
import de.ladewerk.ocpp.v201.smartcharging.GetChargingProfilesRequest;
import de.ladewerk.ocpp.v201.smartcharging.GetChargingProfilesResponse;
import de.ladewerk.ocpp.v201.smartcharging.GetCompositeScheduleRequest;
import de.ladewerk.ocpp.v201.smartcharging.GetCompositeScheduleResponse;
import de.ladewerk.ocpp.v201.smartcharging.NotifyChargingLimitRequest;
import de.ladewerk.ocpp.v201.smartcharging.NotifyChargingLimitResponse;
import de.ladewerk.ocpp.v201.smartcharging.NotifyEVChargingNeedsRequest;
import de.ladewerk.ocpp.v201.smartcharging.NotifyEVChargingNeedsResponse;
import de.ladewerk.ocpp.v201.smartcharging.NotifyEVChargingScheduleRequest;
import de.ladewerk.ocpp.v201.smartcharging.NotifyEVChargingScheduleResponse;
import de.ladewerk.ocpp.v201.smartcharging.ReportChargingProfilesRequest;
import de.ladewerk.ocpp.v201.smartcharging.ReportChargingProfilesResponse;
import de.ladewerk.ocpp.v201.smartcharging.SetChargingProfileRequest;
import de.ladewerk.ocpp.v201.smartcharging.SetChargingProfileResponse;
import de.ladewerk.ocpp.v201.tariffcost.CostUpdatedRequest;
import de.ladewerk.ocpp.v201.tariffcost.CostUpdatedResponse;
import de.ladewerk.ocpp.v201.transactions.GetTransactionStatusRequest;
import de.ladewerk.ocpp.v201.transactions.GetTransactionStatusResponse;
import de.ladewerk.ocpp.v201.transactions.RequestStartTransactionRequest;
import de.ladewerk.ocpp.v201.transactions.RequestStartTransactionResponse;
import de.ladewerk.ocpp.v201.transactions.RequestStopTransactionRequest;
import de.ladewerk.ocpp.v201.transactions.RequestStopTransactionResponse;
import de.ladewerk.ocpp.v201.transactions.TransactionEventRequest;
import de.ladewerk.ocpp.v201.transactions.TransactionEventResponse;

/**
 * Every OCPP 2.0.1 action, listed explicitly, grouped by the functional blocks of the specification
 * (Part 2). Direction is who sends the request; DataTransfer goes both ways.
 */
public final class V201Actions {

    public static final ActionRegistry REGISTRY = ActionRegistry.builder(OcppVersion.V201)
            // security
            .add("SecurityEventNotification", CP_TO_CSMS,
                    SecurityEventNotificationRequest.class, SecurityEventNotificationResponse.class)
            .add("SignCertificate", CP_TO_CSMS, SignCertificateRequest.class, SignCertificateResponse.class)
            .add("CertificateSigned", CSMS_TO_CP, CertificateSignedRequest.class, CertificateSignedResponse.class)
            .add("InstallCertificate", CSMS_TO_CP, InstallCertificateRequest.class, InstallCertificateResponse.class)
            .add("DeleteCertificate", CSMS_TO_CP, DeleteCertificateRequest.class, DeleteCertificateResponse.class)
            .add("GetInstalledCertificateIds", CSMS_TO_CP,
                    GetInstalledCertificateIdsRequest.class, GetInstalledCertificateIdsResponse.class)
            .add("GetCertificateStatus", CP_TO_CSMS,
                    GetCertificateStatusRequest.class, GetCertificateStatusResponse.class)
            .add("Get15118EVCertificate", CP_TO_CSMS,
                    Get15118EVCertificateRequest.class, Get15118EVCertificateResponse.class)
            // provisioning
            .add("BootNotification", CP_TO_CSMS, BootNotificationRequest.class, BootNotificationResponse.class)
            .add("Heartbeat", CP_TO_CSMS, HeartbeatRequest.class, HeartbeatResponse.class)
            .add("GetBaseReport", CSMS_TO_CP, GetBaseReportRequest.class, GetBaseReportResponse.class)
            .add("GetReport", CSMS_TO_CP, GetReportRequest.class, GetReportResponse.class)
            .add("NotifyReport", CP_TO_CSMS, NotifyReportRequest.class, NotifyReportResponse.class)
            .add("GetVariables", CSMS_TO_CP, GetVariablesRequest.class, GetVariablesResponse.class)
            .add("SetVariables", CSMS_TO_CP, SetVariablesRequest.class, SetVariablesResponse.class)
            .add("SetNetworkProfile", CSMS_TO_CP, SetNetworkProfileRequest.class, SetNetworkProfileResponse.class)
            .add("Reset", CSMS_TO_CP, ResetRequest.class, ResetResponse.class)
            // authorization
            .add("Authorize", CP_TO_CSMS, AuthorizeRequest.class, AuthorizeResponse.class)
            .add("ClearCache", CSMS_TO_CP, ClearCacheRequest.class, ClearCacheResponse.class)
            .add("GetLocalListVersion", CSMS_TO_CP, GetLocalListVersionRequest.class, GetLocalListVersionResponse.class)
            .add("SendLocalList", CSMS_TO_CP, SendLocalListRequest.class, SendLocalListResponse.class)
            // availability
            .add("StatusNotification", CP_TO_CSMS, StatusNotificationRequest.class, StatusNotificationResponse.class)
            .add("ChangeAvailability", CSMS_TO_CP, ChangeAvailabilityRequest.class, ChangeAvailabilityResponse.class)
            // transactions
            .add("TransactionEvent", CP_TO_CSMS, TransactionEventRequest.class, TransactionEventResponse.class)
            .add("GetTransactionStatus", CSMS_TO_CP,
                    GetTransactionStatusRequest.class, GetTransactionStatusResponse.class)
            .add("RequestStartTransaction", CSMS_TO_CP,
                    RequestStartTransactionRequest.class, RequestStartTransactionResponse.class)
            .add("RequestStopTransaction", CSMS_TO_CP,
                    RequestStopTransactionRequest.class, RequestStopTransactionResponse.class)
            // metervalues
            .add("MeterValues", CP_TO_CSMS, MeterValuesRequest.class, MeterValuesResponse.class)
            // smartcharging
            .add("SetChargingProfile", CSMS_TO_CP, SetChargingProfileRequest.class, SetChargingProfileResponse.class)
            .add("GetChargingProfiles", CSMS_TO_CP, GetChargingProfilesRequest.class, GetChargingProfilesResponse.class)
            .add("ReportChargingProfiles", CP_TO_CSMS,
                    ReportChargingProfilesRequest.class, ReportChargingProfilesResponse.class)
            .add("ClearChargingProfile", CSMS_TO_CP,
                    ClearChargingProfileRequest.class, ClearChargingProfileResponse.class)
            .add("GetCompositeSchedule", CSMS_TO_CP,
                    GetCompositeScheduleRequest.class, GetCompositeScheduleResponse.class)
            .add("NotifyChargingLimit", CP_TO_CSMS, NotifyChargingLimitRequest.class, NotifyChargingLimitResponse.class)
            .add("ClearedChargingLimit", CP_TO_CSMS,
                    ClearedChargingLimitRequest.class, ClearedChargingLimitResponse.class)
            .add("NotifyEVChargingNeeds", CP_TO_CSMS,
                    NotifyEVChargingNeedsRequest.class, NotifyEVChargingNeedsResponse.class)
            .add("NotifyEVChargingSchedule", CP_TO_CSMS,
                    NotifyEVChargingScheduleRequest.class, NotifyEVChargingScheduleResponse.class)
            // reservation
            .add("ReserveNow", CSMS_TO_CP, ReserveNowRequest.class, ReserveNowResponse.class)
            .add("CancelReservation", CSMS_TO_CP, CancelReservationRequest.class, CancelReservationResponse.class)
            .add("ReservationStatusUpdate", CP_TO_CSMS,
                    ReservationStatusUpdateRequest.class, ReservationStatusUpdateResponse.class)
            // firmware
            .add("UpdateFirmware", CSMS_TO_CP, UpdateFirmwareRequest.class, UpdateFirmwareResponse.class)
            .add("FirmwareStatusNotification", CP_TO_CSMS,
                    FirmwareStatusNotificationRequest.class, FirmwareStatusNotificationResponse.class)
            .add("PublishFirmware", CSMS_TO_CP, PublishFirmwareRequest.class, PublishFirmwareResponse.class)
            .add("PublishFirmwareStatusNotification", CP_TO_CSMS,
                    PublishFirmwareStatusNotificationRequest.class, PublishFirmwareStatusNotificationResponse.class)
            .add("UnpublishFirmware", CSMS_TO_CP, UnpublishFirmwareRequest.class, UnpublishFirmwareResponse.class)
            // diagnostics
            .add("GetLog", CSMS_TO_CP, GetLogRequest.class, GetLogResponse.class)
            .add("LogStatusNotification", CP_TO_CSMS,
                    LogStatusNotificationRequest.class, LogStatusNotificationResponse.class)
            .add("NotifyEvent", CP_TO_CSMS, NotifyEventRequest.class, NotifyEventResponse.class)
            .add("GetMonitoringReport", CSMS_TO_CP, GetMonitoringReportRequest.class, GetMonitoringReportResponse.class)
            .add("NotifyMonitoringReport", CP_TO_CSMS,
                    NotifyMonitoringReportRequest.class, NotifyMonitoringReportResponse.class)
            .add("SetMonitoringBase", CSMS_TO_CP, SetMonitoringBaseRequest.class, SetMonitoringBaseResponse.class)
            .add("SetMonitoringLevel", CSMS_TO_CP, SetMonitoringLevelRequest.class, SetMonitoringLevelResponse.class)
            .add("SetVariableMonitoring", CSMS_TO_CP,
                    SetVariableMonitoringRequest.class, SetVariableMonitoringResponse.class)
            .add("ClearVariableMonitoring", CSMS_TO_CP,
                    ClearVariableMonitoringRequest.class, ClearVariableMonitoringResponse.class)
            .add("CustomerInformation", CSMS_TO_CP, CustomerInformationRequest.class, CustomerInformationResponse.class)
            .add("NotifyCustomerInformation", CP_TO_CSMS,
                    NotifyCustomerInformationRequest.class, NotifyCustomerInformationResponse.class)
            // display
            .add("SetDisplayMessage", CSMS_TO_CP, SetDisplayMessageRequest.class, SetDisplayMessageResponse.class)
            .add("GetDisplayMessages", CSMS_TO_CP, GetDisplayMessagesRequest.class, GetDisplayMessagesResponse.class)
            .add("ClearDisplayMessage", CSMS_TO_CP, ClearDisplayMessageRequest.class, ClearDisplayMessageResponse.class)
            .add("NotifyDisplayMessages", CP_TO_CSMS,
                    NotifyDisplayMessagesRequest.class, NotifyDisplayMessagesResponse.class)
            // remotecontrol
            .add("TriggerMessage", CSMS_TO_CP, TriggerMessageRequest.class, TriggerMessageResponse.class)
            .add("UnlockConnector", CSMS_TO_CP, UnlockConnectorRequest.class, UnlockConnectorResponse.class)
            // tariffcost
            .add("CostUpdated", CSMS_TO_CP, CostUpdatedRequest.class, CostUpdatedResponse.class)
            // datatransfer
            .add("DataTransfer", BOTH, DataTransferRequest.class, DataTransferResponse.class)
            .build();

    private V201Actions() {
    }
}
