package de.ladewerk.simulator.behaviour;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ladewerk.simulator.model.Setting;
import de.ladewerk.simulator.model.StationSettings;
import java.util.List;
import java.util.Optional;

/** The 2.0.1 device model over the station's settings: GetVariables, SetVariables and the base reports. */
final class V201DeviceModel {

    /** NotifyReport pages: a CSMS should not get hundreds of variables in one message. */
    private static final int REPORT_PAGE = 20;

    private final ChargingStation station;

    V201DeviceModel(ChargingStation station) {
        this.station = station;
    }

    ObjectNode getVariables(JsonNode request) {
        ObjectNode answer = Json.obj();
        ArrayNode results = answer.putArray("getVariableResult");
        for (JsonNode item : request.path("getVariableData")) {
            ObjectNode result = results.addObject();
            String attribute = item.path("attributeType").asText("Actual");
            Optional<Setting> setting = find(item);
            if (setting.isEmpty()) {
                result.put("attributeStatus", unknownStatus(item));
            } else if (!"Actual".equals(attribute)) {
                result.put("attributeStatus", "NotSupportedAttributeType");
            } else {
                result.put("attributeStatus", "Accepted").put("attributeValue", station.settings().value(setting.get()));
            }
            if (item.hasNonNull("attributeType")) {
                result.put("attributeType", attribute);
            }
            result.set("component", item.get("component"));
            result.set("variable", item.get("variable"));
        }
        return answer;
    }

    ObjectNode setVariables(JsonNode request) {
        ObjectNode answer = Json.obj();
        ArrayNode results = answer.putArray("setVariableResult");
        for (JsonNode item : request.path("setVariableData")) {
            ObjectNode result = results.addObject();
            Optional<Setting> setting = find(item);
            String status;
            if (setting.isEmpty()) {
                status = unknownStatus(item);
            } else if (!"Actual".equals(item.path("attributeType").asText("Actual"))) {
                status = "NotSupportedAttributeType";
            } else {
                StationSettings.Change change = station.settings().change(setting.get(), item.path("attributeValue").asText());
                status = change == StationSettings.Change.ACCEPTED ? "Accepted" : "Rejected";
                if (change == StationSettings.Change.ACCEPTED && "HeartbeatInterval".equals(setting.get().variable())) {
                    station.afterAnswer(station::scheduleHeartbeat);
                }
            }
            result.put("attributeStatus", status);
            if (item.hasNonNull("attributeType")) {
                result.put("attributeType", item.get("attributeType").asText());
            }
            result.set("component", item.get("component"));
            result.set("variable", item.get("variable"));
        }
        return answer;
    }

    /** Sends the report in NotifyReport pages, {@code tbc} on all but the last. */
    void sendReport(int requestId, String base) {
        List<Setting> settings = station.settings().v201Variables().stream()
                .filter(s -> !"ConfigurationInventory".equals(base) || !s.readOnly()).toList();
        int pages = Math.max(1, (settings.size() + REPORT_PAGE - 1) / REPORT_PAGE);
        for (int page = 0; page < pages; page++) {
            ObjectNode report = Json.obj().put("requestId", requestId).put("generatedAt", Json.time(station.now()))
                    .put("seqNo", page);
            if (page < pages - 1) {
                report.put("tbc", true);
            }
            ArrayNode data = report.putArray("reportData");
            for (Setting s : settings.subList(page * REPORT_PAGE, Math.min(settings.size(), (page + 1) * REPORT_PAGE))) {
                ObjectNode entry = data.addObject();
                ObjectNode component = entry.putObject("component").put("name", s.component());
                if (s.evseId() > 0) {
                    ObjectNode evse = component.putObject("evse").put("id", s.evseId());
                    if (s.connectorId() > 0) {
                        evse.put("connectorId", s.connectorId());
                    }
                }
                entry.putObject("variable").put("name", s.variable());
                entry.putArray("variableAttribute").addObject().put("type", "Actual")
                        .put("value", station.settings().value(s)).put("mutability", s.readOnly() ? "ReadOnly" : "ReadWrite");
                ObjectNode characteristics = entry.putObject("variableCharacteristics")
                        .put("dataType", dataType(s.type())).put("supportsMonitoring", false);
                if (s.type() == Setting.Type.BOOLEAN) {
                    characteristics.put("valuesList", "true,false");
                }
            }
            station.send("NotifyReport", report);
        }
    }

    private Optional<Setting> find(JsonNode item) {
        JsonNode component = item.path("component");
        return station.settings().byVariable(component.path("name").asText(), component.path("evse").path("id").asInt(0),
                component.path("evse").path("connectorId").asInt(0), item.path("variable").path("name").asText());
    }

    private String unknownStatus(JsonNode item) {
        String component = item.path("component").path("name").asText();
        boolean knownComponent = station.settings().v201Variables().stream().anyMatch(s -> component.equals(s.component()));
        return knownComponent ? "UnknownVariable" : "UnknownComponent";
    }

    private static String dataType(Setting.Type type) {
        switch (type) {
            case INTEGER:
                return "integer";
            case DECIMAL:
                return "decimal";
            case BOOLEAN:
                // ocpp-protocol's DataType lacks the spec's "boolean"; an option list of true/false says the same
                return "OptionList";
            case CSL:
                return "MemberList";
            default:
                return "string";
        }
    }
}
