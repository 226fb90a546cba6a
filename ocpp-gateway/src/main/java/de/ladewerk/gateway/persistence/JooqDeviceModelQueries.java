package de.ladewerk.gateway.persistence;

import static de.ladewerk.gateway.persistence.DeviceModelWrites.instant;

import de.ladewerk.gateway.devmodel.AttributeValue;
import de.ladewerk.gateway.devmodel.Characteristics;
import de.ladewerk.gateway.devmodel.ComponentRef;
import de.ladewerk.gateway.devmodel.DeviceEvent;
import de.ladewerk.gateway.devmodel.DeviceModelQueries;
import de.ladewerk.gateway.devmodel.Monitor;
import de.ladewerk.gateway.devmodel.ReportPart;
import de.ladewerk.gateway.devmodel.ReportStatus;
import de.ladewerk.gateway.devmodel.VariableRef;
import de.ladewerk.gateway.devmodel.VariableView;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/** {@link DeviceModelQueries} with plain SQL through jOOQ: one query for variables and their attributes. */
public final class JooqDeviceModelQueries implements DeviceModelQueries {

    private static final String VARIABLES = """
            SELECT v.component, v.component_instance, v.evse_id, v.connector_id, v.variable, v.variable_instance,
              v.unit, v.data_type, v.min_limit, v.max_limit, v.values_list, v.supports_monitoring, v.source,
              v.updated_at, a.attribute_type, a.value, a.mutability, a.persistent, a.constant
            FROM ocpp.device_variables v LEFT JOIN ocpp.device_variable_attributes a USING (station_id, component,
              component_instance, evse_id, connector_id, variable, variable_instance)
            WHERE v.station_id = ? AND (CAST(? AS text) IS NULL OR v.component = ?)
              AND (CAST(? AS text) IS NULL OR v.variable = ?)
            ORDER BY v.component, v.component_instance, v.evse_id, v.connector_id, v.variable, v.variable_instance,
              array_position(ARRAY['Actual', 'Target', 'MinSet', 'MaxSet'], a.attribute_type)""";
    private static final String VALUE = """
            SELECT value FROM ocpp.device_variable_attributes WHERE station_id = ? AND component = ?
              AND component_instance = ? AND evse_id = ? AND connector_id = ? AND variable = ?
              AND variable_instance = ? AND attribute_type = ?""";
    private static final String MONITORS = """
            SELECT * FROM ocpp.device_monitors WHERE station_id = ? ORDER BY monitor_id""";
    private static final String EVENTS = """
            SELECT * FROM ocpp.device_events WHERE station_id = ? ORDER BY time DESC, event_id DESC LIMIT ?""";
    private static final String REPORT = """
            SELECT count(*) AS parts, coalesce(sum(items), 0) AS items, max(seq_no) AS last_seq,
              bool_or(NOT tbc) AS has_end FROM ocpp.device_report_parts
            WHERE station_id = ? AND kind = ? AND request_id = ?""";

    private final DSLContext db;

    public JooqDeviceModelQueries(DSLContext db) {
        this.db = db;
    }

    @Override
    public List<VariableView> variables(String stationId, String component, String variable) {
        Map<List<Object>, VariableView> views = new LinkedHashMap<>();
        for (Record r : db.fetch(VARIABLES, stationId, component, component, variable, variable)) {
            ComponentRef c = component(r);
            VariableRef v = variable(r);
            VariableView view = views.computeIfAbsent(List.of(c, v), k -> new VariableView(c, v,
                    r.get("data_type") == null ? null : new Characteristics(r.get("unit", String.class),
                            r.get("data_type", String.class), r.get("min_limit", BigDecimal.class),
                            r.get("max_limit", BigDecimal.class), r.get("values_list", String.class),
                            r.get("supports_monitoring", Boolean.class)),
                    new ArrayList<>(), r.get("source", String.class),
                    instant(r.get("updated_at", OffsetDateTime.class))));
            if (r.get("attribute_type") != null) {
                view.attributes().add(new AttributeValue(r.get("attribute_type", String.class),
                        r.get("value", String.class), r.get("mutability", String.class),
                        r.get("persistent", Boolean.class), r.get("constant", Boolean.class)));
            }
        }
        return views.values().stream().map(v -> new VariableView(v.component(), v.variable(), v.characteristics(),
                List.copyOf(v.attributes()), v.source(), v.updatedAt())).toList();
    }

    @Override
    public Optional<String> value(String stationId, ComponentRef c, VariableRef v, String attributeType) {
        return db.fetchOptional(VALUE, stationId, c.name(), c.instance(), c.evseId(), c.connectorId(), v.name(),
                v.instance(), attributeType).map(r -> r.get(0, String.class));
    }

    @Override
    public List<Monitor> monitors(String stationId) {
        return db.fetch(MONITORS, stationId).map(r -> new Monitor(r.get("monitor_id", Integer.class), component(r),
                variable(r), r.get("transaction", Boolean.class), r.get("value", BigDecimal.class),
                r.get("type", String.class), r.get("severity", Integer.class)));
    }

    @Override
    public List<DeviceEvent> events(String stationId, int limit) {
        return db.fetch(EVENTS, stationId, limit).map(r -> new DeviceEvent(r.get("event_id", Integer.class),
                instant(r.get("time", OffsetDateTime.class)), r.get("trigger", String.class),
                r.get("cause", Integer.class), r.get("actual_value", String.class), r.get("tech_code", String.class),
                r.get("tech_info", String.class), r.get("cleared", Boolean.class),
                r.get("transaction_id", String.class), component(r), variable(r),
                r.get("variable_monitoring_id", Integer.class), r.get("notification_type", String.class)));
    }

    @Override
    public Optional<ReportStatus> report(String stationId, ReportPart.Kind kind, int requestId) {
        Record r = db.fetchOne(REPORT, stationId, kind.name(), requestId);
        int parts = r.get("parts", Integer.class);
        if (parts == 0) {
            return Optional.empty();
        }
        // parts are numbered from 0, so all arrived when their count is the highest number + 1
        boolean complete = Boolean.TRUE.equals(r.get("has_end", Boolean.class))
                && r.get("last_seq", Integer.class) == parts - 1;
        return Optional.of(new ReportStatus(kind, requestId, parts, r.get("items", Integer.class), complete));
    }

    private static ComponentRef component(Record r) {
        return new ComponentRef(r.get("component", String.class), r.get("component_instance", String.class),
                r.get("evse_id", Integer.class), r.get("connector_id", Integer.class));
    }

    private static VariableRef variable(Record r) {
        return new VariableRef(r.get("variable", String.class), r.get("variable_instance", String.class));
    }
}
