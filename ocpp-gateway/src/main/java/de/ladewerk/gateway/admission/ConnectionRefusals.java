package de.ladewerk.gateway.admission;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;

/**
 * The counter {@code ladewerk.connections.refused} of one listener, tagged {@code listener} and
 * {@code reason} (both bounded: a few listeners, the {@link RefusalReason}s), never by address.
 */
public final class ConnectionRefusals {

    /** The meter's name. */
    public static final String METER = "ladewerk.connections.refused";

    private final Map<RefusalReason, Counter> counters = new EnumMap<>(RefusalReason.class);

    /** @param listener e.g. {@code ocpp}, {@code ocpp-tls}, {@code api} */
    public ConnectionRefusals(MeterRegistry registry, String listener) {
        for (RefusalReason r : RefusalReason.values()) {
            counters.put(r, Counter.builder(METER).description("connections closed without being served")
                    .tag("listener", listener).tag("reason", r.tag()).register(registry));
        }
    }

    public void refused(RefusalReason reason) {
        counters.get(reason).increment();
    }
}
