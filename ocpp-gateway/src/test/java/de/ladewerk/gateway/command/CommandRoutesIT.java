package de.ladewerk.gateway.command;

import static de.ladewerk.gateway.GatewayHarness.await;
import static de.ladewerk.gateway.GatewayHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ladewerk.gateway.GatewayHarness;
import de.ladewerk.gateway.devmodel.ComponentRef;
import de.ladewerk.gateway.devmodel.DeviceModelService;
import de.ladewerk.gateway.devmodel.VariableRef;
import de.ladewerk.gateway.events.LiveEvents;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.json.OcppJson;
import de.ladewerk.simulator.station.StationClient;
import io.vertx.core.Future;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The command path's integrations: a 1.6 GetConfiguration answer lands in the device model, and the
 * 2.0.1 variable/monitoring commands go through the splitting {@code VariableService} while staying
 * one audited command that says how many station calls it took.
 */
class CommandRoutesIT {

    private static GatewayHarness harness;

    @BeforeAll
    static void start() throws Exception {
        harness = GatewayHarness.start();
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    private static CommandService commands() {
        return harness.gateway().operator().commands();
    }

    @Test
    void getConfigurationAnswerIsStoredInTheDeviceModel() throws Exception {
        harness.register("ROUTE-16");
        StationClient cs = harness.connect("ROUTE-16", OcppVersion.V16);
        cs.onCall("GetConfiguration", call -> Future.succeededFuture(json("{'configurationKey':["
                + "{'key':'HeartbeatInterval','readonly':false,'value':'300'},"
                + "{'key':'NumberOfConnectors','readonly':true,'value':'2'}],'unknownKey':['NoSuchKey']}")));

        CommandResult r = await(commands().send("ROUTE-16", "GetConfiguration",
                json("{'key':['HeartbeatInterval','NumberOfConnectors','NoSuchKey']}"), "op"));

        assertThat(r.status()).isEqualTo(CommandStatus.ANSWERED);
        // the answer is recorded as the station sent it: GetConfiguration has no route
        assertThat(r.response().get("configurationKey")).hasSize(2);
        assertThat(r.response().has("customData")).isFalse();
        assertThat(value("ROUTE-16", "HeartbeatInterval")).isEqualTo("300");
        assertThat(value("ROUTE-16", "NumberOfConnectors")).isEqualTo("2");
        assertThat(harness.queryValue("SELECT count(*) FROM ocpp.device_variables WHERE station_id = 'ROUTE-16' "
                + "AND variable = 'NoSuchKey'")).isEqualTo(0L);
        await(cs.close());
    }

    @Test
    void getVariablesIsSplitToItemsPerMessageAndRecordedAsOneCommand() throws Exception {
        harness.register("ROUTE-201");
        StationClient cs = harness.connect("ROUTE-201", OcppVersion.V201);
        List<Integer> sizes = new CopyOnWriteArrayList<>();
        cs.onCall("GetVariables", call -> {
            ArrayNode asked = (ArrayNode) call.payload().get("getVariableData");
            sizes.add(asked.size());
            ArrayNode results = OcppJson.mapper().createArrayNode();
            for (JsonNode a : asked) {
                boolean limit = "ItemsPerMessage".equals(a.path("variable").path("name").asText());
                results.addObject().put("attributeStatus", "Accepted")
                        .put("attributeValue", limit ? "2" : "v-" + a.path("component").path("name").asText())
                        .<ObjectNode>set("component", a.get("component")).set("variable", a.get("variable"));
            }
            return Future.succeededFuture(OcppJson.mapper().createObjectNode().set("getVariableResult", results));
        });
        // reading the limit through a command stores it, and it applies from the next command on
        CommandResult limit = await(commands().send("ROUTE-201", "GetVariables", json("{'getVariableData':[{"
                + "'component':{'name':'DeviceDataCtrlr'},'variable':{'name':'ItemsPerMessage','instance':'GetVariables'}}]}"),
                "op"));
        assertThat(limit.response().path("customData").path("stationCalls").asInt()).isEqualTo(1);
        sizes.clear();

        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            items.append(i == 0 ? "" : ",").append("{'component':{'name':'C").append(i).append("'},'variable':{'name':'Val'}}");
        }
        CommandResult r = await(commands().send("ROUTE-201", "GetVariables",
                json("{'getVariableData':[" + items + "]}"), "op"));

        assertThat(sizes).containsExactly(2, 2, 1);
        assertThat(r.status()).isEqualTo(CommandStatus.ANSWERED);
        assertThat(r.response().get("getVariableResult")).extracting(n -> n.get("attributeValue").asText())
                .containsExactly("v-C0", "v-C1", "v-C2", "v-C3", "v-C4");
        assertThat(r.response().get("customData").get("vendorId").asText()).isEqualTo(VariableRoutes.VENDOR_ID);
        assertThat(r.response().get("customData").get("stationCalls").asInt()).isEqualTo(3);
        assertThat(harness.queryValue("SELECT count(*) FROM ocpp.commands WHERE station_id = 'ROUTE-201'")).isEqualTo(2L);
        assertThat(harness.gateway().operator().commandQueries().find(r.id()).orElseThrow().response()
                .get("customData").get("stationCalls").asInt()).isEqualTo(3);
        assertThat(harness.gateway().reports().deviceModel().queries().variables("ROUTE-201", "C3", "Val").get(0)
                .value("Actual")).contains("v-C3");
        assertThat(harness.events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(LiveEvents.COMMAND_ANSWERED);
            assertThat(e.data()).containsEntry("id", r.id()).containsEntry("stationCalls", 3);
        });
        await(cs.close());
    }

    @Test
    void clearVariableMonitoringAndGetReportGoThroughTheirRoutes() throws Exception {
        harness.register("ROUTE-MON");
        StationClient cs = harness.connect("ROUTE-MON", OcppVersion.V201);
        List<JsonNode> reports = new CopyOnWriteArrayList<>();
        cs.onCall("GetReport", call -> {
            reports.add(call.payload());
            return Future.succeededFuture(json("{'status':'Accepted'}"));
        });
        cs.onCall("ClearVariableMonitoring", call -> {
            ArrayNode results = OcppJson.mapper().createArrayNode();
            call.payload().get("id").forEach(id -> results.addObject().put("id", id.asInt())
                    .put("status", id.asInt() == 7 ? "NotFound" : "Accepted"));
            return Future.succeededFuture(OcppJson.mapper().createObjectNode().set("clearMonitoringResult", results));
        });

        CommandResult clear = await(commands().send("ROUTE-MON", "ClearVariableMonitoring", json("{'id':[5,7]}"), "op"));
        assertThat(clear.response().get("clearMonitoringResult")).extracting(n -> n.get("status").asText())
                .containsExactly("Accepted", "NotFound");
        // the station's limits were unknown: it was asked for them first (TC_B_08), and could not answer
        assertThat(clear.response().get("customData").get("stationCalls").asInt()).isEqualTo(2);

        CommandResult report = await(commands().send("ROUTE-MON", "GetReport", json("{'requestId':40,"
                + "'componentVariable':[{'component':{'name':'EVSE'}}]}"), "op"));
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0).get("requestId").asInt()).isEqualTo(40);
        assertThat(report.response().get("status").asText()).isEqualTo("Accepted");
        assertThat(report.response().get("customData").get("requestIds")).extracting(JsonNode::asInt).containsExactly(40);
        await(cs.close());
    }

    private static String value(String station, String key) {
        return harness.gateway().reports().deviceModel().queries().value(station,
                ComponentRef.of(DeviceModelService.OCPP16_COMPONENT), VariableRef.of(key), "Actual").orElse(null);
    }
}
