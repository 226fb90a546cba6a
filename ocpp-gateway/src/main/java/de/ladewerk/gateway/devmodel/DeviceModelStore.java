package de.ladewerk.gateway.devmodel;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Writes what stations tell about their device model. Every stage completes after commit. All writes
 * are upserts keyed by station, component and variable, so a re-sent part changes nothing twice.
 */
public interface DeviceModelStore {

    /** Where a value came from, kept with the variable. */
    enum Source { Report, Event, GetVariables, SetVariables, OCPP16 }

    /** One NotifyReport part: its variables are applied at once and the part recorded. */
    CompletionStage<Void> reportPart(String stationId, ReportPart part, List<ReportedVariable> variables);

    /** One NotifyMonitoringReport part: its monitors are upserted and the part recorded. */
    CompletionStage<Void> monitoringPart(String stationId, ReportPart part, int requestId, List<Monitor> monitors);

    /** NotifyEvent entries: stored as events; each one's actual value becomes the variable's Actual value. */
    CompletionStage<Void> events(String stationId, Instant generatedAt, int seqNo, List<DeviceEvent> events);

    /** Attribute values learned outside reports (GetVariables/SetVariables answers, 1.6 configuration). */
    CompletionStage<Void> values(String stationId, Source source, List<ReportedVariable> values);

    /** Monitors the station no longer has (ClearVariableMonitoring accepted). */
    CompletionStage<Void> removeMonitors(String stationId, List<Integer> monitorIds);
}
