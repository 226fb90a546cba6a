package de.ladewerk.app;

import de.ladewerk.testsupport.TestDatabase;
import java.util.HashMap;
import java.util.Map;

/** The configuration every full-application test starts from: its own database, free ports on loopback. */
public final class TestEnvironment {

    private TestEnvironment() {
    }

    /**
     * {@code LADEWERK_*} variables for {@code database}: free OCPP and HTTP ports on 127.0.0.1, one event loop,
     * cheap password hashing. Mutable, so a test can add what it needs (admin, TLS, timeouts).
     */
    public static Map<String, String> of(TestDatabase database) {
        return new HashMap<>(Map.of(
                "LADEWERK_DB_URL", database.jdbcUrl(), "LADEWERK_DB_USER", database.user(),
                "LADEWERK_DB_PASSWORD", database.password(), "LADEWERK_OCPP_PORT", "0", "LADEWERK_HTTP_PORT", "0",
                "LADEWERK_OCPP_HOST", "127.0.0.1", "LADEWERK_HTTP_HOST", "127.0.0.1", "LADEWERK_OCPP_INSTANCES", "1",
                "LADEWERK_PASSWORD_HASH_MEMORY_KIB", "1024"));
    }
}
