package de.ladewerk.gateway.authorization;

/** A change the token store refuses (duplicate token, unknown parent); the message says which. */
public final class TokenStoreException extends RuntimeException {

    public TokenStoreException(String message) {
        super(message);
    }
}
