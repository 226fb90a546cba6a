package de.ladewerk.billing.meterkey;

import static de.ladewerk.billing.testdata.TestSessions.withSigned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ladewerk.billing.BillingOutcome;
import de.ladewerk.billing.BillingService;
import de.ladewerk.billing.BillingSettings;
import de.ladewerk.billing.cdr.OcpiParty;
import de.ladewerk.billing.invoice.InvoiceIssuer;
import de.ladewerk.billing.ocmf.MeterKeys;
import de.ladewerk.billing.ocmf.OcmfCurve;
import de.ladewerk.billing.session.SignedMeterValue;
import de.ladewerk.billing.tariff.TariffAssignment;
import de.ladewerk.billing.testdata.OcmfFixture;
import de.ladewerk.billing.testdata.TestSessions;
import de.ladewerk.billing.testdata.TestTariffs;
import de.ladewerk.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The registry on PostgreSQL: proposals are not trusted, approvals are, and the audit records both. */
class MeterKeyRegistryIT {

    private static final Instant NOW = Instant.parse("2025-04-02T08:00:00Z");
    private static TestDatabase database;
    private static BillingService billing;
    private static MeterKeyAdministration keys;

    @BeforeAll
    static void setUp() {
        database = TestDatabase.create("meterkeys");
        Flyway.configure().dataSource(database.jdbcUrl(), database.user(), database.password())
                .locations("classpath:db/billing").schemas("billing").load().migrate();
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(database.jdbcUrl());
        ds.setUser(database.user());
        ds.setPassword(database.password());
        billing = BillingService.onPostgres(ds, new BillingSettings(TestSessions.BERLIN, new OcpiParty("DE", "SWW"),
                new InvoiceIssuer("Stadtwerke", List.of("Straße 1", "38440 Wolfsburg"), "DE115233589")),
                Clock.fixed(NOW, ZoneOffset.UTC));
        billing.tariffs().publish(TestTariffs.dayNightWithBlockingFee("DAYNIGHT"));
        billing.tariffs().assign(TariffAssignment.toSite("DAYNIGHT", "SITE-A", null, true,
                Instant.parse("2025-01-01T00:00:00Z")));
        keys = billing.meterKeys();
    }

    @AfterAll
    static void tearDown() {
        database.close();
    }

