package de.ladewerk.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import de.ladewerk.simulator.station.StationClientOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dashboard's resources: summary, faults and their acknowledgement, status history, utilisation charts. */
class DashboardApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningApp app;
    private static Vertx clients;
    private static StationClient station;

    @BeforeAll
    static void start() throws Exception {
        app = RunningApp.start("dash");
        app.registerStation("WOB-0101");
        app.registerStation("WOB-0102");
        app.sql("UPDATE ocpp.stations SET district = 'Fallersleben' WHERE id = 'WOB-0101'");
        clients = Vertx.vertx();
        station = await(StationClient.connect(clients, StationClientOptions.of(app.ocppUri(), "WOB-0101", OcppVersion.V16)
                .withPassword(RunningApp.STATION_PASSWORD)));
        await(station.call("BootNotification", JSON.readTree("{\"chargePointVendor\":\"V\",\"chargePointModel\":\"M\"}")));
        status(1, "Available", "NoError");
        status(2, "Faulted", "GroundFailure");
    }

    @AfterAll
    static void stop() throws Exception {
        await(station.close());
        await(clients.close());
        app.close();
    }

    private static void status(int connector, String status, String error) throws Exception {
        await(station.call("StatusNotification", JSON.readTree("{\"connectorId\":" + connector
                + ",\"errorCode\":\"" + error + "\",\"status\":\"" + status + "\"}")));
    }

    private static <T> T await(Future<T> f) throws Exception {
        return f.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    }

    @Test
    void theSummaryCountsStationsByState() throws Exception {
        RunningApp.Client viewer = app.user("dash-viewer", "viewer");
        JsonNode s = viewer.json(viewer.get("/api/dashboard/summary")).get("stations");
        assertThat(s.get("total").asLong()).isEqualTo(2);
        assertThat(s.get("online").asLong()).isEqualTo(1);
        assertThat(s.get("offline").asLong()).isEqualTo(1);
        assertThat(s.get("faulted").asLong()).isEqualTo(1);
    }

    @Test
    void aFaultIsListedAndAnOperatorAcknowledgesIt() throws Exception {
        RunningApp.Client operator = app.user("dash-operator", "operator");
        JsonNode fault = null;
        for (JsonNode f : operator.json(operator.get("/api/faults")).get("items")) {
            if (f.get("stationId").asText().equals("WOB-0101") && f.get("evseId").asInt() == 2) {
                fault = f;
            }
        }
        assertThat(fault).isNotNull();
        assertThat(fault.get("kind").asText()).isEqualTo("CONNECTOR");
        assertThat(fault.get("errorCode").asText()).isEqualTo("GroundFailure");
        assertThat(fault.get("district").asText()).isEqualTo("Fallersleben");
        assertThat(fault.get("acknowledgement").isNull()).isTrue();

        RunningApp.Client viewer = app.user("dash-viewer2", "viewer");
        String ack = "{\"stationId\":\"WOB-0101\",\"kind\":\"CONNECTOR\",\"evseId\":2,\"connectorId\":1,\"since\":\""
                + fault.get("since").asText() + "\",\"comment\":\"Techniker unterwegs\"}";
        assertThat(viewer.post("/api/faults/acknowledgements", ack).statusCode()).isEqualTo(403);
        HttpResponse<String> done = operator.post("/api/faults/acknowledgements", ack);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(201);

        JsonNode after = null;
        for (JsonNode f : operator.json(operator.get("/api/faults")).get("items")) {
            if (f.get("stationId").asText().equals("WOB-0101") && f.get("evseId").asInt() == 2) {
                after = f;
            }
        }
        assertThat(after.get("acknowledgement").get("by").asText()).isEqualTo("dash-operator");
        assertThat(after.get("acknowledgement").get("comment").asText()).isEqualTo("Techniker unterwegs");
    }

    @Test
    void aBadAcknowledgementIsRefusedClearly() throws Exception {
        RunningApp.Client operator = app.user("dash-operator3", "operator");
        HttpResponse<String> r = operator.post("/api/faults/acknowledgements", "{\"stationId\":\"X\",\"kind\":\"NOPE\",\"since\":\"2026-01-01T00:00:00Z\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(operator.json(r).get("error").get("message").asText()).contains("kind");
        HttpResponse<String> date = operator.post("/api/faults/acknowledgements", "{\"stationId\":\"X\",\"kind\":\"OFFLINE\",\"since\":\"yesterday\"}");
        assertThat(date.statusCode()).isEqualTo(400);
    }

    @Test
    void theStatusHistoryListsWhatTheStationReported() throws Exception {
        RunningApp.Client viewer = app.user("dash-viewer3", "viewer");
        HttpResponse<String> r = viewer.get("/api/stations/WOB-0101/status-history?days=1");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode items = viewer.json(r).get("items");
        assertThat(items.size()).isGreaterThanOrEqualTo(2);
        assertThat(items.toString()).contains("GroundFailure").contains("Available");
        assertThat(viewer.get("/api/stations/WOB-0101/status-history?days=0").statusCode()).isEqualTo(400);
    }

    @Test
    void utilisationChartsHaveEveryWeekdayHourAndEveryDistrict() throws Exception {
        app.sql("INSERT INTO ocpp.status_events (time, station_id, evse_id, connector_id, status, protocol_status) VALUES "
                + "(now() - interval '3 hours', 'WOB-0102', 1, 1, 'OCCUPIED', 'Charging'), "
                + "(now() - interval '2 hours', 'WOB-0102', 1, 1, 'AVAILABLE', 'Available')");
        app.sql("INSERT INTO ocpp.connectors (station_id, evse_id, connector_id, status, protocol_status, status_at) "
                + "VALUES ('WOB-0102', 1, 1, 'AVAILABLE', 'Available', now()) ON CONFLICT DO NOTHING");
        RunningApp.Client viewer = app.user("dash-viewer4", "viewer");
        JsonNode heat = viewer.json(viewer.get("/api/charts/utilisation?days=7"));
        assertThat(heat.get("cells").size()).isEqualTo(168);
        double total = 0;
        for (JsonNode c : heat.get("cells")) {
            total += c.get("utilisation").asDouble();
        }
        assertThat(total).isGreaterThan(0);
        JsonNode districts = viewer.json(viewer.get("/api/charts/districts?days=7")).get("items");
        assertThat(districts.toString()).contains("Fallersleben");
        assertThat(districts.size()).isEqualTo(2); // Fallersleben and the station without a district
    }
}
