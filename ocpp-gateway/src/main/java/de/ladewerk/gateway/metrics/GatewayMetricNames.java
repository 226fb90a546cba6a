package de.ladewerk.gateway.metrics;

/** Meter names of the gateway. Tags are bounded: version, action (from the registry), outcome, status. */
public final class GatewayMetricNames {

    /** Gauge: open station connections, tag {@code version}. */
    public static final String CONNECTIONS = "ladewerk.ocpp.connections";
    /** Counter: calls handled, tags {@code version, action, direction, outcome}. */
    public static final String CALLS = "ladewerk.ocpp.calls";
    /** Timer: from receiving a station's call to sending the answer, tags {@code version, action}. */
    public static final String CALL_DURATION = "ladewerk.ocpp.call.duration";
    /** Counter: refused upgrades, tag {@code status}. */
    public static final String HANDSHAKES_REJECTED = "ladewerk.ocpp.handshakes.rejected";
    /** Counter: frames that could not be parsed, tag {@code version}. */
    public static final String BAD_FRAMES = "ladewerk.ocpp.frames.invalid";
    /** Timer: one group-commit transaction. */
    public static final String DB_WRITE_DURATION = "ladewerk.db.write.duration";
    /** Distribution: submissions per group-commit transaction. */
    public static final String DB_WRITE_BATCH_SIZE = "ladewerk.db.write.batch.size";
    /** Gauge: submissions waiting for the group-commit writer (answers held back until they commit). */
    public static final String DB_WRITE_QUEUED = "ladewerk.db.write.queued";
    /** Counter: failed group-commit transactions. */
    public static final String DB_WRITE_FAILURES = "ladewerk.db.write.failures";

    private GatewayMetricNames() {
    }

    /** Gauge: Argon2id station password checks waiting for the password pool. */
    public static final String PASSWORD_CHECKS_WAITING = "ladewerk.ocpp.password.checks.waiting";
}
