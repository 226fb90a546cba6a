package de.ladewerk.app.api;

import static de.ladewerk.app.api.CommandApiHarness.await;
import static de.ladewerk.app.api.CommandApiHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.app.api.CommandApiHarness.Answer;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import io.vertx.core.Future;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Load management through the API (issue 16): a site set up with transformer, EVSEs and pushed base load,
 * its running session's allocation, and §14a reductions that only a grid operator (or admin) may issue.
 */
class GridRoutesIT {

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
    void anOperatorSetsUpASiteAndBadInputIsRefusedNamingTheField() throws Exception {
        assertThat(api.send("PUT", "/api/grid/transformers/T-NORD", "{'name':'ONS 3','limitKw':400}").status()).isEqualTo(200);
        Answer site = api.send("PUT", "/api/grid/sites/P-HALLE", "{'name':'Parkhaus Halle','transformerId':'T-NORD',"
                + "'limitKw':150,'limitAmpsPerPhase':250,'baseLoadKw':12}");
        assertThat(site.status()).isEqualTo(200);
        assertThat(site.body().get("transformerId").asText()).isEqualTo("T-NORD");
        assertThat(site.body().get("baseLoadKw").asDouble()).isEqualTo(12);

        assertThat(message(api.send("PUT", "/api/grid/sites/P-BAD", "{'limitAmpsPerPhase':250}"))).contains("limitKw");
        assertThat(message(api.send("PUT", "/api/grid/sites/P-BAD", "{'limitKw':-1,'limitAmpsPerPhase':250}")))
                .contains("limitKw");
        assertThat(message(api.send("PUT", "/api/grid/sites/P-BAD", "{'limitKw':'much','limitAmpsPerPhase':250}")))
                .contains("limitKw");
        assertThat(message(api.send("PUT", "/api/grid/sites/P-BAD", "{'limitKw':10,'limitAmpsPerPhase':25,"
                + "'transformerId':'T-NONE'}"))).contains("transformer T-NONE");
        assertThat(api.get("/api/grid/sites/P-BAD").status()).as("nothing written").isEqualTo(404);

        api.post("/api/stations", "{'id':'GRID-1'}");
        Answer evse = api.send("PUT", "/api/grid/sites/P-HALLE/evses/GRID-1/1", "{'phaseRotation':'STR','phases':3,"
                + "'maxAmps':32,'controllable':true,'priority':10}");
        assertThat(evse.status()).isEqualTo(200);
        assertThat(evse.body().get("phaseRotation").asText()).isEqualTo("STR");
        assertThat(evse.body().get("priority").asInt()).isEqualTo(10);
        assertThat(message(api.send("PUT", "/api/grid/sites/P-HALLE/evses/GRID-1/2", "{'phaseRotation':'XYZ'}")))
                .contains("phase rotation");
        assertThat(message(api.send("PUT", "/api/grid/sites/P-HALLE/evses/GRID-1/2", "{'phases':2}"))).contains("phases");
        assertThat(message(api.send("PUT", "/api/grid/sites/P-HALLE/evses/GRID-1/0", "{}"))).contains("evse");
        assertThat(message(api.send("PUT", "/api/grid/sites/P-HALLE/evses/NOBODY/1", "{}"))).contains("station NOBODY");

        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        assertThat(api.post("/api/grid/sites/P-HALLE/base-load", "{'kw':23.5,'at':'" + at + "'}").status()).isEqualTo(204);
        assertThat(message(api.post("/api/grid/sites/P-HALLE/base-load", "{'kw':-3}"))).contains("kw");
        assertThat(message(api.post("/api/grid/sites/P-HALLE/base-load", "{'kw':3,'at':'yesterday'}"))).contains("at");
        assertThat(api.post("/api/grid/sites/NOWHERE/base-load", "{'kw':3}").status()).isEqualTo(404);

        JsonNode detail = api.get("/api/grid/sites/P-HALLE").body();
        assertThat(detail.at("/site/baseLoadKw").asDouble()).as("the fresh live value holds").isEqualTo(23.5);
        assertThat(detail.at("/site/fixedBaseLoadKw").asDouble()).isEqualTo(12);
        assertThat(detail.at("/evses/0/stationId").asText()).isEqualTo("GRID-1");
        assertThat(api.get("/api/grid/sites").body().get("items")).anySatisfy(s -> assertThat(s.at("/site/id").asText()).isEqualTo("P-HALLE"));

        assertThat(api.send("DELETE", "/api/grid/sites/P-HALLE/evses/GRID-1/1", null).status()).isEqualTo(204);
        assertThat(api.send("DELETE", "/api/grid/sites/P-HALLE/evses/GRID-1/1", null).status()).isEqualTo(404);
        assertThat(api.send("DELETE", "/api/grid/sites/P-HALLE", null).status()).isEqualTo(204);
        assertThat(api.get("/api/grid/sites/P-HALLE").status()).isEqualTo(404);
    }

