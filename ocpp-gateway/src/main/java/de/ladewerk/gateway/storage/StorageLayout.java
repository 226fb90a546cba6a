package de.ladewerk.gateway.storage;

/**
 * The storage layout a database got, and in plain words what Ladewerk found and did about TimescaleDB,
 * for the start-up log and {@code /health/ready}.
 *
 * @param timescale          whether the time series are hypertables (TimescaleDB) or plain tables
 * @param extensionSchema    where the timescaledb extension is installed, or null when it is not
 * @param finding            what was found and what is done instead, e.g. why the layout is plain
 */
public record StorageLayout(boolean timescale, String extensionSchema, String finding) {

    /** "timescaledb" or "postgresql", for health details and metrics. */
    public String name() {
        return timescale ? "timescaledb" : "postgresql";
    }
}
