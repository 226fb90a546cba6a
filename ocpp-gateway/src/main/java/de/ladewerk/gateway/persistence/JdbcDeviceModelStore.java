package de.ladewerk.gateway.persistence;

import static de.ladewerk.gateway.persistence.DeviceModelWrites.write;

import de.ladewerk.gateway.devmodel.AttributeValue;
import de.ladewerk.gateway.devmodel.Characteristics;
import de.ladewerk.gateway.devmodel.ComponentRef;
import de.ladewerk.gateway.devmodel.DeviceEvent;
import de.ladewerk.gateway.devmodel.DeviceModelStore;
import de.ladewerk.gateway.devmodel.Monitor;
import de.ladewerk.gateway.devmodel.ReportPart;
import de.ladewerk.gateway.devmodel.ReportedVariable;
import de.ladewerk.gateway.devmodel.VariableRef;
import de.ladewerk.gateway.persistence.GroupCommitWriter.Write;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * {@link DeviceModelStore} through the group-commit writer: each call is one transaction. The same
 * variable twice in one call is merged first: one multi-row upsert may not touch a row twice.
 */
public final class JdbcDeviceModelStore implements DeviceModelStore {

    private static final String KEY_COLUMNS =
            "station_id, component, component_instance, evse_id, connector_id, variable, variable_instance";
    private static final String VARIABLE = "INSERT INTO ocpp.device_variables AS v (" + KEY_COLUMNS
            + ", unit, data_type, min_limit, max_limit, values_list, supports_monitoring, source)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (" + KEY_COLUMNS + ") DO UPDATE SET"
            + " unit = EXCLUDED.unit, data_type = EXCLUDED.data_type, min_limit = EXCLUDED.min_limit,"
            + " max_limit = EXCLUDED.max_limit, values_list = EXCLUDED.values_list,"
            + " supports_monitoring = EXCLUDED.supports_monitoring, source = EXCLUDED.source, updated_at = now()";
    // a value without characteristics keeps the characteristics stored before
    private static final String VARIABLE_SEEN = "INSERT INTO ocpp.device_variables (" + KEY_COLUMNS + ", source)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (" + KEY_COLUMNS + ") DO UPDATE SET"
            + " source = EXCLUDED.source, updated_at = now()";
    private static final String ATTRIBUTE = "INSERT INTO ocpp.device_variable_attributes AS a (" + KEY_COLUMNS
            + ", attribute_type, value, mutability, persistent, constant) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (" + KEY_COLUMNS + ", attribute_type) DO UPDATE SET value = EXCLUDED.value,"
            + " mutability = COALESCE(EXCLUDED.mutability, a.mutability),"
            + " persistent = COALESCE(EXCLUDED.persistent, a.persistent),"
            + " constant = COALESCE(EXCLUDED.constant, a.constant), updated_at = now()";
    private static final String PART = """
            INSERT INTO ocpp.device_report_parts (station_id, kind, request_id, seq_no, tbc, items, generated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (station_id, kind, request_id, seq_no) DO UPDATE SET
              tbc = EXCLUDED.tbc, items = EXCLUDED.items, generated_at = EXCLUDED.generated_at, received_at = now()""";
    private static final String MONITOR = """
            INSERT INTO ocpp.device_monitors (station_id, monitor_id, component, component_instance, evse_id,
              connector_id, variable, variable_instance, transaction, value, type, severity, request_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (station_id, monitor_id) DO UPDATE SET
              component = EXCLUDED.component, component_instance = EXCLUDED.component_instance,
              evse_id = EXCLUDED.evse_id, connector_id = EXCLUDED.connector_id, variable = EXCLUDED.variable,
              variable_instance = EXCLUDED.variable_instance, transaction = EXCLUDED.transaction,
              value = EXCLUDED.value, type = EXCLUDED.type, severity = EXCLUDED.severity,
              request_id = EXCLUDED.request_id, updated_at = now()""";
    private static final String MONITOR_REMOVED = "DELETE FROM ocpp.device_monitors WHERE station_id = ? AND monitor_id = ?";
    private static final String EVENT = """
            INSERT INTO ocpp.device_events (time, station_id, event_id, trigger, cause, actual_value, tech_code,
              tech_info, cleared, transaction_id, component, component_instance, evse_id, connector_id, variable,
              variable_instance, variable_monitoring_id, notification_type, generated_at, seq_no)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (station_id, event_id, time) DO NOTHING""";

