package de.ladewerk.simulator.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A station's configuration with the defaults a real station reports: the 1.6 configuration keys
 * and, for the same values, the 2.0.1 device-model variables (one store, so a value changed through
 * either name is the same value). Thread-safe.
 */
public final class StationSettings {

    /** The outcome of a change. */
    public enum Change { ACCEPTED, REJECTED, READ_ONLY, UNKNOWN }

    private final List<Setting> settings = new ArrayList<>();
    private final Map<Setting, String> values = new LinkedHashMap<>();

    /** The defaults for this station model. */
    public StationSettings(StationModel model, String identity, int securityProfile) {
        boolean anyDc = model.evses().stream().anyMatch(EvseSpec::isDc);
        rw("HeartbeatInterval", "OCPPCommCtrlr", "HeartbeatInterval", Setting.Type.INTEGER, "300");
        rw("MeterValueSampleInterval", "SampledDataCtrlr", "TxUpdatedInterval", Setting.Type.INTEGER, "60");
        rw("MeterValuesSampledData", "SampledDataCtrlr", "TxUpdatedMeasurands", Setting.Type.CSL,
                "Energy.Active.Import.Register,Power.Active.Import,Current.Import" + (anyDc ? ",SoC" : ""));
        rw("StopTxnSampledData", "SampledDataCtrlr", "TxEndedMeasurands", Setting.Type.CSL, "Energy.Active.Import.Register");
        rw("ClockAlignedDataInterval", "AlignedDataCtrlr", "Interval", Setting.Type.INTEGER, "0");
        rw("MeterValuesAlignedData", "AlignedDataCtrlr", "Measurands", Setting.Type.CSL, "Energy.Active.Import.Register");
        rw("ConnectionTimeOut", "TxCtrlr", "EVConnectionTimeOut", Setting.Type.INTEGER, "60");
        rw("StopTransactionOnEVSideDisconnect", "TxCtrlr", "StopTxOnEVSideDisconnect", Setting.Type.BOOLEAN, "true");
        rw("StopTransactionOnInvalidId", "TxCtrlr", "StopTxOnInvalidId", Setting.Type.BOOLEAN, "true");
        rw("AuthorizeRemoteTxRequests", "AuthCtrlr", "AuthorizeRemoteStart", Setting.Type.BOOLEAN, "false");
        rw("LocalAuthorizeOffline", "AuthCtrlr", "LocalAuthorizeOffline", Setting.Type.BOOLEAN, "true");
        rw("LocalPreAuthorize", "AuthCtrlr", "LocalPreAuthorize", Setting.Type.BOOLEAN, "false");
        rw("AllowOfflineTxForUnknownId", "AuthCtrlr", "OfflineTxForUnknownIdEnabled", Setting.Type.BOOLEAN, "false");
        rw("AuthorizationCacheEnabled", "AuthCacheCtrlr", "Enabled", Setting.Type.BOOLEAN, "true");
        rw("LocalAuthListEnabled", "LocalAuthListCtrlr", "Enabled", Setting.Type.BOOLEAN, "true");
        rw("TransactionMessageAttempts", "OCPPCommCtrlr", "MessageAttemptsTransactionEvent", Setting.Type.INTEGER, "3");
        rw("TransactionMessageRetryInterval", "OCPPCommCtrlr", "MessageAttemptIntervalTransactionEvent",
                Setting.Type.INTEGER, "60");
        rw("WebSocketPingInterval", "OCPPCommCtrlr", "WebSocketPingInterval", Setting.Type.INTEGER, "0");
        rw("ResetRetries", "OCPPCommCtrlr", "ResetRetries", Setting.Type.INTEGER, "1");
        rw("UnlockConnectorOnEVSideDisconnect", null, null, Setting.Type.BOOLEAN, "true");
        ro("NumberOfConnectors", null, null, Setting.Type.INTEGER, Integer.toString(model.connectorCount()));
        ro("SupportedFeatureProfiles", null, null, Setting.Type.CSL,
                "Core,FirmwareManagement,LocalAuthListManagement,Reservation,SmartCharging,RemoteTrigger");
        ro("ChargeProfileMaxStackLevel", "SmartChargingCtrlr", "ProfileStackLevel", Setting.Type.INTEGER, "8");
        ro("ChargingScheduleAllowedChargingRateUnit", "SmartChargingCtrlr", "RateUnit", Setting.Type.CSL, "Current,Power");
        ro("ChargingScheduleMaxPeriods", "SmartChargingCtrlr", "PeriodsPerSchedule", Setting.Type.INTEGER, "24");
        ro("MaxChargingProfilesInstalled", "SmartChargingCtrlr", "Entries", Setting.Type.INTEGER, "10");
        ro("LocalAuthListMaxLength", "LocalAuthListCtrlr", "Entries", Setting.Type.INTEGER, "1000");
        ro("SendLocalListMaxLength", "LocalAuthListCtrlr", "ItemsPerMessage", Setting.Type.INTEGER, "100");
        ro("GetConfigurationMaxKeys", "DeviceDataCtrlr", "ItemsPerMessage", Setting.Type.INTEGER, "50");
        ro("SecurityProfile", "SecurityCtrlr", "SecurityProfile", Setting.Type.INTEGER, Integer.toString(securityProfile));
        ro(null, "SecurityCtrlr", "Identity", Setting.Type.STRING, identity);
        ro(null, "SecurityCtrlr", "OrganizationName", Setting.Type.STRING, model.vendor());
        rw(null, "OCPPCommCtrlr", "OfflineThreshold", Setting.Type.INTEGER, "300");
        ro(null, "TxCtrlr", "TxStartPoint", Setting.Type.CSL, "EVConnected");
        ro(null, "TxCtrlr", "TxStopPoint", Setting.Type.CSL, "EVConnected,Authorized");
        rw(null, "SampledDataCtrlr", "SignReadings", Setting.Type.BOOLEAN, "true");
        ro(null, "ChargingStation", "Model", Setting.Type.STRING, model.model());
        ro(null, "ChargingStation", "VendorName", Setting.Type.STRING, model.vendor());
        ro(null, "ChargingStation", "SerialNumber", Setting.Type.STRING, model.serialNumber());
        ro(null, "ChargingStation", "FirmwareVersion", Setting.Type.STRING, model.firmwareVersion());
        for (EvseSpec evse : model.evses()) {
            add(new Setting(null, "EVSE", evse.id(), 0, "Power", Setting.Type.DECIMAL, true),
                    Long.toString(Math.round(evse.maxPowerKw() * 1000)));
            add(new Setting(null, "EVSE", evse.id(), 0, "SupplyPhases", Setting.Type.INTEGER, true),
                    Integer.toString(evse.phases()));
            for (int c = 1; c <= evse.connectors().size(); c++) {
                add(new Setting(null, "Connector", evse.id(), c, "ConnectorType", Setting.Type.STRING, true),
                        evse.connectors().get(c - 1).ocpp201Name());
            }
        }
    }

