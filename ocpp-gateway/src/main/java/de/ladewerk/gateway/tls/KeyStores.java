package de.ladewerk.gateway.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

/** Reading and writing PKCS#12 key stores. */
public final class KeyStores {

    private KeyStores() {
    }

    public static KeyStore empty() {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            return ks;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("PKCS12 is part of every JDK", e);
        }
    }

    public static KeyStore read(Path file, String password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password.toCharArray());
            return ks;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("cannot read key store " + file + ": " + e.getMessage(), e);
        }
    }

    public static void write(KeyStore ks, Path file, String password) {
        try (OutputStream out = Files.newOutputStream(file)) {
            ks.store(out, password.toCharArray());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot write key store " + file + ": " + e.getMessage(), e);
        }
    }
}
