package de.ladewerk.billing;

import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.billing.cdr.OcpiParty;
import de.ladewerk.billing.invoice.InvoiceIssuer;
import de.ladewerk.billing.session.ChargingSession;
import de.ladewerk.billing.tariff.TariffAssignment;
import de.ladewerk.billing.testdata.TestSessions;
import de.ladewerk.billing.testdata.TestTariffs;
import de.ladewerk.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The same session delivered to billing by several threads at once (live hand-over and catch-up, or two
 * application instances) is billed once: the database's one-CDR-per-session index decides, not a
 * single billing thread.
 */
class ConcurrentBillingIT {

    private static final int THREADS = 8;
    private static TestDatabase database;
    private static BillingService billing;

    @BeforeAll
    static void setUp() {
        database = TestDatabase.create("billconc");
        Flyway.configure().dataSource(database.jdbcUrl(), database.user(), database.password())
                .locations("classpath:db/billing").schemas("billing").load().migrate();
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(database.jdbcUrl());
        ds.setUser(database.user());
        ds.setPassword(database.password());
        billing = BillingService.onPostgres(ds, new BillingSettings(TestSessions.BERLIN, new OcpiParty("DE", "SWW"),
                        new InvoiceIssuer("Stadtwerke Wolfsburg AG", List.of("Hesslinger Straße 1-5"), "DE115233589")),
                Clock.fixed(Instant.parse("2025-04-02T08:00:00Z"), ZoneOffset.UTC));
        billing.tariffs().publish(TestTariffs.dayNightWithBlockingFee("DAYNIGHT"));
        billing.tariffs().assign(TariffAssignment.toSite("DAYNIGHT", "SITE-A", null, true,
                Instant.parse("2025-01-01T00:00:00Z")));
    }

    @AfterAll
    static void tearDown() {
        database.close();
    }

    @Test
    void aSessionBilledFromManyThreadsAtOnceGetsOneCdr() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < 10; round++) {
                String id = "RACE-" + round;
                ChargingSession session = TestSessions.withSigned(id, "CUST-1", List.of(), "2025-03-12T10:00", 0L,
                        "2025-03-12T11:00", 1_000L);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<BillingOutcome>> outcomes = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    outcomes.add(pool.submit(() -> {
                        go.await();
                        return billing.onSessionEnded(session);
                    }));
                }
                go.countDown();
                List<String> cdrIds = new ArrayList<>();
                for (Future<BillingOutcome> f : outcomes) {
                    BillingOutcome o = f.get(30, TimeUnit.SECONDS);
                    assertThat(o).isInstanceOf(BillingOutcome.Billed.class);
                    cdrIds.add(((BillingOutcome.Billed) o).cdr().id());
                }
                assertThat(cdrIds).as("every delivery answers with the one CDR").containsOnly(cdrIds.get(0));
                assertThat(storedCdrs(id)).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(billing.settled(List.of("RACE-0", "RACE-9", "NEVER-BILLED"))).containsExactlyInAnyOrder("RACE-0", "RACE-9");
    }

    private static int storedCdrs(String sessionId) throws Exception {
        try (Connection c = database.connect();
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM billing.cdrs WHERE session_id = ?")) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
