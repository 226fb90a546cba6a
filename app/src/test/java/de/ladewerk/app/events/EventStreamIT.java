package de.ladewerk.app.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ladewerk.app.web.RunningApp;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import de.ladewerk.simulator.station.StationClientOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /api/events}: a committed status change reaches an authenticated stream; no login, no stream. */
class EventStreamIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningApp app;
    private static Vertx vertx;

    @BeforeAll
    static void start() throws Exception {
        app = RunningApp.start("events");
        app.registerStation("WOB-0301");
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get();
        app.close();
    }

    private static <T> T await(Future<T> f) throws Exception {
        return f.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    }

    @Test
    void aStatusChangeArrivesAsAServerSentEvent() throws Exception {
        HttpResponse<String> created = app.admin().post("/api/tokens", "{\"name\":\"sse-stream\",\"role\":\"viewer\"}");
        String secret = JSON.readTree(created.body()).get("token").asText();
        HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(app.baseUrl() + "/api/events?stationId=WOB-0301")).header("Authorization", "Bearer " + secret).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("content-type").orElse("")).startsWith("text/event-stream");
        BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
        CompletableFuture<JsonNode> received = CompletableFuture.supplyAsync(() -> {
            try {
                String event = null;
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.startsWith("event: ")) {
                        event = line.substring(7);
                    } else if (line.startsWith("data: ") && "connector.status".equals(event)) {
                        return JSON.readTree(line.substring(6));
                    }
                }
                return null;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        StationClient cp = await(StationClient.connect(vertx, StationClientOptions.of(app.ocppUri(), "WOB-0301", OcppVersion.V16)
                .withPassword(RunningApp.STATION_PASSWORD)));
        await(cp.call("BootNotification", JSON.readTree("{\"chargePointVendor\":\"V\",\"chargePointModel\":\"M\"}")));
        await(cp.call("StatusNotification", JSON.readTree("{\"connectorId\":2,\"errorCode\":\"NoError\",\"status\":\"Charging\"}")));
        JsonNode event = received.get(20, TimeUnit.SECONDS);
        assertThat(event.get("stationId").asText()).isEqualTo("WOB-0301");
        assertThat(event.get("data").get("status").asText()).isEqualTo("OCCUPIED");
        assertThat(event.get("data").get("protocolStatus").asText()).isEqualTo("Charging");
        assertThat(event.get("data").get("evseId").asInt()).isEqualTo(2);
        stream.body().close();
        await(cp.close());
    }

    @Test
    void withoutALoginThereIsNoStream() throws Exception {
        assertThat(app.anonymous().get("/api/events").statusCode()).isEqualTo(401);
    }
}
