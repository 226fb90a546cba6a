package de.ladewerk.gateway.handshake;

import de.ladewerk.gateway.persistence.DatabaseBreaker;
import de.ladewerk.gateway.security.PasswordHasher;
import de.ladewerk.gateway.security.StationAuthenticator;
import de.ladewerk.gateway.station.RegistrationStatus;
import de.ladewerk.gateway.station.StationRecord;
import de.ladewerk.gateway.station.StationRepository;
import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import java.util.Optional;

/**
 * Finds the station's record; an unknown station is refused or registered as Pending by policy. A refused
 * unknown station that offered credentials is refused only after the same password work as a known one
 * ({@link StationAuthenticator}), so the answer's timing does not tell which stations exist.
 */
public final class StationLookupFilter implements HandshakeFilter {

    private final StationRepository stations;
    private final WorkerExecutor blocking;
    private final UnknownStationPolicy policy;
    private final PasswordHasher hasher;
    private final StationAuthenticator authenticator;
    private final DatabaseBreaker breaker;

    /** @param breaker while open, handshakes are answered 503 at once instead of waiting for the database */
    public StationLookupFilter(StationRepository stations, WorkerExecutor blocking, UnknownStationPolicy policy,
                               PasswordHasher hasher, StationAuthenticator authenticator, DatabaseBreaker breaker) {
        this.authenticator = authenticator;
        this.breaker = breaker;
        this.stations = stations;
        this.blocking = blocking;
        this.policy = policy;
        this.hasher = hasher;
    }

    @Override
    public Future<Void> apply(HandshakeContext context) {
        String id = context.identity();
        if (!breaker.allows()) {
            return Future.failedFuture(new HandshakeRejection(503, "the database is unavailable"));
        }
        return blocking.executeBlocking(() -> lookUp(id, context), false).recover(e -> {
            if (breaker.failed(e)) {
                return Future.failedFuture(new HandshakeRejection(503, "the database is unavailable: " + e.getMessage()));
            }
            return Future.failedFuture(e);
        }).compose(found -> {
            breaker.succeeded();
            if (found.isEmpty()) {
                Optional<BasicCredentials> offered = BasicCredentials.parse(context.handshake().headers().get("Authorization"))
                        .filter(c -> c.username().equals(id));
                if (offered.isPresent()) {
                    return BasicAuthFilter.check(authenticator, context, offered.get().password(), null,
                            "unknown station " + id);
                }
                return Future.failedFuture(new HandshakeRejection(401, "unknown station " + id));
            }
            return Future.succeededFuture();
        });
    }

    private Optional<StationRecord> lookUp(String id, HandshakeContext context) {
        Optional<StationRecord> known = stations.find(id);
        if (known.isPresent()) {
            context.station(known.get());
            return known;
        }
        if (policy == UnknownStationPolicy.REJECT) {
            return Optional.empty();
        }
        BasicCredentials offered = BasicCredentials.parse(context.handshake().headers().get("Authorization"))
                .filter(c -> c.username().equals(id)).orElse(null);
        if (offered == null) {
            return Optional.empty(); // even a pending station must name itself and set a password
        }
        stations.register(id, hasher.hash(offered.password()), RegistrationStatus.PENDING);
        Optional<StationRecord> registered = stations.find(id);
        registered.ifPresent(context::station);
        return registered;
    }
}
