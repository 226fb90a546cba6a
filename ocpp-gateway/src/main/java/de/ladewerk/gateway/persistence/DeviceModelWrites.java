package de.ladewerk.gateway.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Positional statement parameters for the device-model and station-report stores: an
 * {@link Instant} becomes a UTC timestamp, everything else (null included) goes as it is.
 */
final class DeviceModelWrites {

    private DeviceModelWrites() {
    }

    static GroupCommitWriter.Write write(String sql, Object... values) {
        Object[] bound = values.clone();
        for (int i = 0; i < bound.length; i++) {
            if (bound[i] instanceof Instant t) {
                bound[i] = OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
            }
        }
        return new GroupCommitWriter.Write(sql, ps -> {
            for (int i = 0; i < bound.length; i++) {
                ps.setObject(i + 1, bound[i]);
            }
        });
    }

    static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
