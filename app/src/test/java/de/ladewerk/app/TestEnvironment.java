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
     * cheap password hashing, an invoice issuer. Mutable, so a test can add what it needs (admin, TLS, timeouts).
     */
    public static Map<String, String> of(TestDatabase database) {
        Map<String, String> env = new HashMap<>(Map.of(
                "LADEWERK_DB_URL", database.jdbcUrl(), "LADEWERK_DB_USER", database.user(),
                "LADEWERK_DB_PASSWORD", database.password(), "LADEWERK_OCPP_PORT", "0", "LADEWERK_HTTP_PORT", "0",
                "LADEWERK_OCPP_HOST", "127.0.0.1", "LADEWERK_HTTP_HOST", "127.0.0.1", "LADEWERK_OCPP_INSTANCES", "1",
                "LADEWERK_PASSWORD_HASH_MEMORY_KIB", "1024"));
        // billing refuses to start without the letterhead §14 UStG requires
        env.put("LADEWERK_INVOICE_ISSUER_NAME", "Stadtwerke Teststadt GmbH");
        env.put("LADEWERK_INVOICE_ISSUER_ADDRESS", "Hauptstraße 1 | 38440 Wolfsburg");
        env.put("LADEWERK_INVOICE_ISSUER_VAT_ID", "DE123456789");
        return env;
    }
}
