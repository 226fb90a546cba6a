package de.ladewerk.gateway.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.ladewerk.gateway.persistence.Migrations;
import de.ladewerk.testsupport.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A database migrated before TimescaleDB was created in schema public has it in schema {@code ocpp} and
 * the old texts of V2 and V4 recorded. Migrating it with today's Ladewerk accepts those texts and V15
 * moves the extension to public: every row, hypertable, compression setting, policy and continuous
 * aggregate is there again afterwards.
 */
class TimescaleMovesToPublicIT {

    private static final String POLICIES = "SELECT j.proc_name || ' ' || coalesce(a.user_view_name, j.hypertable_name) "
            + "|| ' ' || j.schedule_interval || ' ' || (j.config - 'hypertable_id' - 'mat_hypertable_id')::text "
            + "FROM timescaledb_information.jobs j LEFT JOIN _timescaledb_catalog.continuous_agg a "
            + "ON a.mat_hypertable_id = (j.config->>'mat_hypertable_id')::int WHERE j.job_id >= 1000 ORDER BY 1";
    private static final String COMPRESSION = "SELECT (SELECT relname FROM pg_class WHERE oid = hypertable) || ' ' || segmentby || ' ' || orderby "
            + "FROM timescaledb_information.hypertable_compression_settings ORDER BY 1";
    private static final String HYPERTABLES = "SELECT hypertable_schema || '.' || hypertable_name "
            + "FROM timescaledb_information.hypertables WHERE hypertable_schema = 'ocpp' ORDER BY 1";
    private static final String ROWS = "SELECT (SELECT count(*) FROM ocpp.meter_samples) || ' ' "
            + "|| (SELECT count(*) FROM ocpp.status_events) || ' ' || (SELECT sum(normalized_value) FROM ocpp.meter_samples)";

    private static MigratedDatabase db;

    @BeforeAll
    static void migrateTheOldWay() throws Exception {
        TestDatabase database = TestDatabase.create("ts_move");
        db = new MigratedDatabase(database);
        assumeTrue(database.timescaleAvailable(), "needs a server that offers TimescaleDB");
        // what V2 used to do: CREATE EXTENSION on Flyway's search path, i.e. in schema ocpp
        db.sql("CREATE SCHEMA ocpp");
        db.sql("SET search_path = ocpp; CREATE EXTENSION timescaledb");
        Migrations.flyway(db.dataSource).target("14").load().migrate();
        db.sql("UPDATE ocpp.flyway_history SET checksum = 1471902417 WHERE version = '2'");
        db.sql("UPDATE ocpp.flyway_history SET checksum = -1427451901 WHERE version = '4'");
        db.sql("INSERT INTO ocpp.stations (id) VALUES ('MOVE-A')");
        db.sql("INSERT INTO ocpp.meter_samples (time, session_id, station_id, evse_id, measurand, location, context, "
                + "unit, value, normalized_value, normalized_unit, format) "
                + "SELECT now() - make_interval(mins => m), 1, 'MOVE-A', 1, 'Power.Active.Import', 'Outlet', "
                + "'Sample.Periodic', 'W', 7000 + m % 13, 7000 + m % 13, 'W', 'Raw' FROM generate_series(0, 20 * 24 * 60, 15) m");
        db.sql("INSERT INTO ocpp.status_events (time, station_id, evse_id, connector_id, status, protocol_status) "
                + "SELECT now() - make_interval(hours => h), 'MOVE-A', 1, 1, 'OCCUPIED', 'Charging' FROM generate_series(1, 100) h");
        // old chunks compressed, as the policy would have done
        db.sql("SELECT ocpp.compress_chunk(c) FROM ocpp.show_chunks('ocpp.meter_samples', older_than => INTERVAL '7 days') c");
        assertThat(db.number("SELECT count(*) FROM ocpp.chunks_detailed_size('ocpp.meter_samples')")).isPositive();
    }

    @AfterAll
    static void drop() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void theExtensionMovesToPublicWithEveryRowPolicyAndAggregate() throws Exception {
        assertThat(db.first("SELECT extnamespace::regnamespace FROM pg_extension WHERE extname = 'timescaledb'"))
                .containsExactly("ocpp");
        List<String> policies = db.first(POLICIES);
        List<String> compression = db.first(COMPRESSION);
        List<String> hypertables = db.first(HYPERTABLES);
        String rows = db.first(ROWS).get(0);
        assertThat(policies).hasSize(12);

        StorageLayout layout = Migrations.migrate(db.dataSource);

        assertThat(layout.timescale()).isTrue();
        assertThat(layout.extensionSchema()).isEqualTo("public");
        assertThat(db.first("SELECT extnamespace::regnamespace FROM pg_extension WHERE extname = 'timescaledb'"))
                .containsExactly("public");
        assertThat(db.first(ROWS)).containsExactly(rows);
        assertThat(db.first(HYPERTABLES)).isEqualTo(hypertables);
        assertThat(db.first(COMPRESSION)).isEqualTo(compression);
        assertThat(db.first(POLICIES)).isEqualTo(policies);
        assertThat(db.first("SELECT view_name || ' ' || materialized_only FROM timescaledb_information.continuous_aggregates "
                + "ORDER BY 1")).containsExactly("energy_hourly false", "power_15m false");
        // unqualified calls work; the aggregate answers what the raw rows say
        db.sql("CALL refresh_continuous_aggregate('ocpp.power_15m', NULL, NULL)");
        assertThat(db.number("SELECT sum(samples) FROM ocpp.power_15m")).isEqualTo(20 * 24 * 4 + 1);
        // and a second start changes nothing
        Migrations.migrate(db.dataSource);
        assertThat(db.first(ROWS)).containsExactly(rows);
    }
}
