package de.ladewerk.gateway.storage;

import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The storage layout the migrations build, on whichever server the tests got: with TimescaleDB the
 * extension in schema public, the hypertables, their compression, retention and refresh policies and the
 * continuous aggregates; on plain PostgreSQL the monthly partitions of meter_samples and the materialized
 * views Ladewerk refreshes. Checks of one layout are skipped (assumptions) on the other, never passed;
 * {@link PlainStorageLayoutIT} runs the same class on a database that stays plain PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StorageLayoutIT {

    private static final List<String> HYPERTABLES = List.of("connection_events", "device_events", "firmware_events",
            "meter_samples", "security_events", "status_events");
    private static final List<String> COMPRESSED = List.of("connection_events", "device_events", "meter_samples",
            "status_events");

    private MigratedDatabase db;

    /** Whether this class's database must stay plain PostgreSQL. */
    boolean plain() {
        return false;
    }

    @BeforeAll
    void migrate() {
        db = new MigratedDatabase(plain() ? "storage_layout_plain" : "storage_layout", plain());
    }

    @AfterAll
    void drop() {
        db.close();
    }

    @Test
    void theLayoutFollowsWhetherTheServerOffersTimescaleDb() throws Exception {
        assertThat(db.timescale()).as("timescaledb offered by the server but not in shared_preload_libraries?")
                .isEqualTo(db.database.timescaleAvailable());
        assertThat(db.bool("SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'timescaledb')"))
                .isEqualTo(db.timescale());
    }

    @Test
    void theExtensionIsInSchemaPublicSoUnqualifiedCallsWork() throws Exception {
        assumeTrue(db.timescale(), "TimescaleDB layout only");
        assertThat(db.first("SELECT extnamespace::regnamespace FROM pg_extension WHERE extname = 'timescaledb'"))
                .containsExactly("public");
        // a session with the default search path, as psql has it
        db.sql("CALL refresh_continuous_aggregate('ocpp.power_15m', NULL, NULL)");
        assertThat(db.first("SELECT time_bucket(INTERVAL '1 hour', TIMESTAMPTZ '2026-01-01 10:17:00+00')::text"))
                .containsExactly("2026-01-01 10:00:00+00");
    }

    @Test
    void timeSeriesTablesAreHypertables() throws Exception {
        assumeTrue(db.timescale(), "TimescaleDB layout only");
        assertThat(db.first("SELECT hypertable_name FROM timescaledb_information.hypertables "
                + "WHERE hypertable_schema = 'ocpp' ORDER BY 1")).containsExactlyElementsOf(HYPERTABLES);
        assertThat(db.first("SELECT hypertable_name FROM timescaledb_information.hypertables "
                + "WHERE hypertable_schema = 'ocpp' AND compression_enabled ORDER BY 1"))
                .containsExactlyElementsOf(COMPRESSED);
        for (String table : COMPRESSED) {
            assertThat(db.first("SELECT segmentby || ' / ' || orderby FROM timescaledb_information"
                    + ".hypertable_compression_settings WHERE hypertable = 'ocpp." + table + "'::regclass"))
                    .as(table).singleElement().asString().startsWith("station_id / ").contains("time").contains("DESC");
        }
        // the monthly partitions belong to the plain layout only
        assertThat(db.number("SELECT count(*) FROM pg_partitioned_table")).isZero();
        assertThat(db.number("SELECT ocpp.ensure_meter_sample_partitions(12)")).isZero();
        assertThat(db.first("SELECT relname FROM pg_class WHERE relname LIKE 'meter_samples_2%'")).isEmpty();
    }

    @Test
    void meterSamplesArePartitionedByMonthOnPlainPostgresql() throws Exception {
        assumeFalse(db.timescale(), "plain PostgreSQL layout only");
        assertThat(db.first("SELECT c.relname FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partrelid"))
                .containsExactly("meter_samples");
        assertThat(db.first("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                + "WHERE i.inhparent = 'ocpp.meter_samples'::regclass ORDER BY 1"))
                .contains("meter_samples_default", "meter_samples_" + db.first("SELECT to_char(now(), 'YYYYMM')").get(0))
                .hasSizeGreaterThanOrEqualTo(14); // last month, this one, twelve ahead, default
        assertThat(db.number("SELECT ocpp.ensure_meter_sample_partitions(12)")).as("already there").isZero();
    }

    @Test
    void plainPostgresqlHasNoTimescaleDbJobs() throws Exception {
        assumeFalse(db.timescale(), "plain PostgreSQL layout only");
        assertThat(db.bool("SELECT to_regclass('timescaledb_information.jobs') IS NULL")).isTrue();
    }

    @Test
    void retentionCompressionAndRefreshPoliciesAreScheduled() throws Exception {
        assumeTrue(db.timescale(), "TimescaleDB layout only");
        assertThat(db.first("SELECT hypertable_name || ' ' || (config->>'drop_after') FROM timescaledb_information.jobs "
                + "WHERE proc_name = 'policy_retention' AND hypertable_schema = 'ocpp' ORDER BY 1")).containsExactly(
                "connection_events 1 year", "device_events 2 years", "firmware_events 3 years",
                "meter_samples 3 years", "security_events 3 years", "status_events 3 years");
        assertThat(db.first("SELECT hypertable_name || ' ' || (config->>'compress_after') FROM timescaledb_information.jobs "
                + "WHERE proc_name = 'policy_compression' AND hypertable_schema = 'ocpp' ORDER BY 1")).containsExactly(
                "connection_events 30 days", "device_events 30 days", "meter_samples 7 days", "status_events 30 days");
        // since TimescaleDB 2.20 a refresh policy's job names the aggregate's view; the materialization
        // hypertable it refreshes is in its config
        assertThat(db.first("SELECT c.view_name || ' ' || j.schedule_interval FROM timescaledb_information.jobs j "
                + "JOIN _timescaledb_catalog.continuous_agg a ON a.mat_hypertable_id = (j.config->>'mat_hypertable_id')::int "
                + "JOIN timescaledb_information.continuous_aggregates c "
                + "ON c.view_schema = a.user_view_schema AND c.view_name = a.user_view_name "
                + "WHERE j.proc_name = 'policy_refresh_continuous_aggregate' ORDER BY 1"))
                .containsExactly("energy_hourly 00:30:00", "power_15m 00:15:00");
    }

    @Test
    void theAggregatesHaveTheSameNamesOnBothLayouts() throws Exception {
        for (String view : List.of("ocpp.power_15m", "ocpp.energy_hourly", "ocpp.occupancy_hourly")) {
            assertThat(db.bool("SELECT to_regclass('" + view + "') IS NOT NULL")).as(view).isTrue();
        }
        assertThat(db.first("SELECT column_name FROM information_schema.columns WHERE table_schema = 'ocpp' "
                + "AND table_name = 'power_15m' ORDER BY ordinal_position"))
                .containsExactly("bucket", "station_id", "evse_id", "session_id", "location", "sum_w", "samples", "max_w");
        assertThat(db.first("SELECT column_name FROM information_schema.columns WHERE table_schema = 'ocpp' "
                + "AND table_name = 'energy_hourly' ORDER BY ordinal_position"))
                .containsExactly("bucket", "station_id", "evse_id", "session_id", "first_wh", "last_wh", "samples");
        // occupancy needs a window function: Ladewerk refreshes it on both layouts, from a unique index
        assertThat(db.first("SELECT indexdef FROM pg_indexes WHERE tablename = 'occupancy_hourly_materialized'"))
                .singleElement().asString().contains("UNIQUE");
        if (db.timescale()) {
            assertThat(db.first("SELECT view_name || ' ' || materialized_only FROM timescaledb_information"
                    + ".continuous_aggregates WHERE view_schema = 'ocpp' ORDER BY 1"))
                    .containsExactly("energy_hourly false", "power_15m false");
            assertThat(db.first("SELECT view_name FROM ocpp.aggregate_refreshes")).containsExactly("ocpp.occupancy_hourly");
        } else {
            assertThat(db.first("SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    + "WHERE n.nspname = 'ocpp' AND c.relkind = 'm' ORDER BY 1")).containsExactly(
                    "energy_hourly_materialized", "occupancy_hourly_materialized", "power_15m_materialized");
            assertThat(db.first("SELECT view_name FROM ocpp.aggregate_refreshes ORDER BY 1")).containsExactly(
                    "ocpp.energy_hourly", "ocpp.occupancy_hourly", "ocpp.power_15m");
        }
    }
}
