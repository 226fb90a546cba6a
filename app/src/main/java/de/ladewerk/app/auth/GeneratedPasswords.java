package de.ladewerk.app.auth;

import java.security.SecureRandom;

/** Passwords Ladewerk generates (first admin, demo): never a fixed default anyone could guess. */
public final class GeneratedPasswords {

    // no 0/O, 1/l/I: the admin password is typed from the console
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private GeneratedPasswords() {
    }

    /** 24 characters (≈ 140 bits): fits OCPP's BasicAuthPassword (16–40) and the dashboard's minimum. */
    public static String password() {
        StringBuilder b = new StringBuilder(24);
        for (int i = 0; i < 24; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
