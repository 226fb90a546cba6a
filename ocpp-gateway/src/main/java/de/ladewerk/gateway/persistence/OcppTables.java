package de.ladewerk.gateway.persistence;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/** The ocpp schema's tables and columns for jOOQ, declared by hand (no code generation at build time). */
public final class OcppTables {

    private OcppTables() {
    }

    /** ocpp.stations */
    public static final class Stations {
        public static final Table<Record> TABLE = table(name("ocpp", "stations"));
        public static final Field<String> ID = field(name("stations", "id"), String.class);
        public static final Field<String> PASSWORD_HASH = field(name("stations", "password_hash"), String.class);
        public static final Field<String> REGISTRATION_STATUS = field(name("stations", "registration_status"), String.class);
        public static final Field<Short> SECURITY_PROFILE = field(name("stations", "security_profile"), Short.class);
        public static final Field<String> PROTOCOL_VERSION = field(name("stations", "protocol_version"), String.class);
        public static final Field<String> VENDOR = field(name("stations", "vendor"), String.class);
        public static final Field<String> MODEL = field(name("stations", "model"), String.class);
        public static final Field<String> SERIAL_NUMBER = field(name("stations", "serial_number"), String.class);
        public static final Field<String> FIRMWARE_VERSION = field(name("stations", "firmware_version"), String.class);
        public static final Field<String> DISTRICT = field(name("stations", "district"), String.class);
        public static final Field<Double> LATITUDE = field(name("stations", "latitude"), Double.class);
        public static final Field<Double> LONGITUDE = field(name("stations", "longitude"), Double.class);
        public static final Field<String> ADDRESS = field(name("stations", "address"), String.class);
        public static final Field<Boolean> ONLINE = field(name("stations", "online"), Boolean.class);
        public static final Field<UUID> CONNECTION_ID = field(name("stations", "connection_id"), UUID.class);
        public static final Field<OffsetDateTime> LAST_CONNECTED_AT = field(name("stations", "last_connected_at"), OffsetDateTime.class);
        public static final Field<OffsetDateTime> LAST_DISCONNECTED_AT = field(name("stations", "last_disconnected_at"), OffsetDateTime.class);
        public static final Field<OffsetDateTime> LAST_BOOT_AT = field(name("stations", "last_boot_at"), OffsetDateTime.class);
        public static final Field<String> LAST_BOOT_REASON = field(name("stations", "last_boot_reason"), String.class);
        public static final Field<OffsetDateTime> LAST_HEARTBEAT_AT = field(name("stations", "last_heartbeat_at"), OffsetDateTime.class);
        public static final Field<OffsetDateTime> UPDATED_AT = field(name("stations", "updated_at"), OffsetDateTime.class);

        private Stations() {
        }
    }

    /** ocpp.connectors */
    public static final class Connectors {
        public static final Table<Record> TABLE = table(name("ocpp", "connectors"));
        public static final Field<String> STATION_ID = field(name("connectors", "station_id"), String.class);
        public static final Field<Integer> EVSE_ID = field(name("connectors", "evse_id"), Integer.class);
        public static final Field<Integer> CONNECTOR_ID = field(name("connectors", "connector_id"), Integer.class);
        public static final Field<String> STATUS = field(name("connectors", "status"), String.class);
        public static final Field<String> PROTOCOL_STATUS = field(name("connectors", "protocol_status"), String.class);
        public static final Field<String> ERROR_CODE = field(name("connectors", "error_code"), String.class);
        public static final Field<String> INFO = field(name("connectors", "info"), String.class);
        public static final Field<String> VENDOR_ERROR_CODE = field(name("connectors", "vendor_error_code"), String.class);
        public static final Field<OffsetDateTime> STATUS_AT = field(name("connectors", "status_at"), OffsetDateTime.class);

        private Connectors() {
        }
    }
}
