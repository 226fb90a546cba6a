package de.ladewerk.gateway.station;

import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;

/** Asynchronous access to the {@link StationRepository} for code on an event loop. */
public final class StationDirectory {

    private final StationRepository repository;
    private final WorkerExecutor blocking;

    public StationDirectory(StationRepository repository, WorkerExecutor blocking) {
        this.repository = repository;
        this.blocking = blocking;
    }

    /** The station's registration status now; REJECTED if it has been deleted meanwhile. */
    public Future<RegistrationStatus> registrationStatus(String stationId) {
        return blocking.executeBlocking(() -> repository.find(stationId)
                .map(StationRecord::registrationStatus).orElse(RegistrationStatus.REJECTED), false);
    }
}
