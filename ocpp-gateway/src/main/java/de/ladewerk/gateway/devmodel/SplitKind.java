package de.ladewerk.gateway.devmodel;

/**
 * The requests whose lists a station limits, with the controller component whose
 * {@code ItemsPerMessage}/{@code BytesPerMessage} variables (instance = the action) say by how much.
 */
public enum SplitKind {
    GET_VARIABLES("GetVariables", "DeviceDataCtrlr"),
    SET_VARIABLES("SetVariables", "DeviceDataCtrlr"),
    GET_REPORT("GetReport", "DeviceDataCtrlr"),
    SET_VARIABLE_MONITORING("SetVariableMonitoring", "MonitoringCtrlr"),
    CLEAR_VARIABLE_MONITORING("ClearVariableMonitoring", "MonitoringCtrlr");

    private final String action;
    private final String controller;

    SplitKind(String action, String controller) {
        this.action = action;
        this.controller = controller;
    }

    /** The OCPP action, also the instance of the limit variables. */
    public String action() {
        return action;
    }

    /** The component that carries the limits. */
    public String controller() {
        return controller;
    }
}
