package de.ladewerk.ocpp.v16;

import static de.ladewerk.ocpp.registry.Direction.BOTH;
import static de.ladewerk.ocpp.registry.Direction.CP_TO_CSMS;
import static de.ladewerk.ocpp.registry.Direction.CSMS_TO_CP;

import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.registry.ActionRegistry;
import de.ladewerk.ocpp.v16.core.AuthorizeRequest;
import de.ladewerk.ocpp.v16.core.AuthorizeResponse;
import de.ladewerk.ocpp.v16.core.BootNotificationRequest;
import de.ladewerk.ocpp.v16.core.BootNotificationResponse;
import de.ladewerk.ocpp.v16.core.ChangeAvailabilityRequest;
import de.ladewerk.ocpp.v16.core.ChangeAvailabilityResponse;
import de.ladewerk.ocpp.v16.core.ChangeConfigurationRequest;
import de.ladewerk.ocpp.v16.core.ChangeConfigurationResponse;
import de.ladewerk.ocpp.v16.core.ClearCacheRequest;
import de.ladewerk.ocpp.v16.core.ClearCacheResponse;
import de.ladewerk.ocpp.v16.core.DataTransferRequest;
import de.ladewerk.ocpp.v16.core.DataTransferResponse;
import de.ladewerk.ocpp.v16.core.GetConfigurationRequest;
import de.ladewerk.ocpp.v16.core.GetConfigurationResponse;
import de.ladewerk.ocpp.v16.core.HeartbeatRequest;
import de.ladewerk.ocpp.v16.core.HeartbeatResponse;
import de.ladewerk.ocpp.v16.core.MeterValuesRequest;
import de.ladewerk.ocpp.v16.core.MeterValuesResponse;
import de.ladewerk.ocpp.v16.core.RemoteStartTransactionRequest;
import de.ladewerk.ocpp.v16.core.RemoteStartTransactionResponse;
import de.ladewerk.ocpp.v16.core.RemoteStopTransactionRequest;
import de.ladewerk.ocpp.v16.core.RemoteStopTransactionResponse;
import de.ladewerk.ocpp.v16.core.ResetRequest;
import de.ladewerk.ocpp.v16.core.ResetResponse;
import de.ladewerk.ocpp.v16.core.StartTransactionRequest;
import de.ladewerk.ocpp.v16.core.StartTransactionResponse;
import de.ladewerk.ocpp.v16.core.StatusNotificationRequest;
import de.ladewerk.ocpp.v16.core.StatusNotificationResponse;
import de.ladewerk.ocpp.v16.core.StopTransactionRequest;
import de.ladewerk.ocpp.v16.core.StopTransactionResponse;
import de.ladewerk.ocpp.v16.core.UnlockConnectorRequest;
import de.ladewerk.ocpp.v16.core.UnlockConnectorResponse;
import de.ladewerk.ocpp.v16.firmware.DiagnosticsStatusNotificationRequest;
import de.ladewerk.ocpp.v16.firmware.DiagnosticsStatusNotificationResponse;
import de.ladewerk.ocpp.v16.firmware.FirmwareStatusNotificationRequest;
import de.ladewerk.ocpp.v16.firmware.FirmwareStatusNotificationResponse;
import de.ladewerk.ocpp.v16.firmware.GetDiagnosticsRequest;
import de.ladewerk.ocpp.v16.firmware.GetDiagnosticsResponse;
import de.ladewerk.ocpp.v16.firmware.UpdateFirmwareRequest;
import de.ladewerk.ocpp.v16.firmware.UpdateFirmwareResponse;
import de.ladewerk.ocpp.v16.localauth.GetLocalListVersionRequest;
import de.ladewerk.ocpp.v16.localauth.GetLocalListVersionResponse;
import de.ladewerk.ocpp.v16.localauth.SendLocalListRequest;
import de.ladewerk.ocpp.v16.localauth.SendLocalListResponse;
import de.ladewerk.ocpp.v16.reservation.CancelReservationRequest;
import de.ladewerk.ocpp.v16.reservation.CancelReservationResponse;
import de.ladewerk.ocpp.v16.reservation.ReserveNowRequest;
import de.ladewerk.ocpp.v16.reservation.ReserveNowResponse;
import de.ladewerk.ocpp.v16.security.CertificateSignedRequest;
import de.ladewerk.ocpp.v16.security.CertificateSignedResponse;
import de.ladewerk.ocpp.v16.security.DeleteCertificateRequest;
import de.ladewerk.ocpp.v16.security.DeleteCertificateResponse;
import de.ladewerk.ocpp.v16.security.ExtendedTriggerMessageRequest;
import de.ladewerk.ocpp.v16.security.ExtendedTriggerMessageResponse;
import de.ladewerk.ocpp.v16.security.GetInstalledCertificateIdsRequest;
import de.ladewerk.ocpp.v16.security.GetInstalledCertificateIdsResponse;
import de.ladewerk.ocpp.v16.security.GetLogRequest;
import de.ladewerk.ocpp.v16.security.GetLogResponse;
import de.ladewerk.ocpp.v16.security.InstallCertificateRequest;
import de.ladewerk.ocpp.v16.security.InstallCertificateResponse;
import de.ladewerk.ocpp.v16.security.LogStatusNotificationRequest;
import de.ladewerk.ocpp.v16.security.LogStatusNotificationResponse;
import de.ladewerk.ocpp.v16.security.SecurityEventNotificationRequest;
import de.ladewerk.ocpp.v16.security.SecurityEventNotificationResponse;
import de.ladewerk.ocpp.v16.security.SignCertificateRequest;
import de.ladewerk.ocpp.v16.security.SignCertificateResponse;
import de.ladewerk.ocpp.v16.security.SignedFirmwareStatusNotificationRequest;
import de.ladewerk.ocpp.v16.security.SignedFirmwareStatusNotificationResponse;
import de.ladewerk.ocpp.v16.security.SignedUpdateFirmwareRequest;
import de.ladewerk.ocpp.v16.security.SignedUpdateFirmwareResponse;
import de.ladewerk.ocpp.v16.smartcharging.ClearChargingProfileRequest;
import de.ladewerk.ocpp.v16.smartcharging.ClearChargingProfileResponse;
import de.ladewerk.ocpp.v16.smartcharging.GetCompositeScheduleRequest;
import de.ladewerk.ocpp.v16.smartcharging.GetCompositeScheduleResponse;
import de.ladewerk.ocpp.v16.smartcharging.SetChargingProfileRequest;
import de.ladewerk.ocpp.v16.smartcharging.SetChargingProfileResponse;
import de.ladewerk.ocpp.v16.trigger.TriggerMessageRequest;
import de.ladewerk.ocpp.v16.trigger.TriggerMessageResponse;

