package de.ladewerk.ocpp.v16;

import java.util.LinkedHashMap;
import java.util.Map;

/** Hand-written, valid OCPP 1.6J payloads: one request and one response per action, as a station or CSMS sends them. */
final class V16Samples {

    /** Request payloads by action. */
    static final Map<String, String> REQUESTS = new LinkedHashMap<>();
    /** Response payloads by action. */
    static final Map<String, String> RESPONSES = new LinkedHashMap<>();

    private static void sample(String action, String request, String response) {
        REQUESTS.put(action, request);
        RESPONSES.put(action, response);
    }

    private static final String CHARGING_SCHEDULE = """
            {"duration": 86400, "startSchedule": "2026-03-02T00:00:00Z", "chargingRateUnit": "A",
             "chargingSchedulePeriod": [
               {"startPeriod": 0, "limit": 32.0, "numberPhases": 3},
               {"startPeriod": 28800, "limit": 16.5},
               {"startPeriod": 64800, "limit": 10, "numberPhases": 1}],
             "minChargingRate": 6.0}""";

    private static final String CERTIFICATE_HASH = """
            {"hashAlgorithm": "SHA256",
             "issuerNameHash": "7d3d8a8f7f2e7ad4d8b6a3d1e5f0c9b2a4e6d8f0b1c3e5a7d9f1b3c5e7a9d1f3",
             "issuerKeyHash": "0c2b4a69e1f03d5c7b9a8e6f4d2c1b0a9f8e7d6c5b4a39281706f5e4d3c2b1a0",
             "serialNumber": "5a1e0b3c9d2f"}""";

    private static final String PEM = "-----BEGIN CERTIFICATE-----\\nMIIBszCCAVmgAwIBAgIUWh4LPJ0v\\n"
            + "-----END CERTIFICATE-----\\n";

