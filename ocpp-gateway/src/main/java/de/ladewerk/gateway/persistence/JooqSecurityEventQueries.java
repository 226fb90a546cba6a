package de.ladewerk.gateway.persistence;

import de.ladewerk.gateway.securityevent.SecurityEvent;
import de.ladewerk.gateway.securityevent.SecurityEventQueries;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;

/** {@link SecurityEventQueries} on ocpp.security_events (index station_id, time DESC). */
public final class JooqSecurityEventQueries implements SecurityEventQueries {

    private final DSLContext db;

    public JooqSecurityEventQueries(DSLContext db) {
        this.db = db;
    }

    @Override
    public List<SecurityEvent> forStation(String stationId, Instant before, int limit) {
        OffsetDateTime until = before == null ? OffsetDateTime.now().plusYears(100) : OffsetDateTime.ofInstant(before, ZoneOffset.UTC);
        return db.resultQuery("SELECT station_id, type, time, tech_info, received_at FROM ocpp.security_events "
                        + "WHERE station_id = ? AND time < ? ORDER BY time DESC LIMIT ?", stationId, until, limit)
                .fetch(r -> new SecurityEvent(r.get("station_id", String.class), r.get("type", String.class),
                        r.get("time", OffsetDateTime.class).toInstant(), r.get("tech_info", String.class),
                        r.get("received_at", OffsetDateTime.class).toInstant()));
    }
}