/**
 * Every OCPP 1.6J action (including the security extension), listed explicitly, by feature profile.
 * The Direction names who sends the request; DataTransfer goes both ways.
 */
public final class V16Actions {

    public static final ActionRegistry REGISTRY = ActionRegistry.builder(OcppVersion.V16)
            // Core
            .add("Authorize", CP_TO_CSMS, AuthorizeRequest.class, AuthorizeResponse.class)
            .add("BootNotification", CP_TO_CSMS, BootNotificationRequest.class, BootNotificationResponse.class)
            .add("ChangeAvailability", CSMS_TO_CP, ChangeAvailabilityRequest.class, ChangeAvailabilityResponse.class)
            .add("ChangeConfiguration", CSMS_TO_CP, ChangeConfigurationRequest.class, ChangeConfigurationResponse.class)
            .add("ClearCache", CSMS_TO_CP, ClearCacheRequest.class, ClearCacheResponse.class)
            .add("DataTransfer", BOTH, DataTransferRequest.class, DataTransferResponse.class)
            .add("GetConfiguration", CSMS_TO_CP, GetConfigurationRequest.class, GetConfigurationResponse.class)
            .add("Heartbeat", CP_TO_CSMS, HeartbeatRequest.class, HeartbeatResponse.class)
            .add("MeterValues", CP_TO_CSMS, MeterValuesRequest.class, MeterValuesResponse.class)
            .add("RemoteStartTransaction", CSMS_TO_CP, RemoteStartTransactionRequest.class,
                    RemoteStartTransactionResponse.class)
            .add("RemoteStopTransaction", CSMS_TO_CP, RemoteStopTransactionRequest.class,
                    RemoteStopTransactionResponse.class)
            .add("Reset", CSMS_TO_CP, ResetRequest.class, ResetResponse.class)
            .add("StartTransaction", CP_TO_CSMS, StartTransactionRequest.class, StartTransactionResponse.class)
            .add("StatusNotification", CP_TO_CSMS, StatusNotificationRequest.class, StatusNotificationResponse.class)
            .add("StopTransaction", CP_TO_CSMS, StopTransactionRequest.class, StopTransactionResponse.class)
            .add("UnlockConnector", CSMS_TO_CP, UnlockConnectorRequest.class, UnlockConnectorResponse.class)
            // Firmware Management
            .add("DiagnosticsStatusNotification", CP_TO_CSMS, DiagnosticsStatusNotificationRequest.class,
                    DiagnosticsStatusNotificationResponse.class)
            .add("FirmwareStatusNotification", CP_TO_CSMS, FirmwareStatusNotificationRequest.class,
                    FirmwareStatusNotificationResponse.class)
            .add("GetDiagnostics", CSMS_TO_CP, GetDiagnosticsRequest.class, GetDiagnosticsResponse.class)
            .add("UpdateFirmware", CSMS_TO_CP, UpdateFirmwareRequest.class, UpdateFirmwareResponse.class)
            // Local Auth List Management
            .add("GetLocalListVersion", CSMS_TO_CP, GetLocalListVersionRequest.class, GetLocalListVersionResponse.class)
            .add("SendLocalList", CSMS_TO_CP, SendLocalListRequest.class, SendLocalListResponse.class)
            // Reservation
            .add("CancelReservation", CSMS_TO_CP, CancelReservationRequest.class, CancelReservationResponse.class)
            .add("ReserveNow", CSMS_TO_CP, ReserveNowRequest.class, ReserveNowResponse.class)
            // Smart Charging
            .add("ClearChargingProfile", CSMS_TO_CP, ClearChargingProfileRequest.class,
                    ClearChargingProfileResponse.class)
            .add("GetCompositeSchedule", CSMS_TO_CP, GetCompositeScheduleRequest.class,
                    GetCompositeScheduleResponse.class)
            .add("SetChargingProfile", CSMS_TO_CP, SetChargingProfileRequest.class, SetChargingProfileResponse.class)
            // Remote Trigger
            .add("TriggerMessage", CSMS_TO_CP, TriggerMessageRequest.class, TriggerMessageResponse.class)
            // Security extension (whitepaper edition 2)
            .add("LogStatusNotification", CP_TO_CSMS, LogStatusNotificationRequest.class,
                    LogStatusNotificationResponse.class)
            .add("SecurityEventNotification", CP_TO_CSMS, SecurityEventNotificationRequest.class,
                    SecurityEventNotificationResponse.class)
            .add("SignCertificate", CP_TO_CSMS, SignCertificateRequest.class, SignCertificateResponse.class)
            .add("SignedFirmwareStatusNotification", CP_TO_CSMS, SignedFirmwareStatusNotificationRequest.class,
                    SignedFirmwareStatusNotificationResponse.class)
            .add("CertificateSigned", CSMS_TO_CP, CertificateSignedRequest.class, CertificateSignedResponse.class)
            .add("DeleteCertificate", CSMS_TO_CP, DeleteCertificateRequest.class, DeleteCertificateResponse.class)
            .add("ExtendedTriggerMessage", CSMS_TO_CP, ExtendedTriggerMessageRequest.class,
                    ExtendedTriggerMessageResponse.class)
            .add("GetInstalledCertificateIds", CSMS_TO_CP, GetInstalledCertificateIdsRequest.class,
                    GetInstalledCertificateIdsResponse.class)
            .add("GetLog", CSMS_TO_CP, GetLogRequest.class, GetLogResponse.class)
            .add("InstallCertificate", CSMS_TO_CP, InstallCertificateRequest.class, InstallCertificateResponse.class)
            .add("SignedUpdateFirmware", CSMS_TO_CP, SignedUpdateFirmwareRequest.class,
                    SignedUpdateFirmwareResponse.class)
            .build();

    private V16Actions() {
    }
}
