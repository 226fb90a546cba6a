package de.ladewerk.app.demo;

import de.ladewerk.simulator.behaviour.ChargingStation;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trouble now and then, so the demo's fault views have something to show: every so often a random
 * station's EVSE reports a fault (cleared again after a few minutes) or a station loses its connection
 * (it reconnects on its own and replays what it queued).
 */
final class DemoFaults implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DemoFaults.class);
    /** 1.6 ChargePointErrorCodes a public station reports most; 2.0.1 stations report Faulted without a code. */
    private static final List<String> CODES = List.of("GroundFailure", "HighTemperature", "PowerMeterFailure",
            "ConnectorLockFailure", "OverCurrentFailure", "EVCommunicationError");

    private final List<ChargingStation> stations;
    private final SplittableRandom random = new SplittableRandom();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ladewerk-demo-faults");
        t.setDaemon(true);
        return t;
    });

    /** @param everySeconds mean wall-clock seconds between two incidents */
    DemoFaults(List<ChargingStation> stations, int everySeconds) {
        this.stations = List.copyOf(stations);
        timer.scheduleWithFixedDelay(this::incident, everySeconds, everySeconds, TimeUnit.SECONDS);
    }

    private void incident() {
        ChargingStation station = stations.get(random.nextInt(stations.size()));
        if (!station.isOnline()) {
            return;
        }
        if (random.nextInt(4) == 0) {
            LOG.info("demo: {} loses its connection", station.identity());
            station.dropConnection();
            return;
        }
        int evse = 1 + random.nextInt(station.model().evses().size());
        String code = CODES.get(random.nextInt(CODES.size()));
        long minutes = 2 + random.nextInt(4);
        LOG.info("demo: {} EVSE {} reports {} for {} min", station.identity(), evse, code, minutes);
        station.fault(evse, code);
        timer.schedule(() -> station.clearFault(evse), minutes, TimeUnit.MINUTES);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
