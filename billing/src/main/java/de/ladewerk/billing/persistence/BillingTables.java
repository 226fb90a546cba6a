package de.ladewerk.billing.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** Tables and typed columns of schema "billing" (see the migrations in db/billing). */
final class BillingTables {

    static final Table<Record> TARIFF_VERSIONS = table("tariff_versions");
    static final Table<Record> TARIFF_ASSIGNMENTS = table("tariff_assignments");
    static final Table<Record> METER_KEY_ENTRIES = table("meter_key_entries");
    static final Table<Record> METER_KEY_AUDIT = table("meter_key_audit");
    static final Table<Record> EICHRECHT_STATIONS = table("eichrecht_stations");
    static final Table<Record> EICHRECHT_STATION_AUDIT = table("eichrecht_station_audit");
    static final Table<Record> CDRS = table("cdrs");
    static final Table<Record> SIGNED_VALUES = table("signed_meter_values");
    static final Table<Record> HELD_SESSIONS = table("held_sessions");
    static final Table<Record> INVOICE_COUNTERS = table("invoice_counters");
    static final Table<Record> INVOICES = table("invoices");
    static final Table<Record> INVOICE_CDRS = table("invoice_cdrs");

    static final Field<String> TARIFF_ID = DSL.field(DSL.name("tariff_id"), SQLDataType.VARCHAR);
    static final Field<Integer> VERSION = DSL.field(DSL.name("version"), SQLDataType.INTEGER);
    static final Field<OffsetDateTime> VALID_FROM = time("valid_from");
    static final Field<OffsetDateTime> VALID_TO = time("valid_to");
    static final Field<JSONB> BODY = DSL.field(DSL.name("body"), SQLDataType.JSONB);
    static final Field<String> STATION_ID = text("station_id");
    static final Field<String> SITE_ID = text("site_id");
    static final Field<String> CUSTOMER_GROUP = text("customer_group");
    static final Field<Boolean> CLOCK_VALID = DSL.field(DSL.name("clock_legally_valid"), SQLDataType.BOOLEAN);
    static final Field<String> METER_SERIAL = text("meter_serial");
    static final Field<String> PUBLIC_KEY_HEX = text("public_key_hex");
    static final Field<Long> ID = DSL.field(DSL.name("id"), SQLDataType.BIGINT);
    static final Field<String> SOURCE = text("source");
    static final Field<OffsetDateTime> PROPOSED_AT = time("proposed_at");
    static final Field<String> PROPOSED_BY = text("proposed_by");
    static final Field<OffsetDateTime> DECIDED_AT = time("decided_at");
    static final Field<String> DECIDED_BY = text("decided_by");
    static final Field<String> NOTE = text("note");
    static final Field<String> ACTION = text("action");
    static final Field<String> ACTOR = text("actor");
    static final Field<OffsetDateTime> AT = time("at");
    static final Field<String> CDR_ID = text("cdr_id");
    static final Field<String> SESSION_ID = text("session_id");
    static final Field<String> CREDIT_REFERENCE_ID = text("credit_reference_id");
    static final Field<String> CUSTOMER_ID = text("customer_id");
    static final Field<OffsetDateTime> START_TIME = time("start_time");
    static final Field<OffsetDateTime> END_TIME = time("end_time");
    static final Field<OffsetDateTime> ISSUED_AT = time("issued_at");
    static final Field<String> CURRENCY = text("currency");
    static final Field<BigDecimal> TOTAL_NET = amount("total_net");
    static final Field<BigDecimal> TOTAL_VAT = amount("total_vat");
    static final Field<BigDecimal> TOTAL_GROSS = amount("total_gross");
    static final Field<Integer> SEQ = DSL.field(DSL.name("seq"), SQLDataType.INTEGER);
    static final Field<String> RAW = text("raw");
    static final Field<OffsetDateTime> HELD_AT = time("held_at");
    static final Field<JSONB> REASONS = DSL.field(DSL.name("reasons"), SQLDataType.JSONB);
    static final Field<JSONB> SESSION = DSL.field(DSL.name("session"), SQLDataType.JSONB);
    static final Field<String> STATUS = text("status");
    static final Field<OffsetDateTime> RESOLVED_AT = time("resolved_at");
    static final Field<String> RESOLVED_BY = text("resolved_by");
    static final Field<String> RESOLUTION_NOTE = text("resolution_note");
    static final Field<Integer> YEAR = DSL.field(DSL.name("year"), SQLDataType.INTEGER);
    static final Field<Integer> LAST_NUMBER = DSL.field(DSL.name("last_number"), SQLDataType.INTEGER);
    static final Field<String> INVOICE_NUMBER = text("invoice_number");
    static final Field<LocalDate> BILLING_MONTH = DSL.field(DSL.name("billing_month"), SQLDataType.LOCALDATE);
    static final Field<byte[]> PDF = DSL.field(DSL.name("pdf"), SQLDataType.BLOB);

    /** Qualified, for the correlated sub-query "not yet invoiced". */
    static final Field<String> CDRS_CDR_ID = DSL.field(DSL.name("billing", "cdrs", "cdr_id"), SQLDataType.VARCHAR);
    static final Field<String> INVOICE_CDRS_CDR_ID =
            DSL.field(DSL.name("billing", "invoice_cdrs", "cdr_id"), SQLDataType.VARCHAR);

    static final Field<Integer> COUNTER_LAST_NUMBER =
            DSL.field(DSL.name("billing", "invoice_counters", "last_number"), SQLDataType.INTEGER);

    private BillingTables() {
    }

    private static Table<Record> table(String name) {
        return DSL.table(DSL.name("billing", name));
    }

    private static Field<String> text(String name) {
        return DSL.field(DSL.name(name), SQLDataType.VARCHAR);
    }

    private static Field<OffsetDateTime> time(String name) {
        return DSL.field(DSL.name(name), SQLDataType.TIMESTAMPWITHTIMEZONE);
    }

    private static Field<BigDecimal> amount(String name) {
        return DSL.field(DSL.name(name), SQLDataType.NUMERIC(14, 2));
    }

    static OffsetDateTime utc(java.time.Instant t) {
        return t == null ? null : t.atOffset(java.time.ZoneOffset.UTC);
    }

    static java.time.Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
