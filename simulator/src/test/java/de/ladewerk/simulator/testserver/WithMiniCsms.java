package de.ladewerk.simulator.testserver;

import io.vertx.core.Vertx;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base of the integration tests: a fresh Vert.x and {@link MiniCsms} per test. */
public abstract class WithMiniCsms {

    protected Vertx vertx;
    protected MiniCsms csms;

    @BeforeEach
    void startCsms() throws Exception {
        vertx = Vertx.vertx();
        csms = new MiniCsms(vertx).start();
    }

    @AfterEach
    void stopCsms() throws Exception {
        csms.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
