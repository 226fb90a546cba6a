package de.ladewerk.gateway.persistence;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.OffsetDateTime;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/** ocpp.commands (V5) for jOOQ, declared by hand. */
public final class CommandTables {

    private CommandTables() {
    }

    public static final Table<Record> TABLE = table(name("ocpp", "commands"));
    public static final Field<Long> ID = field(name("commands", "id"), Long.class);
    public static final Field<String> STATION_ID = field(name("commands", "station_id"), String.class);
    public static final Field<String> PROTOCOL_VERSION = field(name("commands", "protocol_version"), String.class);
    public static final Field<String> ACTION = field(name("commands", "action"), String.class);
    public static final Field<JSONB> REQUEST = field(name("commands", "request"), SQLDataType.JSONB);
    public static final Field<String> REQUESTED_BY = field(name("commands", "requested_by"), String.class);
    public static final Field<OffsetDateTime> REQUESTED_AT = field(name("commands", "requested_at"), OffsetDateTime.class);
    public static final Field<String> STATUS = field(name("commands", "status"), String.class);
    public static final Field<JSONB> RESPONSE = field(name("commands", "response"), SQLDataType.JSONB);
    public static final Field<String> ERROR_CODE = field(name("commands", "error_code"), String.class);
    public static final Field<String> ERROR_DESCRIPTION = field(name("commands", "error_description"), String.class);
    public static final Field<OffsetDateTime> ANSWERED_AT = field(name("commands", "answered_at"), OffsetDateTime.class);
}
