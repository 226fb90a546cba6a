package de.ladewerk.gateway.persistence;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.OffsetDateTime;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/** ocpp.reservations (V5) for jOOQ, declared by hand. */
public final class ReservationTables {

    private ReservationTables() {
    }

    public static final Table<Record> TABLE = table(name("ocpp", "reservations"));
    public static final Field<String> STATION_ID = field(name("reservations", "station_id"), String.class);
    public static final Field<Integer> RESERVATION_ID = field(name("reservations", "reservation_id"), Integer.class);
    public static final Field<Integer> EVSE_ID = field(name("reservations", "evse_id"), Integer.class);
    public static final Field<String> CONNECTOR_TYPE = field(name("reservations", "connector_type"), String.class);
    public static final Field<String> ID_TOKEN_TYPE = field(name("reservations", "id_token_type"), String.class);
    public static final Field<String> ID_TOKEN = field(name("reservations", "id_token"), String.class);
    public static final Field<String> GROUP_TOKEN = field(name("reservations", "group_token"), String.class);
    public static final Field<OffsetDateTime> EXPIRES_AT = field(name("reservations", "expires_at"), OffsetDateTime.class);
    public static final Field<String> STATUS = field(name("reservations", "status"), String.class);
    public static final Field<Long> COMMAND_ID = field(name("reservations", "command_id"), Long.class);
    public static final Field<OffsetDateTime> CREATED_AT = field(name("reservations", "created_at"), OffsetDateTime.class);
    public static final Field<OffsetDateTime> UPDATED_AT = field(name("reservations", "updated_at"), OffsetDateTime.class);
}
