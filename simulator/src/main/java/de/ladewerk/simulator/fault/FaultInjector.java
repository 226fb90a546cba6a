package de.ladewerk.simulator.fault;

import de.ladewerk.simulator.station.CsmsCallHandler;
import de.ladewerk.simulator.station.StationClient;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongUnaryOperator;

/**
 * Applies {@link FaultOptions} to one station's traffic and counts what it did, so a test can see
 * that a fault really happened. Used on the station's event loop; counters may be read anywhere.
 */
public final class FaultInjector {

    /** Frames that are not OCPP-J, in turn: a CSMS must answer or ignore them and keep the connection. */
    private static final String[] MALFORMED = {
        "this is not json", "[2,\"m1\",\"Heartbeat\"", "[9,\"m2\",\"Heartbeat\",{}]", "{\"not\":\"an array\"}",
        "[2,\"m3\",\"NoSuchAction\",{}]", "[2,\"m4\",\"Heartbeat\",{\"unexpected\":1}]"};

    private final FaultOptions options;
    private final Vertx vertx;
    private final LongUnaryOperator wallMillis;
    private final Random random;
    private final AtomicLong unanswered = new AtomicLong();
    private final AtomicLong delayed = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong malformed = new AtomicLong();
    private final AtomicLong drops = new AtomicLong();

    /**
     * @param wallMillis turns simulated milliseconds into wall-clock milliseconds
     */
    public FaultInjector(FaultOptions options, Vertx vertx, LongUnaryOperator wallMillis) {
        this.options = options;
        this.vertx = vertx;
        this.wallMillis = wallMillis;
        this.random = new Random(options.seed());
    }

    public FaultOptions options() {
        return options;
    }

    /** The handler as the faulty station runs it: sometimes never answering, answering late if so configured. */
    public CsmsCallHandler wrap(CsmsCallHandler handler) {
        if (options.answerDelay().isZero() && options.unansweredShare() == 0) {
            return handler;
        }
        return call -> {
            if (options.unansweredShare() > 0 && random.nextDouble() < options.unansweredShare()) {
                unanswered.incrementAndGet();
                return Promise.promise().future();
            }
            if (options.answerDelay().isZero()) {
                return handler.handle(call);
            }
            delayed.incrementAndGet();
            Promise<Object> answer = Promise.promise();
            vertx.setTimer(wallMillis.applyAsLong(options.answerDelay().toMillis()),
                    id -> handler.handle(call).onComplete(ar -> {
                        if (ar.succeeded()) {
                            answer.complete(ar.result());
                        } else {
                            answer.fail(ar.cause());
                        }
                    }));
            return answer.future();
        };
    }

    /** Installs the duplicate-CALL fault on a fresh connection. */
    public void attach(StationClient client) {
        if (options.duplicateShare() > 0) {
            client.onCallSent(frame -> {
                if (random.nextDouble() < options.duplicateShare()) {
                    duplicates.incrementAndGet();
                    client.sendRaw(frame);
                }
            });
        }
    }

    /** Before one of our CALLs: maybe a malformed frame first. */
    public void beforeCall(StationClient client) {
        if (options.malformedShare() > 0 && random.nextDouble() < options.malformedShare()) {
            client.sendRaw(MALFORMED[(int) (malformed.getAndIncrement() % MALFORMED.length)]);
        }
    }

    /** Wall-clock milliseconds until the next forced drop, or -1 for none. */
    public long nextDropMillis() {
        return options.dropEvery() == null ? -1 : wallMillis.applyAsLong(options.dropEvery().toMillis());
    }

    public void dropped() {
        drops.incrementAndGet();
    }

    public Duration clockSkew() {
        return options.clockSkew();
    }

    public long unansweredCalls() {
        return unanswered.get();
    }

    public long delayedAnswers() {
        return delayed.get();
    }

    public long duplicatesSent() {
        return duplicates.get();
    }

    public long malformedSent() {
        return malformed.get();
    }

    public long connectionDrops() {
        return drops.get();
    }
}
