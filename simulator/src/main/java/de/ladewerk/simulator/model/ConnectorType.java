package de.ladewerk.simulator.model;

/** The plug of a connector, with its OCPP 2.0.1 ConnectorEnum spelling and whether it carries DC. */
public enum ConnectorType {
    TYPE2("cType2", false),
    TYPE2_CABLE("cType2", false),
    CCS2("cCCS2", true),
    CHADEMO("cG105", true);

    private final String ocpp201Name;
    private final boolean dc;

    ConnectorType(String ocpp201Name, boolean dc) {
        this.ocpp201Name = ocpp201Name;
        this.dc = dc;
    }

    /** The value of the 2.0.1 device-model variable Connector.ConnectorType. */
    public String ocpp201Name() {
        return ocpp201Name;
    }

    public boolean isDc() {
        return dc;
    }
}
