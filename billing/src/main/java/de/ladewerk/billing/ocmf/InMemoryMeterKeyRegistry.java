package de.ladewerk.billing.ocmf;

import java.security.PublicKey;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Trusted meter keys held in memory, for tests and tools. */
public final class InMemoryMeterKeyRegistry implements MeterKeyRegistry {

    private final Map<String, PublicKey> keys = new ConcurrentHashMap<>();

    @Override
    public Optional<PublicKey> publicKey(String meterSerial) {
        return Optional.ofNullable(keys.get(meterSerial));
    }

    /** Trusts (or replaces) the key of a meter. */
    public void register(String meterSerial, PublicKey key) {
        keys.put(meterSerial, key);
    }
}
