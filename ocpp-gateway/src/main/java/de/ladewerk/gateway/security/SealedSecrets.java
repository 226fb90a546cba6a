package de.ladewerk.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stored form of the high-entropy station passwords Ladewerk generates: HMAC-SHA-256 of the password under
 * the server's {@link StationSecretKey}, as {@code $hmac-sha256$<key id>$<base64 mac>}. Guessing a 119-bit
 * random secret is hopeless either way, and without the key a stolen table reveals nothing; so the slow
 * Argon2id (kept for passwords people choose) buys nothing here and a reconnecting station costs one HMAC.
 * Cheap and non-blocking: safe on an event loop.
 */
public final class SealedSecrets {

    /** Prefix of a sealed (HMAC) password. */
    public static final String PREFIX = "$hmac-sha256$";
    /**
     * Prefix the migration put before the Argon2id hash of a password Ladewerk generated earlier: the
     * next successful connect re-stores it sealed.
     */
    public static final String GENERATED_PREFIX = "$ladewerk-generated$";

    private final StationSecretKey key;

    public SealedSecrets(StationSecretKey key) {
        this.key = key;
    }

    /** The stored form of a generated password. */
    public String seal(String password) {
        return PREFIX + key.id() + "$" + Base64.getEncoder().withoutPadding().encodeToString(mac(password));
    }

    /** Whether a stored hash is in this form. */
    public static boolean isSealed(String storedHash) {
        return storedHash != null && storedHash.startsWith(PREFIX);
    }

    /** Whether a stored hash is an Argon2id hash of a generated password that is to be sealed. */
    public static boolean isGeneratedArgon2(String storedHash) {
        return storedHash != null && storedHash.startsWith(GENERATED_PREFIX);
    }

    /** The Argon2id hash inside a stored hash (without the generated marker). */
    public static String argon2Part(String storedHash) {
        return isGeneratedArgon2(storedHash) ? storedHash.substring(GENERATED_PREFIX.length()) : storedHash;
    }

    /** Whether the password is the sealed one; false for another key or a malformed value. Constant time. */
    public boolean matches(String password, String storedHash) {
        if (password == null || !isSealed(storedHash)) {
            return false;
        }
        String expected = seal(password);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] mac(String password) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(key.bytes(), "HmacSHA256"));
            return m.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
