package de.ladewerk.gateway.persistence;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/** The session tables of the ocpp schema for jOOQ, declared by hand (see V4__sessions.sql). */
public final class SessionTables {

    private SessionTables() {
    }

    /** ocpp.sessions */
    public static final class Sessions {
        public static final Table<Record> TABLE = table(name("ocpp", "sessions"));
        public static final Field<Long> ID = field(name("sessions", "id"), Long.class);
        public static final Field<String> STATION_ID = field(name("sessions", "station_id"), String.class);
        public static final Field<String> PROTOCOL_VERSION = field(name("sessions", "protocol_version"), String.class);
        public static final Field<String> TRANSACTION_ID = field(name("sessions", "transaction_id"), String.class);
        public static final Field<Integer> EVSE_ID = field(name("sessions", "evse_id"), Integer.class);
        public static final Field<Integer> CONNECTOR_ID = field(name("sessions", "connector_id"), Integer.class);
        public static final Field<String> ID_TOKEN = field(name("sessions", "id_token"), String.class);
        public static final Field<String> ID_TOKEN_TYPE = field(name("sessions", "id_token_type"), String.class);
        public static final Field<String> AUTH_STATUS = field(name("sessions", "auth_status"), String.class);
        public static final Field<OffsetDateTime> STARTED_AT = field(name("sessions", "started_at"), OffsetDateTime.class);
        public static final Field<OffsetDateTime> ENDED_AT = field(name("sessions", "ended_at"), OffsetDateTime.class);
        public static final Field<BigDecimal> METER_START_WH = field(name("sessions", "meter_start_wh"), BigDecimal.class);
        public static final Field<BigDecimal> METER_STOP_WH = field(name("sessions", "meter_stop_wh"), BigDecimal.class);
        public static final Field<BigDecimal> LAST_ENERGY_WH = field(name("sessions", "last_energy_wh"), BigDecimal.class);
        public static final Field<OffsetDateTime> LAST_ENERGY_AT = field(name("sessions", "last_energy_at"), OffsetDateTime.class);
        public static final Field<String> STOP_REASON = field(name("sessions", "stop_reason"), String.class);
        public static final Field<Integer> RESERVATION_ID = field(name("sessions", "reservation_id"), Integer.class);
        public static final Field<String> CHARGING_STATE = field(name("sessions", "charging_state"), String.class);
        public static final Field<String> STATUS = field(name("sessions", "status"), String.class);
        public static final Field<Boolean> OFFLINE = field(name("sessions", "offline"), Boolean.class);
        public static final Field<Integer> LAST_SEQ_NO = field(name("sessions", "last_seq_no"), Integer.class);
        public static final Field<String> METER_SERIAL_NUMBER = field(name("sessions", "meter_serial_number"), String.class);

        private Sessions() {
        }
    }

    /** ocpp.meter_samples */
    public static final class MeterSamples {
        public static final Table<Record> TABLE = table(name("ocpp", "meter_samples"));
        public static final Field<OffsetDateTime> TIME = field(name("meter_samples", "time"), OffsetDateTime.class);
        public static final Field<Long> SESSION_ID = field(name("meter_samples", "session_id"), Long.class);
        public static final Field<String> STATION_ID = field(name("meter_samples", "station_id"), String.class);
        public static final Field<Integer> EVSE_ID = field(name("meter_samples", "evse_id"), Integer.class);
        public static final Field<String> MEASURAND = field(name("meter_samples", "measurand"), String.class);
        public static final Field<String> PHASE = field(name("meter_samples", "phase"), String.class);
        public static final Field<String> LOCATION = field(name("meter_samples", "location"), String.class);
        public static final Field<String> CONTEXT = field(name("meter_samples", "context"), String.class);
        public static final Field<String> UNIT = field(name("meter_samples", "unit"), String.class);
        public static final Field<Integer> MULTIPLIER = field(name("meter_samples", "multiplier"), Integer.class);
        public static final Field<BigDecimal> VALUE = field(name("meter_samples", "value"), BigDecimal.class);
        public static final Field<String> FORMAT = field(name("meter_samples", "format"), String.class);

        private MeterSamples() {
        }
    }

    /** ocpp.signed_meter_values */
    public static final class SignedMeterValues {
        public static final Table<Record> TABLE = table(name("ocpp", "signed_meter_values"));
        public static final Field<Long> ID = field(name("signed_meter_values", "id"), Long.class);
        public static final Field<OffsetDateTime> TIME = field(name("signed_meter_values", "time"), OffsetDateTime.class);
        public static final Field<Long> SESSION_ID = field(name("signed_meter_values", "session_id"), Long.class);
        public static final Field<Integer> EVSE_ID = field(name("signed_meter_values", "evse_id"), Integer.class);
        public static final Field<String> MEASURAND = field(name("signed_meter_values", "measurand"), String.class);
        public static final Field<String> CONTEXT = field(name("signed_meter_values", "context"), String.class);
        public static final Field<String> SIGNED_DATA = field(name("signed_meter_values", "signed_data"), String.class);
        public static final Field<String> SIGNING_METHOD = field(name("signed_meter_values", "signing_method"), String.class);
        public static final Field<String> ENCODING_METHOD = field(name("signed_meter_values", "encoding_method"), String.class);
        public static final Field<String> PUBLIC_KEY = field(name("signed_meter_values", "public_key"), String.class);

        private SignedMeterValues() {
        }
    }
}
