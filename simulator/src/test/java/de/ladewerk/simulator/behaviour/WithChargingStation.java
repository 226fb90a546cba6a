package de.ladewerk.simulator.behaviour;

import static de.ladewerk.simulator.testserver.Await.result;

import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.fault.FaultOptions;
import de.ladewerk.simulator.model.StationModel;
import de.ladewerk.simulator.station.StationClientOptions;
import de.ladewerk.simulator.testserver.WithMiniCsms;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;

/** Base of the station tests: one {@link ChargingStation} at a simulated minute per second, stopped after each test. */
abstract class WithChargingStation extends WithMiniCsms {

    /** One simulated minute per wall second. */
    static final double SPEED = 60;

    protected ChargingStation station;

    ChargingStation start(String identity, OcppVersion version, StationModel model, FaultOptions faults) throws Exception {
        csms.heartbeatInterval(3600);
        station = new ChargingStation(vertx, model, StationClientOptions.of(csms.endpoint(), identity, version),
                SimClock.startingAt(Instant.now(), SPEED), true, faults);
        result(station.start());
        return station;
    }

    @AfterEach
    void stopStation() throws Exception {
        if (station != null) {
            station.stop().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        }
    }

    static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(20);
        }
    }
}
