package de.ladewerk.gateway.persistence;

import de.ladewerk.gateway.securityevent.SecurityEvent;
import de.ladewerk.gateway.securityevent.SecurityEventQueries;
import java.time.Instant;
import java.time.OffsetDateTime;
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
        // the bound time as ISO text, cast in SQL: plain-SQL binding of OffsetDateTime is not typed as timestamptz
        String until = (before == null ? Instant.parse("9999-12-31T00:00:00Z") : before).toString();
        return db.resultQuery("SELECT station_id, type, time, tech_info, received_at FROM ocpp.security_events "
                        + "WHERE station_id = ? AND time < CAST(? AS timestamptz) ORDER BY time DESC LIMIT ?",
                        stationId, until, limit)
                .fetch(r -> new SecurityEvent(r.get("station_id", String.class), r.get("type", String.class),
                        r.get("time", OffsetDateTime.class).toInstant(), r.get("tech_info", String.class),
                        r.get("received_at", OffsetDateTime.class).toInstant()));
    }
}