    private final GroupCommitWriter writer;

    public JdbcDeviceModelStore(GroupCommitWriter writer) {
        this.writer = writer;
    }

    @Override
    public CompletionStage<Void> reportPart(String stationId, ReportPart part, List<ReportedVariable> variables) {
        List<Write> writes = new ArrayList<>();
        ReportedVariable.merged(variables).forEach(v -> addVariable(writes, stationId, Source.Report, v));
        writes.add(part(stationId, part, variables.size()));
        return writer.submit(writes);
    }

    @Override
    public CompletionStage<Void> monitoringPart(String stationId, ReportPart part, int requestId, List<Monitor> monitors) {
        List<Write> writes = new ArrayList<>();
        for (Monitor m : monitors) {
            ComponentRef c = m.component();
            writes.add(write(MONITOR, stationId, m.id(), c.name(), c.instance(), c.evseId(), c.connectorId(),
                    m.variable().name(), m.variable().instance(), m.transaction(), m.value(), m.type(), m.severity(),
                    requestId));
        }
        writes.add(part(stationId, part, monitors.size()));
        return writer.submit(writes);
    }

    @Override
    public CompletionStage<Void> events(String stationId, Instant generatedAt, int seqNo, List<DeviceEvent> events) {
        List<Write> writes = new ArrayList<>();
        List<ReportedVariable> actuals = new ArrayList<>();
        for (DeviceEvent e : events.stream().sorted(Comparator.comparing(DeviceEvent::timestamp)).toList()) {
            ComponentRef c = e.component();
            writes.add(write(EVENT, e.timestamp(), stationId, e.eventId(), e.trigger(), e.cause(), e.actualValue(),
                    e.techCode(), e.techInfo(), e.cleared(), e.transactionId(), c.name(), c.instance(), c.evseId(),
                    c.connectorId(), e.variable().name(), e.variable().instance(), e.variableMonitoringId(),
                    e.notificationType(), generatedAt, seqNo));
            actuals.add(new ReportedVariable(c, e.variable(), List.of(AttributeValue.actual(e.actualValue())), null));
        }
        ReportedVariable.merged(actuals).forEach(v -> addVariable(writes, stationId, Source.Event, v));
        return writer.submit(writes);
    }

    @Override
    public CompletionStage<Void> values(String stationId, Source source, List<ReportedVariable> values) {
        List<Write> writes = new ArrayList<>();
        ReportedVariable.merged(values).forEach(v -> addVariable(writes, stationId, source, v));
        return writer.submit(writes);
    }

    @Override
    public CompletionStage<Void> removeMonitors(String stationId, List<Integer> monitorIds) {
        return writer.submit(monitorIds.stream().map(id -> write(MONITOR_REMOVED, stationId, id)).toList());
    }

    private static void addVariable(List<Write> writes, String stationId, Source source, ReportedVariable v) {
        ComponentRef c = v.component();
        VariableRef var = v.variable();
        Characteristics ch = v.characteristics();
        if (ch == null) {
            writes.add(write(VARIABLE_SEEN, stationId, c.name(), c.instance(), c.evseId(), c.connectorId(),
                    var.name(), var.instance(), source.name()));
        } else {
            writes.add(write(VARIABLE, stationId, c.name(), c.instance(), c.evseId(), c.connectorId(), var.name(),
                    var.instance(), ch.unit(), ch.dataType(), ch.minLimit(), ch.maxLimit(), ch.valuesList(),
                    ch.supportsMonitoring(), source.name()));
        }
        for (AttributeValue a : v.attributes()) {
            writes.add(write(ATTRIBUTE, stationId, c.name(), c.instance(), c.evseId(), c.connectorId(), var.name(),
                    var.instance(), a.type(), a.value(), a.mutability(), a.persistent(), a.constant()));
        }
    }

    private static Write part(String stationId, ReportPart part, int items) {
        return write(PART, stationId, part.kind().name(), part.requestId(), part.seqNo(), part.tbc(), items,
                part.generatedAt());
    }
}
