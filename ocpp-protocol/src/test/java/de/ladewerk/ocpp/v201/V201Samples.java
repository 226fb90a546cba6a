package de.ladewerk.ocpp.v201;

import java.util.LinkedHashMap;
import java.util.Map;

/** Hand-written, valid OCPP 2.0.1 payloads: one request and one response per action. */
final class V201Samples {

    /** A request and its response payload, as JSON text. */
    record Sample(String request, String response) {
    }

    static final Map<String, Sample> BY_ACTION = new LinkedHashMap<>();

    private static void add(String action, String request, String response) {
        if (BY_ACTION.put(action, new Sample(request, response)) != null) {
            throw new IllegalStateException("sample listed twice: " + action);
        }
    }

    private V201Samples() {
    }

    static {
        // ------------------------------------------------------------ security
        add("SecurityEventNotification", """
                {"type": "SettingSystemTime", "timestamp": "2025-03-14T08:12:45Z",
                 "techInfo": "NTP sync moved clock by +3.2s"}""", "{}");
        add("SignCertificate", """
                {"csr": "-----BEGIN CERTIFICATE REQUEST-----\\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\\n-----END CERTIFICATE REQUEST-----",
                 "certificateType": "ChargingStationCertificate"}""", """
                {"status": "Accepted"}""");
        add("CertificateSigned", """
                {"certificateChain": "-----BEGIN CERTIFICATE-----\\nMIIB9TCCAZugAwIBAgIUQ1k=\\n-----END CERTIFICATE-----",
                 "certificateType": "ChargingStationCertificate"}""", """
                {"status": "Rejected", "statusInfo": {"reasonCode": "InvalidCertChain",
                 "additionalInfo": "leaf certificate does not match the CSR key"}}""");
        add("InstallCertificate", """
                {"certificateType": "CSMSRootCertificate",
                 "certificate": "-----BEGIN CERTIFICATE-----\\nMIIBszCCAVmgAwIBAgIU\\n-----END CERTIFICATE-----"}""", """
                {"status": "Accepted"}""");
        add("DeleteCertificate", """
                {"certificateHashData": {"hashAlgorithm": "SHA256",
                 "issuerNameHash": "7b0c2f2a9d6e3c1f4b8a5d2e6f9c0a1b3d5e7f9a1c3e5b7d9f1a3c5e7b9d1f3a",
                 "issuerKeyHash": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                 "serialNumber": "4a3f9b21c07e"}}""", """
                {"status": "NotFound"}""");
        add("GetInstalledCertificateIds", """
                {"certificateType": ["CSMSRootCertificate", "V2GCertificateChain"]}""", """
                {"status": "Accepted", "certificateHashDataChain": [
                  {"certificateType": "V2GCertificateChain",
                   "certificateHashData": {"hashAlgorithm": "SHA256", "issuerNameHash": "a1b2c3",
                    "issuerKeyHash": "d4e5f6", "serialNumber": "01"},
                   "childCertificateHashData": [{"hashAlgorithm": "SHA256", "issuerNameHash": "0a0b0c",
                    "issuerKeyHash": "0d0e0f", "serialNumber": "02"}]}]}""");
        add("GetCertificateStatus", """
                {"ocspRequestData": {"hashAlgorithm": "SHA384", "issuerNameHash": "9f86d081884c7d65",
                 "issuerKeyHash": "60303ae22b998861", "serialNumber": "7d3e2a",
                 "responderURL": "http://ocsp.v2g-pki.example/ocsp"}}""", """
                {"status": "Accepted", "ocspResult": "MIIB0woBAKCCAcwwggHIBgkrBgEFBQcwAQEEggG5"}""");
        add("Get15118EVCertificate", """
                {"iso15118SchemaVersion": "urn:iso:15118:2:2013:MsgDef", "action": "Install",
                 "exiRequest": "gAH6ZWxvIHdvcmxkIQ=="}""", """
                {"status": "Accepted", "exiResponse": "gAL/c2lnbmVkIGNvbnRyYWN0"}""");

        // ------------------------------------------------------------ provisioning
        add("BootNotification", """
                {"chargingStation": {"serialNumber": "LW-22-000417", "model": "Wallbox Duo 22",
                 "vendorName": "Ladewerk Hardware", "firmwareVersion": "2.4.1",
                 "modem": {"iccid": "8949020000012345678", "imsi": "262011234567890"}},
                 "reason": "PowerUp"}""", """
                {"currentTime": "2025-03-14T08:00:00Z", "interval": 300, "status": "Accepted"}""");
        add("Heartbeat", "{}", """
                {"currentTime": "2025-03-14T08:05:00Z"}""");
        add("GetBaseReport", """
                {"requestId": 42, "reportBase": "FullInventory"}""", """
                {"status": "Accepted"}""");
        add("GetReport", """
                {"requestId": 43, "componentCriteria": ["Problem", "Enabled"],
                 "componentVariable": [{"component": {"name": "EVSE", "evse": {"id": 1}},
                  "variable": {"name": "AvailabilityState"}}]}""", """
                {"status": "EmptyResultSet"}""");
        add("NotifyReport", """
                {"requestId": 42, "generatedAt": "2025-03-14T08:01:10Z", "seqNo": 0, "tbc": false,
                 "reportData": [{"component": {"name": "OCPPCommCtrlr"}, "variable": {"name": "HeartbeatInterval"},
                  "variableAttribute": [{"type": "Actual", "value": "300", "mutability": "ReadWrite",
                   "persistent": true, "constant": false}],
                  "variableCharacteristics": {"unit": "s", "dataType": "integer", "minLimit": 30,
                   "maxLimit": 86400, "supportsMonitoring": false}},
                  {"component": {"name": "AuthCtrlr"}, "variable": {"name": "Enabled"},
                  "variableAttribute": [{"value": "true", "mutability": "ReadOnly"}],
                  "variableCharacteristics": {"dataType": "boolean", "supportsMonitoring": true}}]}""", "{}");
        add("GetVariables", """
                {"getVariableData": [{"component": {"name": "OCPPCommCtrlr"}, "variable": {"name": "HeartbeatInterval"}},
                 {"attributeType": "MaxSet", "component": {"name": "SmartChargingCtrlr"},
                  "variable": {"name": "LimitChangeSignificance"}}]}""", """
                {"getVariableResult": [{"attributeStatus": "Accepted", "attributeType": "Actual", "attributeValue": "300",
                  "component": {"name": "OCPPCommCtrlr"}, "variable": {"name": "HeartbeatInterval"}},
                 {"attributeStatus": "NotSupportedAttributeType", "attributeType": "MaxSet",
                  "attributeStatusInfo": {"reasonCode": "NoMaxSet"},
                  "component": {"name": "SmartChargingCtrlr"}, "variable": {"name": "LimitChangeSignificance"}}]}""");
        add("SetVariables", """
                {"setVariableData": [{"attributeValue": "k7Qz9pL2vX4mN8wR1tY6", "component": {"name": "SecurityCtrlr"},
                  "variable": {"name": "BasicAuthPassword"}}]}""", """
                {"setVariableResult": [{"attributeStatus": "RebootRequired", "component": {"name": "SecurityCtrlr"},
                  "variable": {"name": "BasicAuthPassword"}}]}""");
        add("SetNetworkProfile", """
                {"configurationSlot": 2, "connectionData": {"ocppVersion": "OCPP20", "ocppTransport": "JSON",
                 "ocppCsmsUrl": "wss://csms.ladewerk.example/ocpp", "messageTimeout": 30, "securityProfile": 2,
                 "ocppInterface": "Wireless0",
                 "apn": {"apn": "internet.m2m.example", "apnUserName": "m2m", "apnPassword": "m2m",
                  "simPin": 1234, "preferredNetwork": "26201", "useOnlyPreferredNetwork": false,
                  "apnAuthentication": "AUTO"},
                 "vpn": {"server": "vpn.ladewerk.example", "user": "cs0417", "group": "stations",
                  "password": "s3cretVPN", "key": "preshared-key-0417", "type": "IKEv2"}}}""", """
                {"status": "Accepted"}""");
        add("Reset", """
                {"type": "OnIdle", "evseId": 1}""", """
                {"status": "Scheduled"}""");

        // ------------------------------------------------------------ authorization
        add("Authorize", """
                {"idToken": {"idToken": "04A2B3C4D5E6F7", "type": "ISO14443",
                 "additionalInfo": [{"additionalIdToken": "DE-LWK-C12345678-9", "type": "ContractId"}]},
                 "iso15118CertificateHashData": [{"hashAlgorithm": "SHA256", "issuerNameHash": "aa11",
                  "issuerKeyHash": "bb22", "serialNumber": "cc33", "responderURL": "http://ocsp.example/"}]}""", """
                {"idTokenInfo": {"status": "Accepted", "cacheExpiryDateTime": "2025-03-15T08:00:00Z",
                 "chargingPriority": 0, "language1": "de", "evseId": [1, 2],
                 "groupIdToken": {"idToken": "FLEET-STADTWERKE", "type": "Central"},
                 "personalMessage": {"format": "UTF8", "language": "de", "content": "Willkommen zurück!"}},
                 "certificateStatus": "Accepted"}""");
        add("ClearCache", "{}", """
                {"status": "Accepted"}""");
        add("GetLocalListVersion", "{}", """
                {"versionNumber": 17}""");
        add("SendLocalList", """
                {"versionNumber": 18, "updateType": "Differential", "localAuthorizationList": [
                  {"idToken": {"idToken": "04A2B3C4D5E6F7", "type": "ISO14443"},
                   "idTokenInfo": {"status": "Accepted"}},
                  {"idToken": {"idToken": "0815", "type": "KeyCode"}}]}""", """
                {"status": "VersionMismatch"}""");

        // ------------------------------------------------------------ availability
        add("StatusNotification", """
                {"timestamp": "2025-03-14T08:02:00Z", "connectorStatus": "Occupied", "evseId": 1, "connectorId": 1}""",
                "{}");
        add("ChangeAvailability", """
                {"evse": {"id": 2, "connectorId": 1}, "operationalStatus": "Inoperative"}""", """
                {"status": "Scheduled", "statusInfo": {"reasonCode": "TxInProgress"}}""");

        // ------------------------------------------------------------ transactions
        add("TransactionEvent", """
                {"eventType": "Updated", "timestamp": "2025-03-14T09:15:00Z", "triggerReason": "MeterValuePeriodic",
                 "seqNo": 4, "offline": false, "numberOfPhasesUsed": 3, "cableMaxCurrent": 32, "reservationId": 7,
                 "transactionInfo": {"transactionId": "f3b1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
                  "chargingState": "Charging", "timeSpentCharging": 2700, "remoteStartId": 991},
                 "evse": {"id": 1, "connectorId": 1},
                 "idToken": {"idToken": "04A2B3C4D5E6F7", "type": "ISO14443"},
                 "meterValue": [{"timestamp": "2025-03-14T09:15:00Z", "sampledValue": [
                   {"value": 15234.5, "context": "Sample.Periodic", "measurand": "Energy.Active.Import.Register",
                    "location": "Outlet", "unitOfMeasure": {"unit": "Wh", "multiplier": 0},
                    "signedMeterValue": {"signedMeterData": "T0NNRnx7IkZWIjoiMS4wIn0=", "signingMethod": "ECDSA-secp256r1-SHA256",
                     "encodingMethod": "OCMF", "publicKey": "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE"}},
                   {"value": 15.9, "measurand": "Current.Import", "phase": "L1", "unitOfMeasure": {"unit": "A"}},
                   {"value": 231.2, "measurand": "Voltage", "phase": "L1-N", "unitOfMeasure": {"unit": "V"}}]}]}""", """
                {"totalCost": 4.87, "chargingPriority": 1,
                 "idTokenInfo": {"status": "Accepted"},
                 "updatedPersonalMessage": {"format": "ASCII", "content": "Cost so far: EUR 4.87"}}""");
        add("GetTransactionStatus", """
                {"transactionId": "f3b1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d"}""", """
                {"ongoingIndicator": true, "messagesInQueue": false}""");
        add("RequestStartTransaction", """
                {"evseId": 1, "remoteStartId": 991,
                 "idToken": {"idToken": "DE-LWK-C12345678-9", "type": "eMAID"},
                 "groupIdToken": {"idToken": "FLEET-STADTWERKE", "type": "Central"},
                 "chargingProfile": {"id": 501, "stackLevel": 0, "chargingProfilePurpose": "TxProfile",
                  "chargingProfileKind": "Relative", "chargingSchedule": [{"id": 1, "chargingRateUnit": "A",
                   "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 16.0, "numberPhases": 3}]}]}}""", """
                {"status": "Accepted"}""");
        add("RequestStopTransaction", """
                {"transactionId": "f3b1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d"}""", """
                {"status": "Rejected", "statusInfo": {"reasonCode": "UnknownTransaction"}}""");

        // ------------------------------------------------------------ metervalues
        add("MeterValues", """
                {"evseId": 0, "meterValue": [{"timestamp": "2025-03-14T09:00:00Z", "sampledValue": [
                  {"value": 8812345, "context": "Sample.Clock", "measurand": "Energy.Active.Import.Register",
                   "location": "Inlet", "unitOfMeasure": {"unit": "kWh", "multiplier": -3}},
                  {"value": 49.98, "measurand": "Frequency"}]}]}""", "{}");

        // ------------------------------------------------------------ smartcharging
        add("SetChargingProfile", """
                {"evseId": 0, "chargingProfile": {"id": 100, "stackLevel": 1,
                 "chargingProfilePurpose": "ChargingStationMaxProfile", "chargingProfileKind": "Recurring",
                 "recurrencyKind": "Daily", "validFrom": "2025-03-01T00:00:00Z", "validTo": "2025-12-31T23:59:59Z",
                 "chargingSchedule": [{"id": 1, "startSchedule": "2025-03-01T00:00:00Z", "duration": 86400,
                  "chargingRateUnit": "W", "minChargingRate": 1380.0,
                  "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 22000.0},
                   {"startPeriod": 61200, "limit": 11000.0, "numberPhases": 1, "phaseToUse": 2}],
                  "salesTariff": {"id": 3, "salesTariffDescription": "Stadtwerke Nachttarif", "numEPriceLevels": 2,
                   "salesTariffEntry": [{"relativeTimeInterval": {"start": 0, "duration": 21600}, "ePriceLevel": 0,
                    "consumptionCost": [{"startValue": 0, "cost": [{"costKind": "RelativePricePercentage",
                     "amount": 80, "amountMultiplier": 0}]}]},
                    {"relativeTimeInterval": {"start": 21600}, "ePriceLevel": 1}]}}]}}""", """
                {"status": "Accepted"}""");
        add("GetChargingProfiles", """
                {"requestId": 77, "evseId": 1, "chargingProfile": {"chargingProfilePurpose": "TxDefaultProfile",
                 "stackLevel": 0, "chargingProfileId": [100, 101], "chargingLimitSource": ["CSO", "EMS"]}}""", """
                {"status": "NoProfiles"}""");
        add("ReportChargingProfiles", """
                {"requestId": 77, "chargingLimitSource": "CSO", "evseId": 1, "tbc": false,
                 "chargingProfile": [{"id": 101, "stackLevel": 0, "chargingProfilePurpose": "TxDefaultProfile",
                  "chargingProfileKind": "Absolute", "chargingSchedule": [{"id": 1,
                   "startSchedule": "2025-03-14T00:00:00Z", "chargingRateUnit": "A",
                   "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 32}]}]}]}""", "{}");
        add("ClearChargingProfile", """
                {"chargingProfileCriteria": {"evseId": 1, "chargingProfilePurpose": "TxDefaultProfile",
                 "stackLevel": 0}}""", """
                {"status": "Unknown"}""");
        add("GetCompositeSchedule", """
                {"duration": 3600, "chargingRateUnit": "W", "evseId": 1}""", """
                {"status": "Accepted", "schedule": {"evseId": 1, "duration": 3600,
                 "scheduleStart": "2025-03-14T10:00:00Z", "chargingRateUnit": "W",
                 "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 11000.0, "numberPhases": 3},
                  {"startPeriod": 1800, "limit": 7400.0, "numberPhases": 3}]}}""");
        add("NotifyChargingLimit", """
                {"evseId": 1, "chargingLimit": {"chargingLimitSource": "SO", "isGridCritical": true},
                 "chargingSchedule": [{"id": 9, "chargingRateUnit": "A", "duration": 900,
                  "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 6.0}]}]}""", "{}");
        add("ClearedChargingLimit", """
                {"chargingLimitSource": "SO", "evseId": 1}""", "{}");
        add("NotifyEVChargingNeeds", """
                {"evseId": 2, "maxScheduleTuples": 24, "chargingNeeds": {"requestedEnergyTransfer": "DC",
                 "departureTime": "2025-03-14T17:30:00Z",
                 "dcChargingParameters": {"evMaxCurrent": 200, "evMaxVoltage": 450, "energyAmount": 42000,
                  "evMaxPower": 90000, "stateOfCharge": 23, "evEnergyCapacity": 77000, "fullSoC": 100, "bulkSoC": 80}}}""",
                """
                {"status": "Processing"}""");
        add("NotifyEVChargingSchedule", """
                {"timeBase": "2025-03-14T09:00:00Z", "evseId": 2, "chargingSchedule": {"id": 4,
                 "chargingRateUnit": "W", "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 50000.0},
                  {"startPeriod": 1200, "limit": 25000.0}]}}""", """
                {"status": "Accepted"}""");

        // ------------------------------------------------------------ reservation
        add("ReserveNow", """
                {"id": 7, "expiryDateTime": "2025-03-14T10:30:00Z", "connectorType": "cType2", "evseId": 1,
                 "idToken": {"idToken": "04A2B3C4D5E6F7", "type": "ISO14443"},
                 "groupIdToken": {"idToken": "FLEET-STADTWERKE", "type": "Central"}}""", """
                {"status": "Occupied"}""");
        add("CancelReservation", """
                {"reservationId": 7}""", """
                {"status": "Accepted"}""");
        add("ReservationStatusUpdate", """
                {"reservationId": 7, "reservationUpdateStatus": "Expired"}""", "{}");

        // ------------------------------------------------------------ firmware
        add("UpdateFirmware", """
                {"retries": 3, "retryInterval": 120, "requestId": 55, "firmware": {
                 "location": "https://firmware.ladewerk.example/duo22/2.5.0.bin",
                 "retrieveDateTime": "2025-03-15T02:00:00Z", "installDateTime": "2025-03-15T03:00:00Z",
                 "signingCertificate": "-----BEGIN CERTIFICATE-----\\nMIIBfirmware\\n-----END CERTIFICATE-----",
                 "signature": "MEUCIQDf0mB0d2F0Y2hlcyB0aGUgaW1hZ2U="}}""", """
                {"status": "AcceptedCanceled"}""");
        add("FirmwareStatusNotification", """
                {"status": "InstallRebooting", "requestId": 55}""", "{}");
        add("PublishFirmware", """
                {"location": "https://firmware.ladewerk.example/duo22/2.5.0.bin", "retries": 2,
                 "checksum": "9e107d9d372bb6826bd81d3542a419d6", "requestId": 56, "retryInterval": 60}""", """
                {"status": "Accepted"}""");
        add("PublishFirmwareStatusNotification", """
                {"status": "Published", "requestId": 56,
                 "location": ["http://10.0.0.2/fw/2.5.0.bin", "ftp://10.0.0.2/fw/2.5.0.bin"]}""", "{}");
        add("UnpublishFirmware", """
                {"checksum": "9e107d9d372bb6826bd81d3542a419d6"}""", """
                {"status": "Unpublished"}""");

        // ------------------------------------------------------------ diagnostics
        add("GetLog", """
                {"logType": "SecurityLog", "requestId": 60, "retries": 1, "retryInterval": 300,
                 "log": {"remoteLocation": "https://logs.ladewerk.example/upload/cs0417",
                  "oldestTimestamp": "2025-03-01T00:00:00Z", "latestTimestamp": "2025-03-14T00:00:00Z"}}""", """
                {"status": "Accepted", "filename": "cs0417-security-20250314.log.gz"}""");
        add("LogStatusNotification", """
                {"status": "Uploading", "requestId": 60}""", "{}");
        add("NotifyEvent", """
                {"generatedAt": "2025-03-14T11:00:02Z", "seqNo": 0, "tbc": false, "eventData": [
                  {"eventId": 3021, "timestamp": "2025-03-14T11:00:00Z", "trigger": "Alerting", "cause": 3020,
                   "actualValue": "86.5", "techCode": "TEMP_HIGH", "techInfo": "power module 2 over temperature",
                   "cleared": false, "transactionId": "f3b1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
                   "component": {"name": "PowerModule", "instance": "2", "evse": {"id": 2}},
                   "variable": {"name": "Temperature"}, "variableMonitoringId": 12,
                   "eventNotificationType": "CustomMonitor"}]}""", "{}");
        add("GetMonitoringReport", """
                {"requestId": 61, "monitoringCriteria": ["ThresholdMonitoring", "DeltaMonitoring"],
                 "componentVariable": [{"component": {"name": "PowerModule", "instance": "2"}}]}""", """
                {"status": "Accepted"}""");
        add("NotifyMonitoringReport", """
                {"requestId": 61, "seqNo": 0, "tbc": false, "generatedAt": "2025-03-14T11:05:00Z", "monitor": [
                  {"component": {"name": "PowerModule", "instance": "2"}, "variable": {"name": "Temperature"},
                   "variableMonitoring": [{"id": 12, "transaction": false, "value": 85.0,
                    "type": "UpperThreshold", "severity": 4}]}]}""", "{}");
        add("SetMonitoringBase", """
                {"monitoringBase": "FactoryDefault"}""", """
                {"status": "Accepted"}""");
        add("SetMonitoringLevel", """
                {"severity": 5}""", """
                {"status": "Accepted"}""");
        add("SetVariableMonitoring", """
                {"setMonitoringData": [{"value": 85.0, "type": "UpperThreshold", "severity": 4, "transaction": false,
                  "component": {"name": "PowerModule", "instance": "2"}, "variable": {"name": "Temperature"}},
                 {"id": 13, "value": 300, "type": "Periodic", "severity": 8,
                  "component": {"name": "EVSE", "evse": {"id": 1}}, "variable": {"name": "Power"}}]}""", """
                {"setMonitoringResult": [{"id": 12, "status": "Accepted", "type": "UpperThreshold", "severity": 4,
                  "component": {"name": "PowerModule", "instance": "2"}, "variable": {"name": "Temperature"}},
                 {"status": "UnsupportedMonitorType", "statusInfo": {"reasonCode": "NoPeriodic"},
                  "type": "Periodic", "severity": 8,
                  "component": {"name": "EVSE", "evse": {"id": 1}}, "variable": {"name": "Power"}}]}""");
        add("ClearVariableMonitoring", """
                {"id": [12, 13]}""", """
                {"clearMonitoringResult": [{"status": "Accepted", "id": 12},
                 {"status": "NotFound", "id": 13, "statusInfo": {"reasonCode": "UnknownId"}}]}""");
        add("CustomerInformation", """
                {"requestId": 62, "report": true, "clear": false, "customerIdentifier": "customer-4711",
                 "idToken": {"idToken": "04A2B3C4D5E6F7", "type": "ISO14443"},
                 "customerCertificate": {"hashAlgorithm": "SHA512", "issuerNameHash": "c0ffee",
                  "issuerKeyHash": "beef", "serialNumber": "1f"}}""", """
                {"status": "Accepted"}""");
        add("NotifyCustomerInformation", """
                {"data": "idToken 04A2B3C4D5E6F7: 3 cached transactions, last 2025-03-14", "tbc": false,
                 "seqNo": 0, "generatedAt": "2025-03-14T11:10:00Z", "requestId": 62}""", "{}");

        // ------------------------------------------------------------ display
        add("SetDisplayMessage", """
                {"message": {"id": 8, "priority": "InFront", "state": "Idle",
                 "startDateTime": "2025-03-14T00:00:00Z", "endDateTime": "2025-03-21T00:00:00Z",
                 "display": {"name": "Display", "evse": {"id": 1}},
                 "message": {"format": "UTF8", "language": "de", "content": "Heute 20 % Rabatt ab 22 Uhr"}}}""", """
                {"status": "Accepted"}""");
        add("GetDisplayMessages", """
                {"requestId": 63, "id": [8], "priority": "InFront", "state": "Idle"}""", """
                {"status": "Unknown"}""");
        add("ClearDisplayMessage", """
                {"id": 8}""", """
                {"status": "Accepted"}""");
        add("NotifyDisplayMessages", """
                {"requestId": 63, "tbc": false, "messageInfo": [{"id": 8, "priority": "NormalCycle",
                 "transactionId": "f3b1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
                 "message": {"format": "HTML", "content": "<b>Danke!</b>"}}]}""", "{}");

        // ------------------------------------------------------------ remotecontrol
        add("TriggerMessage", """
                {"requestedMessage": "StatusNotification", "evse": {"id": 1, "connectorId": 1}}""", """
                {"status": "Accepted"}""");
        add("UnlockConnector", """
                {"evseId": 1, "connectorId": 1}""", """
                {"status": "OngoingAuthorizedTransaction"}""");

        // ------------------------------------------------------------ tariffcost
        add("CostUpdated", """
                {"totalCost": 12.35, "transactionId": "f3b1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d"}""", "{}");

        // ------------------------------------------------------------ datatransfer
        add("DataTransfer", """
                {"vendorId": "de.ladewerk", "messageId": "ParkingSensor",
                 "data": {"bay": 3, "occupied": true, "since": "2025-03-14T08:55:00Z"}}""", """
                {"status": "Accepted", "data": "ok"}""");
    }
}
