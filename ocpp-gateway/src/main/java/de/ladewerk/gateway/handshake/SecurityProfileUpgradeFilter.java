package de.ladewerk.gateway.handshake;

import de.ladewerk.gateway.security.StationSecurityRepository;
import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Completes a security profile upgrade: when a station with a pending upgrade (it accepted SetNetworkProfile
 * or ChangeConfiguration SecurityProfile) has authenticated over a connection that meets the new profile,
 * that profile becomes its stored one — from then on it may not connect below it. Runs last in the chain;
 * only TLS connections can meet a pending profile (2 or 3), so plain ones cost nothing.
 */
public final class SecurityProfileUpgradeFilter implements HandshakeFilter {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityProfileUpgradeFilter.class);

    private final StationSecurityRepository repository;
    private final WorkerExecutor blocking;

    public SecurityProfileUpgradeFilter(StationSecurityRepository repository, WorkerExecutor blocking) {
        this.repository = repository;
        this.blocking = blocking;
    }

    @Override
    public Future<Void> apply(HandshakeContext context) {
        int offered = context.connectionProfile();
        if (offered <= context.station().securityProfile()) {
            return Future.succeededFuture();
        }
        String id = context.identity();
        return blocking.executeBlocking(() -> {
            var pending = repository.pendingSecurityProfile(id);
            if (pending.isPresent() && offered >= pending.getAsInt()) {
                repository.setSecurityProfile(id, pending.getAsInt());
                LOG.info("{}: security profile upgraded to {}", id, pending.getAsInt());
            }
            return null;
        }, false).mapEmpty();
    }
}
