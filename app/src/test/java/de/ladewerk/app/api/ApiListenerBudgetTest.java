package de.ladewerk.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.gateway.admission.ConnectionLimits;
import de.ladewerk.gateway.admission.ConnectionRefusals;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The API listener's own budget: an address hoarding sockets is cut off, /health still answers others. */
class ApiListenerBudgetTest {

    private final Vertx vertx = Vertx.vertx();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<Socket> sockets = new ArrayList<>();

    @AfterEach
    void close() throws IOException {
        for (Socket s : sockets) {
            s.close();
        }
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void idleSocketsOfOneAddressAreClosedAndHealthAnswersAnotherAddress() throws Exception {
        ApiVerticle api = new ApiVerticle("127.0.0.1", 0, (router, a) -> { },
                List.of(new HealthRoutes(() -> true, () -> true, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))),
                new ApiListener(new ConnectionLimits(Duration.ofSeconds(3), 3, 100), Duration.ofSeconds(60),
                        new ConnectionRefusals(meters, "api")));
        vertx.deployVerticle(api).toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        for (int i = 0; i < 10; i++) {
            sockets.add(open("127.0.0.1", api.actualPort()));
        }
        int closed = 0;
        for (Socket s : sockets) {
            closed += closedByServer(s) ? 1 : 0;
        }
        assertThat(closed).as("refused at once, or closed at the first-request deadline").isEqualTo(10);
        assertThat(meters.find(ConnectionRefusals.METER).tag("reason", "per_address").counter().count()).isEqualTo(7);

        Socket other = open("127.0.0.2", api.actualPort());
        sockets.add(other);
        other.getOutputStream().write("GET /health/live HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        String answer = new String(other.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertThat(answer).startsWith("HTTP/1.1 200");
    }

    private static Socket open(String from, int port) throws IOException {
        Socket s = new Socket();
        s.bind(new InetSocketAddress(from, 0));
        s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        s.setSoTimeout(15_000); // a bound on waiting, not a measure of speed
        return s;
    }

    private static boolean closedByServer(Socket s) {
        try {
            InputStream in = s.getInputStream();
            while (in.read() >= 0) {
                // drain
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (SocketException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
