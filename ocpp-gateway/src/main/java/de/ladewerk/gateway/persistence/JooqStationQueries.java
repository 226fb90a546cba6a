package de.ladewerk.gateway.persistence;

import de.ladewerk.gateway.persistence.OcppTables.Connectors;
import de.ladewerk.gateway.persistence.OcppTables.Stations;
import de.ladewerk.gateway.station.StationQueries;
import de.ladewerk.gateway.station.StationView;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** {@link StationQueries} through jOOQ: one query for the stations, one for their connectors. */
public final class JooqStationQueries implements StationQueries {

    private final DSLContext db;

    public JooqStationQueries(DSLContext db) {
        this.db = db;
    }

    @Override
    public List<StationView> list(int limit, int offset) {
        List<Record> stations = db.select().from(Stations.TABLE).orderBy(Stations.ID).limit(limit).offset(offset).fetch();
        return withConnectors(stations, Connectors.STATION_ID.in(stations.stream().map(r -> r.get(Stations.ID)).toList()));
    }

    @Override
    public long count() {
        return db.fetchCount(Stations.TABLE);
    }

    @Override
    public Optional<StationView> find(String id) {
        List<Record> stations = db.select().from(Stations.TABLE).where(Stations.ID.eq(id)).fetch();
        return withConnectors(stations, Connectors.STATION_ID.eq(id)).stream().findFirst();
    }

    @Override
    public boolean ping() {
        return db.fetchValue(DSL.select(DSL.inline(1))) == 1;
    }

    private List<StationView> withConnectors(List<Record> stations, Condition connectorsOf) {
        if (stations.isEmpty()) {
            return List.of();
        }
        Map<String, List<StationView.ConnectorView>> connectors = db.select().from(Connectors.TABLE).where(connectorsOf)
                .orderBy(Connectors.STATION_ID, Connectors.EVSE_ID, Connectors.CONNECTOR_ID).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.get(Connectors.STATION_ID), Collectors.mapping(r ->
                        new StationView.ConnectorView(r.get(Connectors.EVSE_ID), r.get(Connectors.CONNECTOR_ID),
                                r.get(Connectors.STATUS), r.get(Connectors.PROTOCOL_STATUS), r.get(Connectors.ERROR_CODE),
                                r.get(Connectors.INFO), instant(r.get(Connectors.STATUS_AT))), Collectors.toList())));
        return stations.stream().map(r -> new StationView(r.get(Stations.ID), r.get(Stations.REGISTRATION_STATUS),
                r.get(Stations.SECURITY_PROFILE), r.get(Stations.PROTOCOL_VERSION), r.get(Stations.ONLINE),
                r.get(Stations.VENDOR), r.get(Stations.MODEL), r.get(Stations.SERIAL_NUMBER),
                r.get(Stations.FIRMWARE_VERSION), r.get(Stations.DISTRICT), r.get(Stations.LATITUDE),
                r.get(Stations.LONGITUDE), r.get(Stations.ADDRESS), instant(r.get(Stations.LAST_BOOT_AT)), instant(r.get(Stations.LAST_HEARTBEAT_AT)),
                instant(r.get(Stations.LAST_CONNECTED_AT)), instant(r.get(Stations.LAST_DISCONNECTED_AT)),
                connectors.getOrDefault(r.get(Stations.ID), List.of()))).toList();
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
