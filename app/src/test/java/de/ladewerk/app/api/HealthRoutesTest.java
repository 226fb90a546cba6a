package de.ladewerk.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Readiness answers even while the database check hangs: DOWN, not silence. */
class HealthRoutesTest {

    private final Vertx vertx = Vertx.vertx();
    private final CountDownLatch databaseHangs = new CountDownLatch(1);

    @AfterEach
    void close() {
        databaseHangs.countDown();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void aHangingDatabaseCheckIsAnsweredDownInsteadOfWaitedFor() throws Exception {
        HealthRoutes health = new HealthRoutes(() -> {
            try {
                databaseHangs.await(); // as a connection attempt to a database that does not answer
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return true;
        }, () -> true, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
        ApiVerticle api = new ApiVerticle("127.0.0.1", 0, List.of(health));
        vertx.deployVerticle(api).toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + api.actualPort() + "/health/ready"))
                        .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(databaseHangs.getCount()).as("the check is still hanging").isEqualTo(1);
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("\"database\":\"DOWN\"");
    }
}