    @Test
    void onlyTheGridOperatorIssuesReductions_andTheyRecordWhoAsked() throws Exception {
        api.send("PUT", "/api/grid/sites/P-14A", "{'limitKw':100,'limitAmpsPerPhase':160}");
        String dso = api.token("dso-netz", "grid-operator");
        String operator = api.token("cpo-operator", "operator");
        String until = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        String body = "{'siteIds':['P-14A'],'powerKw':30,'until':'" + until + "','reference':'DSO-2026-4711'}";

        assertThat(api.sendAs(operator, "POST", "/api/grid/reductions", body).status()).isEqualTo(403);
        assertThat(api.sendAs(dso, "PUT", "/api/grid/sites/P-14A", "{'limitKw':1,'limitAmpsPerPhase':1}").status())
                .as("the grid operator changes no topology").isEqualTo(403);
        assertThat(api.sendAs(dso, "GET", "/api/grid/sites/P-14A", null).status()).isEqualTo(200);

        assertThat(message(api.sendAs(dso, "POST", "/api/grid/reductions", "{'siteIds':['P-14A'],'powerKw':30}")))
                .contains("until");
        assertThat(message(api.sendAs(dso, "POST", "/api/grid/reductions", "{'siteIds':[],'powerKw':30,'until':'"
                + until + "'}"))).contains("siteIds");
        assertThat(message(api.sendAs(dso, "POST", "/api/grid/reductions", "{'siteIds':['P-14A'],'powerKw':-5,'until':'"
                + until + "'}"))).contains("powerKw");
        assertThat(message(api.sendAs(dso, "POST", "/api/grid/reductions", "{'siteIds':['P-NONE'],'powerKw':5,'until':'"
                + until + "'}"))).contains("P-NONE");
        assertThat(api.get("/api/grid/reductions").body().get("items")).as("nothing written").isEmpty();

        Answer created = api.sendAs(dso, "POST", "/api/grid/reductions", body);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("requestedBy").asText()).isEqualTo("token:dso-netz");
        assertThat(created.body().get("active").asBoolean()).isTrue();
        long id = created.body().get("id").asLong();
        JsonNode state = api.get("/api/grid/sites").body().get("items");
        assertThat(state).anySatisfy(s -> {
            assertThat(s.at("/site/id").asText()).isEqualTo("P-14A");
            assertThat(s.at("/reductions/0/powerKw").asDouble()).isEqualTo(30);
            assertThat(s.at("/reductions/0/reference").asText()).isEqualTo("DSO-2026-4711");
        });

        assertThat(api.sendAs(operator, "POST", "/api/grid/reductions/" + id + "/revoke", null).status()).isEqualTo(403);
        assertThat(api.sendAs(dso, "POST", "/api/grid/reductions/" + id + "/revoke", null).status()).isEqualTo(204);
        assertThat(api.sendAs(dso, "POST", "/api/grid/reductions/" + id + "/revoke", null).status()).isEqualTo(404);
        assertThat(api.get("/api/grid/reductions?site=P-14A").body().get("items")).isEmpty();
        Answer byAdmin = api.post("/api/grid/reductions", body);
        assertThat(byAdmin.status()).as("admins may do everything").isEqualTo(201);
        assertThat(api.post("/api/grid/reductions/" + byAdmin.body().get("id").asLong() + "/revoke", null).status())
                .isEqualTo(204);
    }

    @Test
    void aRunningSessionsAllocationIsShownPerSite() throws Exception {
        StationClient cp = api.station("GRID-ALLOC", OcppVersion.V16);
        cp.onCall("SetChargingProfile", call -> Future.succeededFuture(json("{'status':'Accepted'}")));
        await(cp.call("BootNotification", json("{'chargePointVendor':'V','chargePointModel':'M'}")));
        api.send("PUT", "/api/grid/sites/P-ALLOC", "{'limitKw':11,'limitAmpsPerPhase':100}");
        assertThat(api.send("PUT", "/api/grid/sites/P-ALLOC/evses/GRID-ALLOC/1", "{'maxAmps':32}").status()).isEqualTo(200);
        await(cp.call("StartTransaction", json("{'connectorId':1,'idTag':'TAG-A','meterStart':0,'timestamp':'"
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "'}")));

        JsonNode allocations = json("[]");
        long deadline = System.currentTimeMillis() + 20_000;
        while (allocations.isEmpty() && System.currentTimeMillis() < deadline) {
            await(api.app().gateway().loadManagement().tick());
            allocations = api.get("/api/grid/sites/P-ALLOC/allocations").body().get("items");
        }
        assertThat(allocations).hasSize(1);
        // one car alone under 11 kW: 11 / 0.69 = 15.9 A
        assertThat(allocations.get(0).get("amps").asDouble()).isEqualTo(15.9);
        assertThat(allocations.get(0).get("stationId").asText()).isEqualTo("GRID-ALLOC");
        assertThat(api.get("/api/grid/sites/P-ALLOC").body().at("/site/allocatedKw").asDouble()).isCloseTo(10.97,
                org.assertj.core.data.Offset.offset(0.01));
    }

    private static String message(Answer a) {
        assertThat(a.status()).as(String.valueOf(a.body())).isEqualTo(400);
        return a.body().at("/error/message").asText();
    }
}
