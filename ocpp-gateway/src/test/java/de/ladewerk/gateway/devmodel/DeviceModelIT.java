package de.ladewerk.gateway.devmodel;

import static de.ladewerk.gateway.GatewayHarness.await;
import static de.ladewerk.gateway.GatewayHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ladewerk.gateway.GatewayHarness;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.json.OcppJson;
import de.ladewerk.ocpp.v201.common.Component;
import de.ladewerk.ocpp.v201.common.Variable;
import de.ladewerk.ocpp.v201.provisioning.GetVariableData;
import de.ladewerk.ocpp.v201.provisioning.GetVariablesResponse;
import de.ladewerk.ocpp.v201.provisioning.SetVariableData;
import de.ladewerk.ocpp.v201.provisioning.SetVariablesResponse;
import de.ladewerk.simulator.station.StationClient;
import io.vertx.core.Future;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The 2.0.1 device model over a real WebSocket and database: reports, variables within limits, events, monitors. */
class DeviceModelIT {

    private static GatewayHarness harness;

    @BeforeAll
    static void start() throws Exception {
        harness = GatewayHarness.start();
    }

    @AfterAll
    static void stop() {
        harness.close();
    }


    static StationClient booted(String id) throws Exception {
        harness.register(id);
        StationClient cs = harness.connect(id, OcppVersion.V201);
        await(cs.call("BootNotification", json("{'reason':'PowerUp','chargingStation':{'model':'M','vendorName':'V'}}")));
        return cs;
    }

    private static StationReports reports() {
        return harness.gateway().reports();
    }

    /** A report part with one variable per entry: component, variable, instance, value. */
    static JsonNode reportPart(int requestId, int seqNo, boolean tbc, String... entries) throws Exception {
        ObjectNode part = (ObjectNode) json("{'requestId':" + requestId + ",'seqNo':" + seqNo + ",'tbc':" + tbc
                + ",'generatedAt':'2026-11-21T10:00:00Z'}");
        ArrayNode data = part.putArray("reportData");
        for (String e : entries) {
            String[] f = e.split("/");
            data.add(json("{'component':{'name':'" + f[0] + "'},'variable':{'name':'" + f[1] + "'"
                    + (f[2].isEmpty() ? "" : ",'instance':'" + f[2] + "'") + "},'variableAttribute':[{'type':'Actual',"
                    + "'value':'" + f[3] + "','mutability':'ReadWrite','persistent':true}],'variableCharacteristics':"
                    + "{'dataType':'integer','supportsMonitoring':false,'unit':'W','maxLimit':22000}}"));
        }
        return part;
    }