    static {
        // Core
        sample("Authorize",
                """
                {"idTag": "04A2B3C4D5E6F7"}""",
                """
                {"idTagInfo": {"status": "Accepted", "expiryDate": "2026-12-31T23:59:59Z", "parentIdTag": "FLEET-0042"}}""");
        sample("BootNotification",
                """
                {"chargePointVendor": "Ladewerk", "chargePointModel": "LW-22-AC", "chargePointSerialNumber": "LW22-000123",
                 "chargeBoxSerialNumber": "CB-000123", "firmwareVersion": "1.4.2+build.77", "iccid": "8949022212345678901",
                 "imsi": "262011234567890", "meterType": "EEM-350-D-MCB", "meterSerialNumber": "MTR-55501"}""",
                """
                {"status": "Accepted", "currentTime": "2026-03-01T08:00:00Z", "interval": 300}""");
        sample("ChangeAvailability",
                """
                {"connectorId": 0, "type": "Inoperative"}""",
                """
                {"status": "Scheduled"}""");
        sample("ChangeConfiguration",
                """
                {"key": "MeterValueSampleInterval", "value": "60"}""",
                """
                {"status": "RebootRequired"}""");
        sample("ClearCache", "{}", """
                {"status": "Accepted"}""");
        sample("DataTransfer",
                """
                {"vendorId": "de.ladewerk", "messageId": "SetDisplayText", "data": "{\\"line1\\":\\"Willkommen\\"}"}""",
                """
                {"status": "Accepted", "data": "ok"}""");
        sample("GetConfiguration",
                """
                {"key": ["HeartbeatInterval", "MeterValuesSampledData", "VendorSecretKey"]}""",
                """
                {"configurationKey": [
                   {"key": "HeartbeatInterval", "readonly": false, "value": "300"},
                   {"key": "MeterValuesSampledData", "readonly": false,
                    "value": "Energy.Active.Import.Register,Power.Active.Import"},
                   {"key": "NumberOfConnectors", "readonly": true, "value": "2"},
                   {"key": "AuthorizationKey", "readonly": false}],
                 "unknownKey": ["VendorSecretKey"]}""");
        sample("Heartbeat", "{}", """
                {"currentTime": "2026-03-01T08:05:00Z"}""");
        sample("MeterValues",
                """
                {"connectorId": 1, "transactionId": 417,
                 "meterValue": [
                   {"timestamp": "2026-03-01T09:00:00Z", "sampledValue": [
                     {"value": "15234.5", "context": "Sample.Periodic", "format": "Raw",
                      "measurand": "Energy.Active.Import.Register", "location": "Outlet", "unit": "Wh"},
                     {"value": "7360", "measurand": "Power.Active.Import", "unit": "W"},
                     {"value": "16.02", "measurand": "Current.Import", "phase": "L1", "unit": "A"},
                     {"value": "230.1", "measurand": "Voltage", "phase": "L1-N", "unit": "V"},
                     {"value": "41", "measurand": "Temperature", "location": "Body", "unit": "Celsius"},
                     {"value": "63", "measurand": "SoC", "location": "EV", "unit": "Percent"}]},
                   {"timestamp": "2026-03-01T09:15:00.250Z", "sampledValue": [
                     {"value": "OCMF|{\\"FV\\":\\"1.0\\",\\"RD\\":[{\\"RV\\":16.9,\\"RU\\":\\"kWh\\"}]}|{\\"SD\\":\\"3045\\"}",
                      "context": "Sample.Clock", "format": "SignedData",
                      "measurand": "Energy.Active.Import.Register", "unit": "kWh"}]}]}""",
                "{}");
        sample("RemoteStartTransaction",
                """
                {"connectorId": 2, "idTag": "APP-7F3A9C",
                 "chargingProfile": {"chargingProfileId": 9001, "stackLevel": 0,
                   "chargingProfilePurpose": "TxProfile", "chargingProfileKind": "Relative",
                   "chargingSchedule": {"chargingRateUnit": "W",
                     "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 11000.0}]}}}""",
                """
                {"status": "Accepted"}""");
        sample("RemoteStopTransaction",
                """
                {"transactionId": 417}""",
                """
                {"status": "Rejected"}""");
        sample("Reset",
                """
                {"type": "Soft"}""",
                """
                {"status": "Accepted"}""");
        sample("StartTransaction",
                """
                {"connectorId": 1, "idTag": "04A2B3C4D5E6F7", "meterStart": 15020, "reservationId": 77,
                 "timestamp": "2026-03-01T08:58:12Z"}""",
                """
                {"idTagInfo": {"status": "ConcurrentTx"}, "transactionId": 417}""");
        sample("StatusNotification",
                """
                {"connectorId": 1, "errorCode": "NoError", "status": "SuspendedEVSE", "timestamp": "2026-03-01T08:58:13Z",
                 "info": "load management", "vendorId": "de.ladewerk", "vendorErrorCode": "LM-01"}""",
                "{}");
        sample("StopTransaction",
                """
                {"idTag": "04A2B3C4D5E6F7", "meterStop": 31877, "timestamp": "2026-03-01T10:42:00Z", "transactionId": 417,
                 "reason": "EVDisconnected",
                 "transactionData": [
                   {"timestamp": "2026-03-01T08:58:12Z", "sampledValue": [
                     {"value": "15020", "context": "Transaction.Begin", "measurand": "Energy.Active.Import.Register",
                      "unit": "Wh"}]},
                   {"timestamp": "2026-03-01T10:42:00Z", "sampledValue": [
                     {"value": "31877", "context": "Transaction.End", "measurand": "Energy.Active.Import.Register",
                      "unit": "Wh"}]}]}""",
                """
                {"idTagInfo": {"status": "Accepted", "expiryDate": "2026-12-31T23:59:59Z"}}""");
        sample("UnlockConnector",
                """
                {"connectorId": 2}""",
                """
                {"status": "UnlockFailed"}""");

        // Firmware Management
        sample("DiagnosticsStatusNotification",
                """
                {"status": "Uploaded"}""",
                "{}");
        sample("FirmwareStatusNotification",
                """
                {"status": "InstallationFailed"}""",
                "{}");
        sample("GetDiagnostics",
                """
                {"location": "ftp://diag.example.com/upload/", "retries": 3, "retryInterval": 120,
                 "startTime": "2026-02-28T00:00:00Z", "stopTime": "2026-03-01T00:00:00Z"}""",
                """
                {"fileName": "LW22-000123-20260301.tar.gz"}""");
        sample("UpdateFirmware",
                """
                {"location": "https://fw.example.com/lw-22-ac/1.5.0.bin", "retries": 2,
                 "retrieveDate": "2026-03-02T02:00:00Z", "retryInterval": 600}""",
                "{}");

        // Local Auth List Management
        sample("GetLocalListVersion", "{}", """
                {"listVersion": 12}""");
        sample("SendLocalList",
                """
                {"listVersion": 13, "updateType": "Differential",
                 "localAuthorizationList": [
                   {"idTag": "04A2B3C4D5E6F7", "idTagInfo": {"status": "Accepted", "parentIdTag": "FLEET-0042"}},
                   {"idTag": "0499AABBCC", "idTagInfo": {"status": "Blocked"}},
                   {"idTag": "04DEADBEEF"}]}""",
                """
                {"status": "VersionMismatch"}""");

        // Reservation
        sample("CancelReservation",
                """
                {"reservationId": 77}""",
                """
                {"status": "Accepted"}""");
        sample("ReserveNow",
                """
                {"connectorId": 1, "expiryDate": "2026-03-01T09:30:00Z", "idTag": "04A2B3C4D5E6F7",
                 "parentIdTag": "FLEET-0042", "reservationId": 77}""",
                """
                {"status": "Occupied"}""");

        // Smart Charging
        sample("ClearChargingProfile",
                """
                {"id": 9001, "connectorId": 1, "chargingProfilePurpose": "TxDefaultProfile", "stackLevel": 2}""",
                """
                {"status": "Unknown"}""");
        sample("GetCompositeSchedule",
                """
                {"connectorId": 1, "duration": 3600, "chargingRateUnit": "A"}""",
                """
                {"status": "Accepted", "connectorId": 1, "scheduleStart": "2026-03-02T00:00:00Z",
                 "chargingSchedule": %s}""".formatted(CHARGING_SCHEDULE));
        sample("SetChargingProfile",
                """
                {"connectorId": 0,
                 "csChargingProfiles": {"chargingProfileId": 12, "transactionId": 417, "stackLevel": 1,
                   "chargingProfilePurpose": "TxDefaultProfile", "chargingProfileKind": "Recurring",
                   "recurrencyKind": "Daily", "validFrom": "2026-03-01T00:00:00Z", "validTo": "2026-12-31T23:59:59Z",
                   "chargingSchedule": %s}}""".formatted(CHARGING_SCHEDULE),
                """
                {"status": "NotSupported"}""");

        // Remote Trigger
        sample("TriggerMessage",
                """
                {"requestedMessage": "StatusNotification", "connectorId": 2}""",
                """
                {"status": "NotImplemented"}""");

        // Security extension
        sample("CertificateSigned",
                """
                {"certificateChain": "%s"}""".formatted(PEM + PEM),
                """
                {"status": "Accepted"}""");
        sample("DeleteCertificate",
                """
                {"certificateHashData": %s}""".formatted(CERTIFICATE_HASH),
                """
                {"status": "NotFound"}""");
        sample("ExtendedTriggerMessage",
                """
                {"requestedMessage": "SignChargePointCertificate"}""",
                """
                {"status": "Accepted"}""");
        sample("GetInstalledCertificateIds",
                """
                {"certificateType": "CentralSystemRootCertificate"}""",
                """
                {"status": "Accepted", "certificateHashData": [%s]}""".formatted(CERTIFICATE_HASH));
        sample("GetLog",
                """
                {"logType": "SecurityLog", "requestId": 5, "retries": 1, "retryInterval": 60,
                 "log": {"remoteLocation": "https://logs.example.com/upload/LW22-000123",
                         "oldestTimestamp": "2026-02-01T00:00:00Z", "latestTimestamp": "2026-03-01T00:00:00Z"}}""",
                """
                {"status": "AcceptedCanceled", "filename": "security-20260301.log"}""");
        sample("InstallCertificate",
                """
                {"certificateType": "ManufacturerRootCertificate", "certificate": "%s"}""".formatted(PEM),
                """
                {"status": "Failed"}""");
        sample("LogStatusNotification",
                """
                {"status": "Uploading", "requestId": 5}""",
                "{}");
        sample("SecurityEventNotification",
                """
                {"type": "FirmwareUpdated", "timestamp": "2026-03-02T02:14:07Z", "techInfo": "1.4.2 -> 1.5.0"}""",
                "{}");
        sample("SignCertificate",
                """
                {"csr": "-----BEGIN CERTIFICATE REQUEST-----\\nMIIBCjCBsQIBADBPMQswCQYDVQQG\\n-----END CERTIFICATE REQUEST-----\\n"}""",
                """
                {"status": "Accepted"}""");
        sample("SignedFirmwareStatusNotification",
                """
                {"status": "SignatureVerified", "requestId": 8}""",
                "{}");
        sample("SignedUpdateFirmware",
                """
                {"retries": 3, "retryInterval": 300, "requestId": 8,
                 "firmware": {"location": "https://fw.example.com/lw-22-ac/1.5.0.bin",
                   "retrieveDateTime": "2026-03-02T02:00:00Z", "installDateTime": "2026-03-02T03:00:00Z",
                   "signingCertificate": "%s",
                   "signature": "MEUCIQDx3o5hQ2Wq0pQy1Xb0hW0c8r9z3n6f5l2k1j0i9h8g7wIgV0a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8s9t0u="}}"""
                        .formatted(PEM),
                """
                {"status": "InvalidCertificate"}""");
    }

    private V16Samples() {
    }
}
