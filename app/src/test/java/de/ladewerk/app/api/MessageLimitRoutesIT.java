package de.ladewerk.app.api;

import static de.ladewerk.app.api.CommandApiHarness.await;
import static de.ladewerk.app.api.CommandApiHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import io.vertx.core.Future;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** TC_B_08: an operator's ItemsPerMessage override splits GetVariables before anything the station reports. */
class MessageLimitRoutesIT {

    private static CommandApiHarness api;

    @BeforeAll
    static void start() throws Exception {
        api = new CommandApiHarness();
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
    }

    @Test
    void tc_b_08_getVariablesIsSplitByTheOperatorsOverride() throws Exception {
        StationClient cs = api.station("LIM-1", OcppVersion.V201);
        await(cs.call("BootNotification", json("{'reason':'PowerUp','chargingStation':{'model':'M','vendorName':'V'}}")));
        List<String> calls = new CopyOnWriteArrayList<>();
        cs.onCall("GetVariables", call -> {
            ArrayNode asked = (ArrayNode) call.payload().get("getVariableData");
            ArrayNode results = (ArrayNode) json("[]");
            StringBuilder names = new StringBuilder();
            asked.forEach(a -> {
                names.append(a.at("/component/name").asText()).append('.').append(a.at("/variable/name").asText()).append(' ');
                ObjectNode r = results.addObject().put("attributeStatus", "Accepted").put("attributeValue", "v");
                r.set("component", a.get("component"));
                r.set("variable", a.get("variable"));
            });
            calls.add(asked.size() + ":" + names.toString().trim());
            ObjectNode answer = (ObjectNode) json("{}");
            answer.set("getVariableResult", results);
            return Future.succeededFuture(answer);
        });

        CommandApiHarness.Answer set = api.send("PUT", "/api/stations/LIM-1/message-limits/GetVariables",
                "{'itemsPerMessage':2}");
        assertThat(set.status()).as("%s", set.body()).isEqualTo(200);
        String items = "{'getVariableData':[" + String.join(",", List.of(item("A"), item("B"), item("C"), item("D"), item("E")))
                + "]}";
        CommandApiHarness.Answer sent = api.post("/api/stations/LIM-1/commands/GetVariables", items);
        assertThat(sent.status()).as("%s", sent.body()).isEqualTo(200);
        // split 2, 2, 1 and the station was not asked for its own limits first: the override came before them
        assertThat(calls).containsExactly("2:A.Val B.Val", "2:C.Val D.Val", "1:E.Val");

        JsonNode limits = api.get("/api/stations/LIM-1/message-limits").body().get("items");
        JsonNode get = null;
        for (JsonNode row : limits) {
            if (row.get("action").asText().equals("GetVariables")) {
                get = row;
            }
        }
        assertThat(limits).hasSize(5);
        assertThat(get.at("/override/itemsPerMessage").asInt()).isEqualTo(2);
        assertThat(get.at("/effective/itemsPerMessage").asInt()).isEqualTo(2);
        assertThat(get.at("/effective/bytesPerMessage").isNull()).isTrue();

        // removed, the override no longer applies (the station reports nothing: it is asked, then one message)
        assertThat(api.send("PUT", "/api/stations/LIM-1/message-limits/GetVariables",
                "{'itemsPerMessage':null,'bytesPerMessage':null}").status()).isEqualTo(200);
        assertThat(api.get("/api/stations/LIM-1/message-limits").body().at("/items").findValues("override"))
                .allMatch(JsonNode::isNull);
        await(cs.close());
    }

    @Test
    void badOverridesAreRefused() throws Exception {
        api.post("/api/stations", "{'id':'LIM-2','password':'" + CommandApiHarness.PASSWORD + "'}");
        assertThat(api.send("PUT", "/api/stations/LIM-2/message-limits/Reset", "{'itemsPerMessage':2}").status())
                .isEqualTo(400);
        assertThat(api.send("PUT", "/api/stations/LIM-2/message-limits/GetVariables", "{'itemsPerMessage':0}").status())
                .isEqualTo(400);
        assertThat(api.send("PUT", "/api/stations/LIM-2/message-limits/GetVariables", "{'bytesPerMessage':'x'}").status())
                .isEqualTo(400);
        assertThat(api.send("PUT", "/api/stations/NOBODY/message-limits/GetVariables", "{'itemsPerMessage':2}").status())
                .isEqualTo(404);
        assertThat(api.send("PUT", "/api/stations/LIM-2/message-limits/SetVariableMonitoring",
                "{'bytesPerMessage':4096}").status()).isEqualTo(200);
    }

    private static String item(String component) {
        return "{'component':{'name':'" + component + "'},'variable':{'name':'Val'}}";
    }
}
