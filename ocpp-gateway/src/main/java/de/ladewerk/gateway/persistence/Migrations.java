package de.ladewerk.gateway.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Flyway migrations of the gateway's schema {@code ocpp}. */
public final class Migrations {

    /** Where the gateway's migration scripts are on the class path. */
    public static final String LOCATION = "classpath:db/ocpp";

    private Migrations() {
    }

    /** Brings schema {@code ocpp} up to date; its own history table keeps modules independent. */
    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .schemas("ocpp")
                .table("flyway_history")
                // features were built in parallel and their numbers landed out of order (V10 before V8);
                // every migration is independent of the ones numbered between, so applying late ones is safe
                .outOfOrder(true)
                .load()
                .migrate();
    }
}
