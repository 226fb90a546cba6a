package de.ladewerk.gateway.query.persistence;

import de.ladewerk.gateway.query.LivePowerQueries;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;

/** {@link LivePowerQueries} over {@code ocpp.sessions} and the latest sample per session in {@code ocpp.meter_samples}. */
public final class JooqLivePowerQueries implements LivePowerQueries {

    private final DSLContext db;

    public JooqLivePowerQueries(DSLContext db) {
        this.db = db;
    }

    @Override
    public List<StationPower> perStation(Instant since) {
        return db.fetch("SELECT se.station_id, sum(p.w)::float8 AS w FROM ocpp.sessions se CROSS JOIN LATERAL ("
                        + " SELECT m.normalized_value AS w FROM ocpp.meter_samples m WHERE m.session_id = se.id"
                        + " AND m.measurand = 'Power.Active.Import' AND m.phase IS NULL AND m.time > ?::timestamptz"
                        + " ORDER BY m.time DESC LIMIT 1) p WHERE se.status = 'ACTIVE' GROUP BY se.station_id ORDER BY 1",
                        since.atOffset(ZoneOffset.UTC))
                .map(r -> new StationPower(r.get(0, String.class), r.get("w", Double.class) / 1000));
    }
}
