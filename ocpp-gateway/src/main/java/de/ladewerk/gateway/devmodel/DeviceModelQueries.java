package de.ladewerk.gateway.devmodel;

import java.util.List;
import java.util.Optional;

/** Reads the stored device model. Blocking: call from a worker thread. */
public interface DeviceModelQueries {

    /**
     * The station's variables, optionally only of one component and/or variable name (null = all),
     * ordered by component, EVSE, connector and variable.
     */
    List<VariableView> variables(String stationId, String component, String variable);

    /** The value of one attribute of one variable, if stored. */
    Optional<String> value(String stationId, ComponentRef component, VariableRef variable, String attributeType);

    /** The monitors the station reported, by id. */
    List<Monitor> monitors(String stationId);

    /** The newest events first, at most {@code limit}. */
    List<DeviceEvent> events(String stationId, int limit);

    /** How far one report has arrived; empty if no part of it has. */
    Optional<ReportStatus> report(String stationId, ReportPart.Kind kind, int requestId);
}
