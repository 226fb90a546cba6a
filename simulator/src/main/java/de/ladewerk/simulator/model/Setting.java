package de.ladewerk.simulator.model;

/**
 * One configuration value of a station, under its 1.6 key and/or its 2.0.1 component and variable.
 *
 * @param key16     the OCPP 1.6 configuration key, {@code null} if 2.0.1 only
 * @param component the 2.0.1 component name, {@code null} if 1.6 only
 * @param evseId    the component's EVSE (0 for station-wide)
 * @param connectorId the component's connector (0 for none)
 * @param variable  the 2.0.1 variable name
 * @param type      how values are checked on change
 * @param readOnly  whether the CSMS may change it
 */
public record Setting(String key16, String component, int evseId, int connectorId, String variable, Type type,
                      boolean readOnly) {

    /** The data types a value is checked against; 2.0.1 reports them in NotifyReport. */
    public enum Type { INTEGER, BOOLEAN, STRING, CSL, DECIMAL }

    /** Whether {@code value} is acceptable for this setting's type. */
    public boolean accepts(String value) {
        switch (type) {
            case INTEGER:
                try {
                    return Integer.parseInt(value.strip()) >= 0;
                } catch (NumberFormatException e) {
                    return false;
                }
            case DECIMAL:
                try {
                    Double.parseDouble(value.strip());
                    return true;
                } catch (NumberFormatException e) {
                    return false;
                }
            case BOOLEAN:
                return "true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value);
            default:
                return true;
        }
    }
}