    @Test
    void an_operator_key_is_trusted_only_after_approval_and_the_audit_says_who() {
        OcmfFixture meter = new OcmfFixture("MK-1", OcmfCurve.BRAINPOOL256R1);
        MeterKey proposed = keys.propose("MK-1", MeterKeys.toHex(meter.keys().getPublic()).toUpperCase(), "erika", "type plate");

        assertThat(proposed.status()).isEqualTo(MeterKeyStatus.PROPOSED);
        assertThat(proposed.curve()).isEqualTo("brainpoolP256r1");
        assertThat(billing.onSessionEnded(session("MK-S1", meter))).isInstanceOf(BillingOutcome.Held.class);

        MeterKey approved = keys.approve(proposed.id(), "max", "checked against the manufacturer's list");

        assertThat(approved.status()).isEqualTo(MeterKeyStatus.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("max");
        assertThat(approved.decidedAt()).isEqualTo(NOW);
        assertThat(billing.onSessionEnded(session("MK-S2", meter))).isInstanceOf(BillingOutcome.Billed.class);
        assertThat(keys.history("MK-1")).extracting(MeterKeyEvent::action, MeterKeyEvent::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MeterKeyStatus.PROPOSED, "erika"),
                        org.assertj.core.groups.Tuple.tuple(MeterKeyStatus.APPROVED, "max"));
        assertThatThrownBy(() -> keys.approve(proposed.id(), "max", null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is APPROVED, only a PROPOSED key");
    }

    @Test
    void a_key_the_station_reports_becomes_a_proposal_never_trust() {
        OcmfFixture meter = new OcmfFixture("MK-2");
        String reported = java.util.Base64.getEncoder().encodeToString(meter.keys().getPublic().getEncoded());

        BillingOutcome outcome = billing.onSessionEnded(session("MK-S3", meter, reported));

        assertThat(outcome).isInstanceOf(BillingOutcome.Held.class);
        assertThat(((BillingOutcome.Held) outcome).held().reasons()).contains("no public key registered for meter MK-2");
        List<MeterKey> proposals = keys.list("MK-2", null);
        assertThat(proposals).singleElement().satisfies(k -> {
            assertThat(k.status()).isEqualTo(MeterKeyStatus.PROPOSED);
            assertThat(k.source()).isEqualTo("station:STATION-1");
            assertThat(k.publicKeyHex()).isEqualTo(MeterKeys.toHex(meter.keys().getPublic()));
        });
        billing.onSessionEnded(session("MK-S4", meter, reported)); // reported again: still one proposal
        assertThat(keys.list("MK-2", null)).hasSize(1);
    }

    @Test
    void approving_a_new_key_supersedes_the_old_one_and_rejected_keys_stay_untrusted() {
        OcmfFixture first = new OcmfFixture("MK-3", OcmfCurve.SECP384R1);
        OcmfFixture second = new OcmfFixture("MK-3", OcmfCurve.SECP256K1);
        OcmfFixture bogus = new OcmfFixture("MK-3");
        MeterKey a = keys.approve(keys.propose("MK-3", hex(first), "erika", null).id(), "max", null);
        MeterKey b = keys.approve(keys.propose("MK-3", hex(second), "erika", "meter exchanged").id(), "max", null);
        MeterKey c = keys.reject(keys.propose("MK-3", hex(bogus), "erika", null).id(), "max", "not on the type plate");

        assertThat(keys.key(a.id()).status()).isEqualTo(MeterKeyStatus.SUPERSEDED);
        assertThat(keys.key(a.id()).decidedBy()).isEqualTo("max");
        assertThat(keys.key(b.id()).status()).isEqualTo(MeterKeyStatus.APPROVED);
        assertThat(c.status()).isEqualTo(MeterKeyStatus.REJECTED);
        assertThat(keys.list("MK-3", MeterKeyStatus.APPROVED)).extracting(MeterKey::id).containsExactly(b.id());
        assertThat(keys.history("MK-3")).extracting(MeterKeyEvent::action).containsExactly(MeterKeyStatus.PROPOSED,
                MeterKeyStatus.APPROVED, MeterKeyStatus.PROPOSED, MeterKeyStatus.SUPERSEDED, MeterKeyStatus.APPROVED,
                MeterKeyStatus.PROPOSED, MeterKeyStatus.REJECTED);
        assertThat(billing.onSessionEnded(session("MK-S5", second))).isInstanceOf(BillingOutcome.Billed.class);
        assertThat(billing.onSessionEnded(session("MK-S6", first))).isInstanceOf(BillingOutcome.Held.class);
    }

    @Test
    void bad_input_is_refused_with_the_reason_and_the_audit_cannot_be_changed() throws SQLException {
        assertThatThrownBy(() -> keys.propose("MK-4", "04abcdef", "erika", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SubjectPublicKeyInfo");
        assertThatThrownBy(() -> keys.propose("MK 4", hex(new OcmfFixture("X")), "erika", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("meterSerial must be");
        assertThatThrownBy(() -> keys.approve(999_999, "max", null))
                .isInstanceOf(java.util.NoSuchElementException.class);
        keys.propose("MK-5", hex(new OcmfFixture("MK-5")), "erika", null);
        try (Connection c = java.sql.DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
            assertThatThrownBy(() -> c.createStatement().executeUpdate("DELETE FROM billing.meter_key_audit"))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void at_an_eichrecht_station_a_missing_end_signature_or_no_signature_holds_the_session() {
        OcmfFixture meter = new OcmfFixture("MK-6");
        keys.approve(keys.propose("MK-6", hex(meter), "erika", null).id(), "max", null);
        billing.markEichrechtRelevant("STATION-1", true, "max");
        try {
            var beginOnly = withSigned("MK-S7", null, List.of(meter.ocpp16(meter.packet("T1", "B", "2025-03-12T12:00:00,000+0100",
                    "1000.000"))), "2025-03-12T12:00", 0L, "2025-03-12T13:00", 10_000L);
            var unsigned = withSigned("MK-S8", null, List.of(), "2025-03-12T12:00", 0L, "2025-03-12T13:00", 10_000L);

            assertThat(billing.onSessionEnded(withMeter(beginOnly, meter))).isInstanceOfSatisfying(BillingOutcome.Held.class,
                    h -> assertThat(h.held().reasons()).singleElement().asString().startsWith("no signed end"));
            assertThat(billing.onSessionEnded(unsigned)).isInstanceOfSatisfying(BillingOutcome.Held.class,
                    h -> assertThat(h.held().reasons()).singleElement().asString().contains("Eichrecht"));
            assertThat(billing.eichrechtStations()).extracting(m -> m.stationId(), m -> m.markedBy())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("STATION-1", "max"));
        } finally {
            billing.markEichrechtRelevant("STATION-1", false, "max");
        }
        assertThat(billing.eichrechtStations()).isEmpty();
    }

    private static String hex(OcmfFixture meter) {
        return MeterKeys.toHex(meter.keys().getPublic());
    }

    private static de.ladewerk.billing.session.ChargingSession session(String id, OcmfFixture meter) {
        return session(id, meter, null);
    }

    private static de.ladewerk.billing.session.ChargingSession session(String id, OcmfFixture meter, String reportedKey) {
        List<SignedMeterValue> signed = List.of(
                new SignedMeterValue(meter.packet("T1", "B", "2025-03-12T12:00:00,000+0100", "1000.000"), "OCMF", null, reportedKey),
                new SignedMeterValue(meter.packet("T2", "E", "2025-03-12T13:00:00,000+0100", "1010.000"), "OCMF", null, reportedKey));
        return withMeter(withSigned(id, null, signed, "2025-03-12T12:00", 0L, "2025-03-12T13:00", 10_000L), meter);
    }

    private static de.ladewerk.billing.session.ChargingSession withMeter(de.ladewerk.billing.session.ChargingSession s,
                                                                        OcmfFixture meter) {
        return new de.ladewerk.billing.session.ChargingSession(s.sessionId(), s.stationId(), s.siteId(), s.evseId(),
                s.connectorId(), s.idToken(), s.authMethod(), s.customerId(), s.customerGroup(), s.start(), s.end(),
                meter.meterSerial(), s.samples(), s.signedValues());
    }
}
