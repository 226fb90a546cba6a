package de.ladewerk.gateway.pnc;

import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The revocation status of ISO 15118 certificates, by OCSP, with answers reused within their validity (the
 * response's nextUpdate, at most {@link OcspClient#MAX_REUSE}). An answer Ladewerk could not trust, or none, is
 * never reused: the next request asks again.
 */
public final class CertificateStatusService {

    /** Beyond this many cached answers, expired ones are dropped (and, if that is not enough, all). */
    static final int MAX_CACHED = 100_000;

    private final OcspClient client;
    private final WorkerExecutor blocking;
    private final Clock clock;
    private final ConcurrentHashMap<String, OcspAnswer> cache = new ConcurrentHashMap<>();

    public CertificateStatusService(OcspClient client, WorkerExecutor blocking, Clock clock) {
        this.client = client;
        this.blocking = blocking;
        this.clock = clock;
    }

    /** The certificate's status, from the cache while the last answer is valid, else from its responder. */
    public Future<OcspAnswer> status(CertificateId id) {
        OcspAnswer cached = cache.get(id.cacheKey());
        if (cached != null && clock.instant().isBefore(cached.validUntil())) {
            return Future.succeededFuture(cached);
        }
        return blocking.executeBlocking(() -> client.check(id), false).onSuccess(answer -> remember(id, answer));
    }

    private void remember(CertificateId id, OcspAnswer answer) {
        if (answer.status() == OcspStatus.UNAVAILABLE || answer.validUntil() == null) {
            cache.remove(id.cacheKey());
            return;
        }
        if (cache.size() >= MAX_CACHED) {
            cache.values().removeIf(a -> !clock.instant().isBefore(a.validUntil()));
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
        }
        cache.put(id.cacheKey(), answer);
    }
}
