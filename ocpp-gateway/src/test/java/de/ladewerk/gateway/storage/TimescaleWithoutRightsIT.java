package de.ladewerk.gateway.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import de.ladewerk.gateway.persistence.Migrations;
import de.ladewerk.testsupport.TestDatabase;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A role that may not create the extension on a server that offers TimescaleDB: Ladewerk does not fail, it
 * builds the plain layout and says what it found and what to do. TimescaleDB 2.28 is a trusted extension,
 * so any role that may create Ladewerk's schemas may create it too; the refusal a managed server or an
 * older, untrusted TimescaleDB gives is simulated here with an event trigger that raises PostgreSQL's
 * insufficient_privilege error on CREATE EXTENSION, for an ordinary (non-superuser) role.
 */
class TimescaleWithoutRightsIT {

    @Test
    void withoutTheRightToCreateTheExtensionTheLayoutIsPlainAndSaysWhy() throws Exception {
        String role = "ladewerk_norights_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        try (MigratedDatabase admin = new MigratedDatabase(TestDatabase.create("ts_norights"))) {
            assumeTrue(admin.database.timescaleAvailable(), "needs a server that offers TimescaleDB");
            admin.sql("CREATE ROLE " + role + " LOGIN");
            try {
                admin.sql("GRANT CREATE ON DATABASE " + admin.database.name() + " TO " + role);
                admin.sql("CREATE FUNCTION public.refuse_extensions() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN "
                        + "RAISE insufficient_privilege USING MESSAGE = 'permission denied to create extension \"timescaledb\"'; "
                        + "END $$");
                admin.sql("CREATE EVENT TRIGGER refuse_extensions ON ddl_command_start WHEN TAG IN ('CREATE EXTENSION') "
                        + "EXECUTE FUNCTION public.refuse_extensions()");
                HikariConfig hc = new HikariConfig();
                hc.setJdbcUrl(admin.database.jdbcUrl());
                hc.setUsername(role);
                hc.setMaximumPoolSize(2);
                try (HikariDataSource ds = new HikariDataSource(hc)) {
                    StorageLayout layout = Migrations.migrate(ds);

                    assertThat(layout.timescale()).isFalse();
                    assertThat(layout.finding()).contains("creating it failed").contains("permission denied")
                            .contains("CREATE EXTENSION timescaledb WITH SCHEMA public");
                    assertThat(admin.bool("SELECT timescaledb FROM ocpp.storage_layout")).isFalse();
                    assertThat(admin.number("SELECT count(*) FROM pg_extension WHERE extname = 'timescaledb'")).isZero();
                }
            } finally {
                admin.sql("DROP OWNED BY " + role + " CASCADE");
                admin.sql("DROP ROLE " + role);
            }
        }
    }
}
