package de.ladewerk.gateway.loadmanagement.persistence;

import java.sql.SQLException;

/** A database failure of load management's stores, unchecked (the callers run in futures that fail with it). */
public final class DataAccessException extends RuntimeException {

    DataAccessException(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
