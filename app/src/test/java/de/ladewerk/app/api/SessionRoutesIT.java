package de.ladewerk.app.api;

import static de.ladewerk.app.api.CommandApiHarness.await;
import static de.ladewerk.app.api.CommandApiHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A 1.6 session from plug-in to stop, read back through the API with its energy and curve. */
class SessionRoutesIT {

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
    void aFinishedSessionIsVisibleWithItsEnergyAndCurve() throws Exception {
        StationClient cp = api.station("SESS-API-1", OcppVersion.V16);
        await(cp.call("BootNotification", json("{'chargePointVendor':'V','chargePointModel':'M'}")));
        Instant t0 = Instant.now().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        JsonNode started = await(cp.call("StartTransaction", json("{'connectorId':1,'idTag':'TAG1','meterStart':1000,"
                + "'timestamp':'" + t0 + "'}")));
        int tx = started.get("transactionId").asInt();
        await(cp.call("MeterValues", json("{'connectorId':1,'transactionId':" + tx + ",'meterValue':[{'timestamp':'"
                + t0.plus(10, ChronoUnit.MINUTES) + "','sampledValue':[{'value':'2500','measurand':"
                + "'Energy.Active.Import.Register','unit':'Wh'},{'value':'11000','measurand':'Power.Active.Import',"
                + "'unit':'W'}]}]}")));
        await(cp.call("StopTransaction", json("{'transactionId':" + tx + ",'meterStop':4000,'timestamp':'"
                + t0.plus(20, ChronoUnit.MINUTES) + "','reason':'EVDisconnected'}")));

        CommandApiHarness.Answer list = api.get("/api/sessions?station=SESS-API-1&status=ENDED");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().get("total").asLong()).isEqualTo(1);
        JsonNode session = list.body().get("items").get(0);
        assertThat(session.get("energyWh").decimalValue()).isEqualByComparingTo("3000");
        assertThat(session.get("transactionId").asText()).isEqualTo(Integer.toString(tx));
        assertThat(session.get("stopReason").asText()).isEqualTo("EVDisconnected");

        long id = session.get("id").asLong();
        CommandApiHarness.Answer one = api.get("/api/sessions/" + id);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body().get("stationId").asText()).isEqualTo("SESS-API-1");

        JsonNode curve = api.get("/api/sessions/" + id + "/curve").body().get("items");
        assertThat(curve.findValuesAsText("measurand")).contains("Energy.Active.Import.Register", "Power.Active.Import");
        JsonNode power = api.get("/api/sessions/" + id + "/curve?measurand=Power.Active.Import&bucket=PT1M")
                .body().get("items");
        assertThat(power).hasSize(1);
        assertThat(power.get(0).get("max").decimalValue()).isEqualByComparingTo("11000");

        JsonNode lastDay = api.get("/api/stations/SESS-API-1/meter-values").body().get("items");
        assertThat(lastDay.size()).isGreaterThanOrEqualTo(4);
        await(cp.close());
    }

    @Test
    void badQueriesAreRefusedWithTheReason() throws Exception {
        assertThat(api.get("/api/sessions?status=Charging").body().get("error").get("message").asText())
                .contains("ACTIVE or ENDED");
        assertThat(api.get("/api/sessions?from=yesterday").status()).isEqualTo(400);
        assertThat(api.get("/api/sessions/abc").status()).isEqualTo(400);
        assertThat(api.get("/api/sessions/999999").status()).isEqualTo(404);
        assertThat(api.get("/api/sessions/1/curve?measurand=Power.Active.Import").status()).isEqualTo(400);
        assertThat(api.get("/api/sessions/1/curve?measurand=Power.Active.Import&bucket=PT1S").status()).isEqualTo(400);
    }
}