    private void rw(String key16, String component, String variable, Setting.Type type, String value) {
        add(new Setting(key16, component, 0, 0, variable, type, false), value);
    }

    private void ro(String key16, String component, String variable, Setting.Type type, String value) {
        add(new Setting(key16, component, 0, 0, variable, type, true), value);
    }

    private void add(Setting setting, String value) {
        settings.add(setting);
        values.put(setting, value);
    }

    /** Every setting with a 1.6 key, in a stable order. */
    public synchronized List<Setting> v16Keys() {
        return settings.stream().filter(s -> s.key16() != null).toList();
    }

    /** Every setting with a 2.0.1 component, in a stable order. */
    public synchronized List<Setting> v201Variables() {
        return settings.stream().filter(s -> s.component() != null).toList();
    }

    public synchronized Optional<Setting> byKey16(String key) {
        return settings.stream().filter(s -> key.equals(s.key16())).findFirst();
    }

    /** The 2.0.1 variable of a component, matching the EVSE and connector (0 when the request names none). */
    public synchronized Optional<Setting> byVariable(String component, int evseId, int connectorId, String variable) {
        return settings.stream().filter(s -> component.equals(s.component()) && variable.equals(s.variable())
                && s.evseId() == evseId && s.connectorId() == connectorId).findFirst();
    }

    public synchronized String value(Setting setting) {
        return values.get(setting);
    }

    /** The value of a 1.6 key (every station-wide semantic value has one), for the station's own behaviour. */
    public synchronized String value(String key16) {
        return byKey16(key16).map(values::get).orElseThrow(() -> new IllegalArgumentException("no key " + key16));
    }

    public int intValue(String key16) {
        return Integer.parseInt(value(key16).strip());
    }

    public boolean booleanValue(String key16) {
        return Boolean.parseBoolean(value(key16).strip());
    }

    /** Changes a value if it is writable and of the right type. */
    public synchronized Change change(Setting setting, String value) {
        if (setting.readOnly()) {
            return Change.READ_ONLY;
        }
        if (!setting.accepts(value)) {
            return Change.REJECTED;
        }
        values.put(setting, setting.type() == Setting.Type.BOOLEAN ? value.toLowerCase() : value);
        return Change.ACCEPTED;
    }

    /** Sets a value regardless of mutability: the station's own (or the operator's) doing. */
    public synchronized void force(String key16, String value) {
        byKey16(key16).ifPresent(s -> values.put(s, value));
    }
}