    @Test
    void tc_b_13_getBaseReportFullInventory_partsStoredAndQueryable() throws Exception {
        StationClient cs = booted("DM-REPORT");
        cs.onCall("GetBaseReport", call -> {
            int requestId = call.payload().get("requestId").asInt();
            // answer first, then the report in two parts, as a station does
            harness.vertx().setTimer(50, t -> {
                try {
                    cs.call("NotifyReport", reportPart(requestId, 0, true, "ChargingStation/Available//true",
                                    "EVSE/Power//22000"))
                            .compose(x -> {
                                try {
                                    return cs.call("NotifyReport", reportPart(requestId, 1, false,
                                            "DeviceDataCtrlr/ItemsPerMessage/GetVariables/4"));
                                } catch (Exception e) {
                                    return Future.failedFuture(e);
                                }
                            });
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            return Future.succeededFuture(json("{'status':'Accepted'}"));
        });
        JsonNode answer = await(ConnectionCaller.of(harness.gateway().connections())
                .call("DM-REPORT", "GetBaseReport", json("{'requestId':7,'reportBase':'FullInventory'}")));
        assertThat(answer.get("status").asText()).isEqualTo("Accepted");

        ReportStatus status = poll(() -> reports().deviceModel().queries()
                .report("DM-REPORT", ReportPart.Kind.Report, 7).filter(ReportStatus::complete).orElse(null));
        assertThat(status.parts()).isEqualTo(2);
        assertThat(status.items()).isEqualTo(3);
        List<VariableView> vars = reports().deviceModel().queries().variables("DM-REPORT", null, null);
        assertThat(vars).extracting(v -> v.component().name() + "." + v.variable().name() + "=" + v.value("Actual").orElse("?"))
                .containsExactly("ChargingStation.Available=true", "DeviceDataCtrlr.ItemsPerMessage=4", "EVSE.Power=22000");
        VariableView power = reports().deviceModel().queries().variables("DM-REPORT", "EVSE", "Power").get(0);
        assertThat(power.characteristics().unit()).isEqualTo("W");
        assertThat(power.characteristics().maxLimit()).isEqualByComparingTo("22000");
        assertThat(power.attributes().get(0).mutability()).isEqualTo("ReadWrite");

        // the same part again changes nothing (idempotent), a part alone is not a complete report
        await(cs.call("NotifyReport", reportPart(7, 1, false, "DeviceDataCtrlr/ItemsPerMessage/GetVariables/4")));
        await(cs.call("NotifyReport", reportPart(8, 1, false, "X/Y//1")));
        assertThat(reports().deviceModel().queries().report("DM-REPORT", ReportPart.Kind.Report, 7).orElseThrow().parts())
                .isEqualTo(2);
        assertThat(reports().deviceModel().queries().report("DM-REPORT", ReportPart.Kind.Report, 8).orElseThrow().complete())
                .isFalse();
        await(cs.close());
    }

    @Test
    void tc_b_08_getAndSetVariablesSplitOverItemsPerMessage() throws Exception {
        StationClient cs = booted("DM-SPLIT");
        await(cs.call("NotifyReport", reportPart(1, 0, false, "DeviceDataCtrlr/ItemsPerMessage/GetVariables/2",
                "DeviceDataCtrlr/ItemsPerMessage/SetVariables/3")));
        List<Integer> getSizes = new CopyOnWriteArrayList<>();
        cs.onCall("GetVariables", call -> {
            ArrayNode asked = (ArrayNode) call.payload().get("getVariableData");
            getSizes.add(asked.size());
            ArrayNode results = OcppJson.mapper().createArrayNode();
            asked.forEach(a -> result(results, a, "Accepted")
                    .put("attributeValue", "v-" + a.get("component").get("name").asText()));
            return Future.succeededFuture(OcppJson.mapper().createObjectNode().set("getVariableResult", results));
        });
        List<Integer> setSizes = new CopyOnWriteArrayList<>();
        cs.onCall("SetVariables", call -> {
            ArrayNode asked = (ArrayNode) call.payload().get("setVariableData");
            setSizes.add(asked.size());
            ArrayNode results = OcppJson.mapper().createArrayNode();
            asked.forEach(a -> result(results, a, a.get("attributeValue").asText().equals("bad") ? "Rejected" : "Accepted"));
            return Future.succeededFuture(OcppJson.mapper().createObjectNode().set("setVariableResult", results));
        });

        List<GetVariableData> gets = IntStream.range(0, 5).mapToObj(i ->
                new GetVariableData(null, new Component(null, "C" + i, null), new Variable("Val", null))).toList();
        GetVariablesResponse got = await(reports().variables().getVariables("DM-SPLIT", gets));
        assertThat(getSizes).containsExactly(2, 2, 1);
        assertThat(got.getVariableResult()).extracting(GetVariableResultView::of)
                .containsExactly("C0=v-C0", "C1=v-C1", "C2=v-C2", "C3=v-C3", "C4=v-C4");
        assertThat(reports().deviceModel().queries().variables("DM-SPLIT", "C3", "Val").get(0).value("Actual"))
                .contains("v-C3");

        List<SetVariableData> sets = IntStream.range(0, 4).mapToObj(i -> new SetVariableData(null, i == 1 ? "bad" : "s" + i,
                new Component(null, "S" + i, null), new Variable("Val", null))).toList();
        SetVariablesResponse set = await(reports().variables().setVariables("DM-SPLIT", sets));
        assertThat(setSizes).containsExactly(3, 1);
        assertThat(set.setVariableResult()).hasSize(4);
        // only what the station accepted is stored
        assertThat(reports().deviceModel().queries().variables("DM-SPLIT", "S0", null).get(0).value("Actual")).contains("s0");
        assertThat(reports().deviceModel().queries().variables("DM-SPLIT", "S1", null)).isEmpty();
        await(cs.close());
    }

    @Test
    void tc_b_08_limitsTheStationNeverReportedAreAskedForBeforeSplitting() throws Exception {
        StationClient cs = booted("DM-ASK");
        List<String> asked = new CopyOnWriteArrayList<>();
        cs.onCall("GetVariables", call -> {
            ArrayNode items = (ArrayNode) call.payload().get("getVariableData");
            ArrayNode results = OcppJson.mapper().createArrayNode();
            items.forEach(a -> {
                String variable = a.get("variable").get("name").asText();
                asked.add(items.size() + ":" + a.get("component").get("name").asText() + "." + variable);
                if (variable.equals("ItemsPerMessage")) {
                    result(results, a, "Accepted").put("attributeValue", "2");
                } else if (variable.equals("BytesPerMessage")) {
                    result(results, a, "UnknownVariable");
                } else {
                    result(results, a, "Accepted").put("attributeValue", "v");
                }
            });
            return Future.succeededFuture(OcppJson.mapper().createObjectNode().set("getVariableResult", results));
        });
        List<GetVariableData> gets = IntStream.range(0, 5).mapToObj(i ->
                new GetVariableData(null, new Component(null, "C" + i, null), new Variable("Val", null))).toList();

        assertThat(await(reports().variables().getVariables("DM-ASK", gets)).getVariableResult()).hasSize(5);
        assertThat(asked).containsExactly("1:DeviceDataCtrlr.ItemsPerMessage", "1:DeviceDataCtrlr.BytesPerMessage",
                "2:C0.Val", "2:C1.Val", "2:C2.Val", "2:C3.Val", "1:C4.Val");
        assertThat(reports().deviceModel().queries().variables("DM-ASK", "DeviceDataCtrlr", "ItemsPerMessage").get(0)
                .value("Actual")).contains("2");

        // the limit is known now: the next command is split without asking again
        asked.clear();
        await(reports().variables().getVariables("DM-ASK", gets.subList(0, 3)));
        assertThat(asked).containsExactly("2:C0.Val", "2:C1.Val", "1:C2.Val");
        await(cs.close());
    }

    /** A result entry for the asked component and variable. */
    private static ObjectNode result(ArrayNode results, JsonNode asked, String status) {
        ObjectNode r = results.addObject();
        r.put("attributeStatus", status);
        r.set("component", asked.get("component"));
        r.set("variable", asked.get("variable"));
        return r;
    }

    /** Test-side spelling of a GetVariables result. */
    private static final class GetVariableResultView {
        static String of(de.ladewerk.ocpp.v201.provisioning.GetVariableResult r) {
            return r.component().name() + "=" + r.attributeValue();
        }
    }

    @Test
    void tc_n_21_notifyEventStoredAndUpdatesActualValue() throws Exception {
        StationClient cs = booted("DM-EVENT");
        await(cs.call("NotifyReport", reportPart(1, 0, false, "EVSE/Power//11000")));
        JsonNode event = json("{'generatedAt':'2026-11-21T10:00:00Z','seqNo':0,'eventData':[{'eventId':1,"
                + "'timestamp':'2026-11-21T10:00:00Z','trigger':'Alerting','actualValue':'7000','component':{'name':'EVSE'},"
                + "'variable':{'name':'Power'},'eventNotificationType':'HardWiredMonitor','techCode':'T1'},{'eventId':2,"
                + "'timestamp':'2026-11-21T10:00:05Z','trigger':'Delta','actualValue':'7400','component':{'name':'EVSE'},"
                + "'variable':{'name':'Power'},'eventNotificationType':'HardWiredMonitor'}]}");
        await(cs.call("NotifyEvent", event));
        await(cs.call("NotifyEvent", event)); // a retry stores nothing twice
        List<DeviceEvent> events = reports().deviceModel().queries().events("DM-EVENT", 10);
        assertThat(events).extracting(DeviceEvent::eventId).containsExactly(2, 1);
        assertThat(events.get(1).techCode()).isEqualTo("T1");
        VariableView power = reports().deviceModel().queries().variables("DM-EVENT", "EVSE", "Power").get(0);
        assertThat(power.value("Actual")).contains("7400"); // the later event wins
        assertThat(power.characteristics().maxLimit()).isEqualByComparingTo("22000"); // kept from the report
        await(cs.close());
    }

    @Test
    void tc_n_47_monitoringReportAllThenClearMonitoring() throws Exception {
        StationClient cs = booted("DM-MON");
        await(cs.call("NotifyMonitoringReport", json("{'requestId':3,'seqNo':0,'generatedAt':'2026-11-21T10:00:00Z',"
                + "'monitor':[{'component':{'name':'EVSE','evse':{'id':1}},'variable':{'name':'Power'},'variableMonitoring':"
                + "[{'id':11,'transaction':false,'value':20000,'type':'UpperThreshold','severity':4},"
                + "{'id':12,'transaction':true,'value':100,'type':'Delta','severity':7}]}]}")));
        assertThat(reports().deviceModel().queries().monitors("DM-MON")).extracting(m -> m.id() + ":" + m.type()
                + "@" + m.component().name() + "#" + m.component().evseId()).containsExactly("11:UpperThreshold@EVSE#1",
                "12:Delta@EVSE#1");
        assertThat(reports().deviceModel().queries().report("DM-MON", ReportPart.Kind.MonitoringReport, 3)
                .orElseThrow().complete()).isTrue();

        cs.onCall("ClearVariableMonitoring", call -> {
            ArrayNode results = OcppJson.mapper().createArrayNode();
            call.payload().get("id").forEach(id -> results.addObject().put("id", id.asInt())
                    .put("status", id.asInt() == 11 ? "Accepted" : "NotFound"));
            return Future.succeededFuture(OcppJson.mapper().createObjectNode().set("clearMonitoringResult", results));
        });
        await(reports().variables().clearVariableMonitoring("DM-MON", List.of(11, 99)));
        assertThat(reports().deviceModel().queries().monitors("DM-MON")).extracting(Monitor::id).containsExactly(12);
        await(cs.close());
    }

    @Test
    void ocpp16ConfigurationKeysStoredAsComponentOcpp16() throws Exception {
        harness.register("DM-16");
        await(reports().deviceModel().storeConfiguration("DM-16", json("{'configurationKey':[{'key':'HeartbeatInterval',"
                + "'readonly':false,'value':'300'},{'key':'NumberOfConnectors','readonly':true,'value':'2'}],"
                + "'unknownKey':['Foo']}")));
        List<VariableView> vars = reports().deviceModel().queries().variables("DM-16", "OCPP16", null);
        assertThat(vars).extracting(v -> v.variable().name() + "=" + v.value("Actual").orElse("?") + "/"
                + v.attributes().get(0).mutability()).containsExactly("HeartbeatInterval=300/ReadWrite",
                "NumberOfConnectors=2/ReadOnly");
    }

    static <T> T poll(java.util.function.Supplier<T> probe) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("condition not reached within 20 s");
    }
}
