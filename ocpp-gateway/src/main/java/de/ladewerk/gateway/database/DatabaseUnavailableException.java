package de.ladewerk.gateway.database;

/** The database cannot be reached right now: nothing was stored, the caller should retry later. */
public final class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String message) {
        super(message, null, false, false);
    }
}
