package de.ladewerk.gateway.storage;

import java.util.Locale;

/**
 * Whether Ladewerk may create the timescaledb extension in a new database ({@code database.timescale},
 * {@code LADEWERK_DB_TIMESCALE}). The database decides once, at its first migration; a database keeps the
 * layout it got.
 */
public enum TimescaleMode {
    /** Create the extension (in schema {@code public}) where the server offers and preloads it. */
    AUTO,
    /** Never create it: plain PostgreSQL layout, even where the server offers TimescaleDB. */
    OFF;

    /** Parses {@code auto} or {@code off} (any case); anything else is a clear error. */
    public static TimescaleMode parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "auto" -> AUTO;
            case "off" -> OFF;
            default -> throw new IllegalArgumentException("must be auto or off, is '" + text + "'");
        };
    }
}
