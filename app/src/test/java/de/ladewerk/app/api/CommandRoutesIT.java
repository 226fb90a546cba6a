package de.ladewerk.app.api;

import static de.ladewerk.app.api.CommandApiHarness.await;
import static de.ladewerk.app.api.CommandApiHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.app.api.CommandApiHarness.Answer;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The command API end to end: HTTP → command service → station → answer, recorded and queryable. */
class CommandRoutesIT {

    private static CommandApiHarness api;
    private static StationClient station;
    private static final List<JsonNode> LISTS = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        api = new CommandApiHarness();
        station = api.station("API-CP-1", OcppVersion.V16);
        station.onCall("Reset", call -> Future.succeededFuture(json("{'status':'Accepted'}")));
        station.onCall("ReserveNow", call -> Future.succeededFuture(json("{'status':'Accepted'}")));
        station.onCall("ClearCache", call -> Promise.promise().future()); // never answers
        station.onCall("SendLocalList", call -> {
            LISTS.add(call.payload());
            return Future.succeededFuture(json("{'status':'Accepted'}"));
        });
        station.onCall("GetConfiguration", call -> Future.failedFuture(
                new de.ladewerk.ocpp.error.OcppException(de.ladewerk.ocpp.error.ErrorKind.INTERNAL_ERROR, "busy")));
        assertThat(api.post("/api/stations", "{'id':'API-OFFLINE','password':'" + CommandApiHarness.PASSWORD + "'}")
                .status()).isEqualTo(201);
    }

    @AfterAll
    static void stop() throws Exception {
        await(station.close());
        api.close();
    }

    @Test
    void anAnsweredCommandIs200WithTheStationsAnswerAndIsRecorded() throws Exception {
        Answer a = api.post("/api/stations/API-CP-1/commands/Reset", "{'type':'Soft'}");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().get("status").asText()).isEqualTo("ANSWERED");
        assertThat(a.body().at("/response/status").asText()).isEqualTo("Accepted");
        assertThat(a.body().get("requestedBy").asText()).startsWith("token:tests-"); // the caller the access guard recorded
        assertThat(a.body().get("action").asText()).isEqualTo("Reset");
        assertThat(a.body().hasNonNull("requestedAt")).isTrue();
        assertThat(a.body().hasNonNull("answeredAt")).isTrue();

        Answer one = api.get("/api/commands/" + a.body().get("id").asLong());
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body().at("/request/type").asText()).isEqualTo("Soft");
        Answer list = api.get("/api/commands?station=API-CP-1&action=Reset&limit=10");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().get("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(list.body().get("items").get(0).get("stationId").asText()).isEqualTo("API-CP-1");
        // by outcome: the answered Reset is there, and not among the timed-out ones
        assertThat(api.get("/api/commands?station=API-CP-1&action=Reset&status=ANSWERED").body().get("total").asLong())
                .isGreaterThanOrEqualTo(1);
        assertThat(api.get("/api/commands?station=API-CP-1&action=Reset&status=TIMEOUT").body().get("items"))
                .allSatisfy(c -> assertThat(c.get("status").asText()).isEqualTo("TIMEOUT"));
    }

    @Test
    void aCallErrorIs200WithTheErrorCode() throws Exception {
        Answer a = api.post("/api/stations/API-CP-1/commands/GetConfiguration", "{}");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().get("status").asText()).isEqualTo("CALL_ERROR");
        assertThat(a.body().at("/error/code").asText()).isEqualTo("InternalError");
        assertThat(a.body().has("response")).isFalse();
    }

    @Test
    void invalidPayloadsAndUnknownActionsAre400WithTheReason() throws Exception {
        Answer bad = api.post("/api/stations/API-CP-1/commands/Reset", "{'type':'Sideways'}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().at("/error/code").asText()).isEqualTo("invalid_command");
        assertThat(bad.body().at("/error/message").asText()).contains("type");
        assertThat(bad.body().at("/error/commandId").isNumber()).isTrue();
        Answer unknown = api.post("/api/stations/API-CP-1/commands/FlyToTheMoon", "{}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().at("/error/message").asText()).contains("FlyToTheMoon is not an action");
        Answer notJson = api.post("/api/stations/API-CP-1/commands/Reset", "{type");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.body().at("/error/message").asText()).contains("not JSON");
    }

    @Test
    void unknownStationIs404OfflineIs409TimeoutIs504() throws Exception {
        assertThat(api.post("/api/stations/NOBODY/commands/Reset", "{'type':'Soft'}").status()).isEqualTo(404);
        Answer offline = api.post("/api/stations/API-OFFLINE/commands/Reset", "{'type':'Soft'}");
        assertThat(offline.status()).isEqualTo(409);
        assertThat(offline.body().at("/error/code").asText()).isEqualTo("station_offline");
        Answer timeout = api.post("/api/stations/API-CP-1/commands/ClearCache", "{}");
        assertThat(timeout.status()).isEqualTo(504);
        long id = timeout.body().at("/error/commandId").asLong();
        assertThat(api.get("/api/commands/" + id).body().get("status").asText()).isEqualTo("TIMEOUT");
    }

    @Test
    void commandQueriesRefuseBadParametersAndUnknownIds() throws Exception {
        assertThat(api.get("/api/commands/999999").status()).isEqualTo(404);
        assertThat(api.get("/api/commands/abc").status()).isEqualTo(400);
        assertThat(api.get("/api/commands?limit=0").status()).isEqualTo(400);
        assertThat(api.get("/api/commands?from=yesterday").status()).isEqualTo(400);
        assertThat(api.get("/api/commands?status=LOST").status()).isEqualTo(400);
        assertThat(api.get("/api/commands?from=2000-01-01T00:00:00Z&to=2000-01-02T00:00:00Z").body().get("total")
                .asLong()).isZero();
    }

    @Test
    void aReservationMadeThroughTheApiIsListed() throws Exception {
        Answer r = api.post("/api/stations/API-CP-1/commands/ReserveNow", "{'connectorId':1,"
                + "'expiryDate':'2030-01-01T00:00:00Z','idTag':'TAG-R','reservationId':5}");
        assertThat(r.status()).isEqualTo(200);
        Answer list = api.get("/api/reservations?station=API-CP-1");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().get("items")).hasSize(1);
        assertThat(list.body().at("/items/0/reservationId").asInt()).isEqualTo(5);
        assertThat(list.body().at("/items/0/status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void aLocalListIsBuiltFromTheTokensCreatedThroughTheApi() throws Exception {
        assertThat(api.post("/api/id-tokens", "{'value':'API-CARD','type':'ISO14443'}").status()).isEqualTo(201);
        assertThat(api.send("PATCH", "/api/id-tokens/ISO14443/API-CARD", "{'status':'BLOCKED'}").status()).isEqualTo(200);
        Answer push = api.post("/api/stations/API-CP-1/local-list",
                "{'updateType':'Full','tokens':[{'type':'ISO14443','value':'API-CARD'}]}");
        assertThat(push.status()).isEqualTo(200);
        assertThat(push.body().at("/response/status").asText()).isEqualTo("Accepted");
        JsonNode sent = LISTS.get(LISTS.size() - 1);
        assertThat(sent.at("/localAuthorizationList/0/idTag").asText()).isEqualTo("API-CARD");
        assertThat(sent.at("/localAuthorizationList/0/idTagInfo/status").asText()).isEqualTo("Blocked");
        assertThat(api.post("/api/stations/API-CP-1/local-list", "{'updateType':'Sometimes'}").status()).isEqualTo(400);
        assertThat(api.post("/api/stations/API-CP-1/local-list",
                "{'tokens':[{'type':'ISO14443','value':'NOT-THERE'}]}").status()).isEqualTo(400);
        assertThat(api.post("/api/stations/API-OFFLINE/local-list", "{}").status()).isEqualTo(409);
    }
}
