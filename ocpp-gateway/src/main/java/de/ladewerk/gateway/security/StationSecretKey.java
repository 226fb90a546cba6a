package de.ladewerk.gateway.security;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The server secret that keys {@link SealedSecrets}: at least 32 random bytes. Its id (the first 8 hex
 * digits of its SHA-256) is stored with each sealed password, so a changed key is recognised instead of
 * failing every station silently.
 */
public final class StationSecretKey {

    /** Shortest key accepted. */
    public static final int MIN_BYTES = 32;

    private final byte[] key;
    private final String id;

    public StationSecretKey(byte[] key) {
        if (key == null || key.length < MIN_BYTES) {
            throw new IllegalArgumentException("the station secret key must have at least " + MIN_BYTES + " bytes");
        }
        this.key = key.clone();
        this.id = HexFormat.of().formatHex(sha256(key), 0, 4);
    }

    /** From its Base64 text (configuration). */
    public static StationSecretKey fromBase64(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the station secret key is not Base64: " + e.getMessage(), e);
        }
        return new StationSecretKey(bytes);
    }

    /** A new random key. */
    public static StationSecretKey generate() {
        byte[] bytes = new byte[MIN_BYTES];
        new SecureRandom().nextBytes(bytes);
        return new StationSecretKey(bytes);
    }

    byte[] bytes() {
        return key.clone();
    }

    /** The raw key, for the table that keeps it. */
    public byte[] toBytesForStorage() {
        return key.clone();
    }

    /** 8 hex digits naming the key, never revealing it. */
    public String id() {
        return id;
    }

    /** The key as Base64, for storing it. */
    public String toBase64() {
        return Base64.getEncoder().encodeToString(key);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "StationSecretKey[" + id + "]";
    }
}
