package de.ladewerk.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks Basic-auth passwords against stored hashes and remembers successful checks in memory (as
 * an HMAC under a per-process random key, never the password), so a station that reconnects costs
 * one HMAC instead of one Argon2 run. A changed stored hash invalidates what was remembered.
 * Blocking and CPU-heavy on a miss: call from worker threads.
 */
public final class CredentialVerifier {

    private record Verified(String storedHash, byte[] mac) {
    }

    private final PasswordHasher hasher;
    private final byte[] key = new byte[32];
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    public CredentialVerifier(PasswordHasher hasher) {
        this.hasher = hasher;
        new SecureRandom().nextBytes(key);
    }

    /**
     * Whether this password was verified against this stored hash before: one HMAC, no Argon2, so safe on
     * an event loop.
     */
    public boolean remembered(String stationId, String password, String storedHash) {
        if (password == null || storedHash == null) {
            return false;
        }
        Verified known = verified.get(stationId);
        return known != null && known.storedHash.equals(storedHash)
                && MessageDigest.isEqual(known.mac, mac(stationId, password));
    }

    /**
     * Whether {@code password} is the one whose Argon2id hash is stored for the station (also behind the
     * generated-password marker, see {@link SealedSecrets#GENERATED_PREFIX}).
     */
    public boolean verify(String stationId, String password, String storedHash) {
        if (password == null || storedHash == null) {
            return false;
        }
        if (remembered(stationId, password, storedHash)) {
            return true;
        }
        byte[] mac = mac(stationId, password);
        boolean ok = hasher.verify(password, SealedSecrets.argon2Part(storedHash));
        if (ok) {
            verified.put(stationId, new Verified(storedHash, mac));
        }
        return ok;
    }

    private byte[] mac(String stationId, String password) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(key, "HmacSHA256"));
            m.update(stationId.getBytes(StandardCharsets.UTF_8));
            m.update((byte) 0);
            return m.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | java.security.InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
