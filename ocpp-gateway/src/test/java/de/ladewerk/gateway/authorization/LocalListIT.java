package de.ladewerk.gateway.authorization;

import static de.ladewerk.gateway.GatewayHarness.json;
import static de.ladewerk.gateway.GatewayHarness.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.gateway.GatewayHarness;
import de.ladewerk.gateway.command.CommandResult;
import de.ladewerk.gateway.command.CommandStatus;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import io.vertx.core.Future;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Local authorization lists (full, differential, version recording), list version and cache clearing, both versions. */
class LocalListIT {

    private static GatewayHarness harness;
    private static TokenRepository tokens;
    private static LocalListService lists;

    @BeforeAll
    static void start() throws Exception {
        harness = GatewayHarness.start();
        tokens = harness.gateway().operator().tokens();
        lists = harness.gateway().operator().localLists();
        tokens.create(TokenRecord.accepted(new IdToken("FLEET", IdTokenType.CENTRAL)));
        for (String tag : List.of("LL-A", "LL-B", "LL-C")) {
            tokens.create(new TokenRecord(new IdToken(tag, IdTokenType.ISO14443), TokenStatus.ACCEPTED, null,
                    new IdToken("FLEET", IdTokenType.CENTRAL), null, List.of(), null, null));
        }
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    /** A station whose SendLocalList answers are {@code status} and whose received lists are collected. */
    private static StationClient station(String id, OcppVersion version, String status, List<JsonNode> received) {
        harness.register(id);
        StationClient s = harness.connect(id, version);
        s.onCall("SendLocalList", call -> {
            received.add(call.payload());
            return Future.succeededFuture(json("{'status':'" + status + "'}"));
        });
        return s;
    }

    private static List<IdToken> tags(String... values) {
        return java.util.Arrays.stream(values).map(v -> new IdToken(v, IdTokenType.ISO14443)).toList();
    }

    private static void block(String value) {
        TokenRecord t = tokens.find(new IdToken(value, IdTokenType.ISO14443)).orElseThrow();
        tokens.update(new TokenRecord(t.token(), TokenStatus.BLOCKED, t.expiresAt(), t.parent(), t.customerRef(),
                t.additionalInfo(), null, null));
    }

    private static Object listVersion(String station) throws Exception {
        return harness.queryValue("SELECT version FROM ocpp.local_lists WHERE station_id = '" + station + "'");
    }

    @Test
    void tc_043_4_and_5_sendLocalListFullThenDifferential() throws Exception {
        List<JsonNode> received = new CopyOnWriteArrayList<>();
        StationClient cp = station("LL-16", OcppVersion.V16, "Accepted", received);

        CommandResult full = await(lists.push("LL-16", true, tags("LL-A", "LL-B"), "op"));
        assertThat(full.status()).isEqualTo(CommandStatus.ANSWERED);
        JsonNode sent = received.get(0);
        assertThat(sent.get("updateType").asText()).isEqualTo("Full");
        assertThat(sent.get("listVersion").asInt()).isEqualTo(1);
        assertThat(sent.get("localAuthorizationList")).hasSize(2);
        assertThat(sent.at("/localAuthorizationList/0/idTagInfo/status").asText()).isEqualTo("Accepted");
        assertThat(sent.at("/localAuthorizationList/0/idTagInfo/parentIdTag").asText()).isEqualTo("FLEET");
        assertThat(listVersion("LL-16")).isEqualTo(1);

        block("LL-B");
        CommandResult diff = await(lists.push("LL-16", false, tags("LL-B", "LL-C"), "op"));
        assertThat(diff.status()).isEqualTo(CommandStatus.ANSWERED);
        JsonNode delta = received.get(1);
        assertThat(delta.get("updateType").asText()).isEqualTo("Differential");
        assertThat(delta.get("listVersion").asInt()).isEqualTo(2);
        assertThat(delta.toString())
                .contains("{\"idTag\":\"LL-B\",\"idTagInfo\":{\"parentIdTag\":\"FLEET\",\"status\":\"Blocked\"}}")
                .contains("{\"idTag\":\"LL-A\"}") // removed: no idTagInfo
                .contains("\"idTag\":\"LL-C\"");
        assertThat(listVersion("LL-16")).isEqualTo(2);
        assertThat(harness.queryValue("SELECT string_agg(token_value || ':' || status, ',' ORDER BY token_value) "
                + "FROM ocpp.local_list_entries WHERE station_id = 'LL-16'")).isEqualTo("LL-B:BLOCKED,LL-C:ACCEPTED");

        CommandResult unchanged = await(lists.push("LL-16", false, tags("LL-B", "LL-C"), "op"));
        assertThat(unchanged.request().has("localAuthorizationList")
                && unchanged.request().get("localAuthorizationList").size() > 0).as("nothing changed").isFalse();
        await(cp.close());
    }

    @Test
    void tc_043_3_sendLocalListFailedKeepsTheVersion() throws Exception {
        List<JsonNode> received = new CopyOnWriteArrayList<>();
        StationClient cp = station("LL-16-FAIL", OcppVersion.V16, "Failed", received);
        CommandResult r = await(lists.push("LL-16-FAIL", true, tags("LL-A"), "op"));
        assertThat(r.status()).isEqualTo(CommandStatus.ANSWERED);
        assertThat(r.response().get("status").asText()).isEqualTo("Failed");
        assertThat(listVersion("LL-16-FAIL")).isNull();
        await(cp.close());
    }

    @Test
    void tc_042_2_getLocalListVersionAndTc_061_clearCache() throws Exception {
        harness.register("LL-16-VER");
        StationClient cp = harness.connect("LL-16-VER", OcppVersion.V16);
        cp.onCall("GetLocalListVersion", call -> Future.succeededFuture(json("{'listVersion':0}")));
        cp.onCall("ClearCache", call -> Future.succeededFuture(json("{'status':'Accepted'}")));
        var commands = harness.gateway().operator().commands();
        assertThat(await(commands.send("LL-16-VER", "GetLocalListVersion", json("{}"), "op")).response()
                .get("listVersion").asInt()).isZero();
        CommandResult clear = await(commands.send("LL-16-VER", "ClearCache", json("{}"), "op"));
        assertThat(clear.accepted()).isTrue();
        await(cp.close());
    }

    @Test
    void tc_d_01_02_03_sendLocalListFullUpdateAndRemoveOn201() throws Exception {
        List<JsonNode> received = new CopyOnWriteArrayList<>();
        StationClient cs = station("LL-201", OcppVersion.V201, "Accepted", received);

        assertThat(await(lists.push("LL-201", true, null, "op")).accepted()).isTrue();
        JsonNode full = received.get(0);
        assertThat(full.get("versionNumber").asInt()).isEqualTo(1);
        assertThat(full.get("localAuthorizationList")).hasSize(4); // every stored token, FLEET included
        assertThat(full.toString()).contains("{\"idToken\":\"FLEET\",\"type\":\"Central\"}");

        assertThat(await(lists.push("LL-201", false, tags("LL-A", "LL-B", "LL-C"), "op")).accepted()).isTrue();
        JsonNode removal = received.get(1);
        assertThat(removal.get("versionNumber").asInt()).isEqualTo(2);
        assertThat(removal.get("localAuthorizationList")).hasSize(1);
        assertThat(removal.at("/localAuthorizationList/0/idToken/idToken").asText()).isEqualTo("FLEET");
        assertThat(removal.at("/localAuthorizationList/0").has("idTokenInfo")).isFalse();
        assertThat(listVersion("LL-201")).isEqualTo(2);
        assertThat(harness.queryValue("SELECT count(*) FROM ocpp.local_list_entries WHERE station_id = 'LL-201'"))
                .isEqualTo(3L);
        await(cs.close());
    }

    @Test
    void tc_d_04_fullWithEmptyListAndAHandWrittenListIsRecordedToo() throws Exception {
        List<JsonNode> received = new CopyOnWriteArrayList<>();
        StationClient cs = station("LL-201-EMPTY", OcppVersion.V201, "Accepted", received);
        var commands = harness.gateway().operator().commands();
        CommandResult manual = await(commands.send("LL-201-EMPTY", "SendLocalList", json("{'versionNumber':41,"
                + "'updateType':'Full','localAuthorizationList':[{'idToken':{'idToken':'X1','type':'KeyCode'},"
                + "'idTokenInfo':{'status':'Accepted'}}]}"), "op"));
        assertThat(manual.accepted()).isTrue();
        assertThat(listVersion("LL-201-EMPTY")).isEqualTo(41);

        assertThat(await(lists.push("LL-201-EMPTY", true, List.of(), "op")).accepted()).isTrue();
        assertThat(received.get(1).has("localAuthorizationList")).isFalse();
        assertThat(received.get(1).get("versionNumber").asInt()).isEqualTo(42);
        assertThat(harness.queryValue("SELECT count(*) FROM ocpp.local_list_entries WHERE station_id = 'LL-201-EMPTY'"))
                .isEqualTo(0L);
        await(cs.close());
    }

    @Test
    void tc_c_37_clearCacheAcceptedOn201() throws Exception {
        harness.register("LL-201-CACHE");
        StationClient cs = harness.connect("LL-201-CACHE", OcppVersion.V201);
        cs.onCall("ClearCache", call -> Future.succeededFuture(json("{'status':'Accepted'}")));
        assertThat(await(harness.gateway().operator().commands().send("LL-201-CACHE", "ClearCache", json("{}"), "op"))
                .accepted()).isTrue();
        await(cs.close());
    }

    @Test
    void unknownTokensInAListAreRefusedBeforeAnythingIsSent() {
        List<JsonNode> received = new CopyOnWriteArrayList<>();
        StationClient cp = station("LL-16-UNKNOWN", OcppVersion.V16, "Accepted", received);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> await(lists.push("LL-16-UNKNOWN", true,
                tags("LL-A", "NOT-THERE"), "op"))).hasMessageContaining("unknown tokens").hasMessageContaining("NOT-THERE");
        assertThat(received).isEmpty();
        await(cp.close());
    }
}
