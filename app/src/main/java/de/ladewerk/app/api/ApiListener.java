package de.ladewerk.app.api;

import de.ladewerk.gateway.admission.ConnectionLimits;
import de.ladewerk.gateway.admission.ConnectionRefusals;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;

/**
 * The API listener's connection budget: its own caps (so a flood of station sockets never takes the
 * descriptors that {@code /health} and the dashboard need), a deadline for the first request and an idle
 * timeout for kept-alive connections (the live-event stream writes a comment every 20 s, well inside it).
 *
 * @param limits      caps and the first-request deadline
 * @param idleTimeout a connection that neither reads nor writes this long is closed
 * @param refusals    the counter of refused connections, listener {@code api}
 */
public record ApiListener(ConnectionLimits limits, Duration idleTimeout, ConnectionRefusals refusals) {

    /** The defaults, counted in {@code meters}. */
    public static ApiListener defaults(MeterRegistry meters) {
        return new ApiListener(ConnectionLimits.apiDefaults(), Duration.ofSeconds(60), new ConnectionRefusals(meters, "api"));
    }

    /** The defaults, counted nowhere (tests of one route family). */
    static ApiListener uncounted() {
        return defaults(new SimpleMeterRegistry());
    }
}
