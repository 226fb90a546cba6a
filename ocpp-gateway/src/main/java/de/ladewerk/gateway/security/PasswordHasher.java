package de.ladewerk.gateway.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Argon2id password hashes (salted, self-describing PHC strings) through password4j. The cost is
 * configurable because a city-wide reconnect after an outage verifies thousands of passwords at once.
 */
public final class PasswordHasher {

    private final Argon2Function function;

    /**
     * @param memoryKib  memory per hash in KiB
     * @param iterations passes over the memory
     */
    public PasswordHasher(int memoryKib, int iterations) {
        this.function = Argon2Function.getInstance(memoryKib, iterations, 1, 32, Argon2.ID);
    }

    /** A new salted hash of the password. */
    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(function).getResult();
    }

    /** Whether the password matches the stored hash; the hash's own parameters are used. */
    public boolean verify(String password, String storedHash) {
        if (password == null || storedHash == null) {
            return false;
        }
        try {
            return Password.check(password, storedHash).with(Argon2Function.getInstanceFromHash(storedHash));
        } catch (RuntimeException e) {
            return false; // a malformed stored hash verifies nothing
        }
    }
}
