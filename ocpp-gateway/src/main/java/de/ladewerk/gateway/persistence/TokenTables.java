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

/** The authorization tables of schema ocpp (V3) for jOOQ, declared by hand. */
public final class TokenTables {

    private TokenTables() {
    }

    /** ocpp.id_tokens */
    public static final class IdTokens {
        public static final Table<Record> TABLE = table(name("ocpp", "id_tokens"));
        public static final Field<String> TYPE = field(name("id_tokens", "type"), String.class);
        public static final Field<String> VALUE = field(name("id_tokens", "value"), String.class);
        public static final Field<String> STATUS = field(name("id_tokens", "status"), String.class);
        public static final Field<OffsetDateTime> EXPIRES_AT = field(name("id_tokens", "expires_at"), OffsetDateTime.class);
        public static final Field<String> PARENT_TYPE = field(name("id_tokens", "parent_type"), String.class);
        public static final Field<String> PARENT_VALUE = field(name("id_tokens", "parent_value"), String.class);
        public static final Field<String> CUSTOMER_REF = field(name("id_tokens", "customer_ref"), String.class);
        public static final Field<JSONB> ADDITIONAL_INFO = field(name("id_tokens", "additional_info"), SQLDataType.JSONB);
        public static final Field<OffsetDateTime> CREATED_AT = field(name("id_tokens", "created_at"), OffsetDateTime.class);
        public static final Field<OffsetDateTime> UPDATED_AT = field(name("id_tokens", "updated_at"), OffsetDateTime.class);

        private IdTokens() {
        }
    }

    /** ocpp.local_lists */
    public static final class LocalLists {
        public static final Table<Record> TABLE = table(name("ocpp", "local_lists"));
        public static final Field<String> STATION_ID = field(name("local_lists", "station_id"), String.class);
        public static final Field<Integer> VERSION = field(name("local_lists", "version"), Integer.class);
        public static final Field<OffsetDateTime> UPDATED_AT = field(name("local_lists", "updated_at"), OffsetDateTime.class);

        private LocalLists() {
        }
    }

    /** ocpp.local_list_entries */
    public static final class LocalListEntries {
        public static final Table<Record> TABLE = table(name("ocpp", "local_list_entries"));
        public static final Field<String> STATION_ID = field(name("local_list_entries", "station_id"), String.class);
        public static final Field<String> TOKEN_TYPE = field(name("local_list_entries", "token_type"), String.class);
        public static final Field<String> TOKEN_VALUE = field(name("local_list_entries", "token_value"), String.class);
        public static final Field<String> STATUS = field(name("local_list_entries", "status"), String.class);
        public static final Field<OffsetDateTime> EXPIRES_AT = field(name("local_list_entries", "expires_at"), OffsetDateTime.class);
        public static final Field<String> PARENT_TYPE = field(name("local_list_entries", "parent_type"), String.class);
        public static final Field<String> PARENT_VALUE = field(name("local_list_entries", "parent_value"), String.class);

        private LocalListEntries() {
        }
    }
}
