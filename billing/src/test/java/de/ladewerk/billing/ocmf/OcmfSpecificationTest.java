package de.ladewerk.billing.ocmf;

import static de.ladewerk.billing.testdata.TestSessions.withSigned;
import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.billing.session.ChargingSession;
import de.ladewerk.billing.session.SignedMeterValue;
import de.ladewerk.billing.testdata.OcmfFixture;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The OCMF rules the verifier enforces, each with packets really signed in the test. */
class OcmfSpecificationTest {

    private static final String T0 = "2025-03-12T12:00:00,000+0100";
    private static final String T1 = "2025-03-12T12:30:00,000+0100";
    private static final String T2 = "2025-03-12T13:00:00,000+0100";

    private final InMemoryMeterKeyRegistry registry = new InMemoryMeterKeyRegistry();

    private OcmfFixture meter(OcmfCurve curve) {
        OcmfFixture m = new OcmfFixture("METER-0001", curve);
        registry.register("METER-0001", m.keys().getPublic());
        return m;
    }

    /** A session with 10 kWh sampled and the given packets. */
    private static ChargingSession session(OcmfFixture m, String... packets) {
        List<SignedMeterValue> signed = Arrays.stream(packets).map(m::ocpp16).toList();
        return withSigned("S-1", "CUST-1", signed, "2025-03-12T12:00", 0L, "2025-03-12T13:00", 10_000L);
    }

    private OcmfVerification verify(ChargingSession s) {
        return new OcmfVerifier(registry).verify(s, true);
    }

    @ParameterizedTest
    @EnumSource(OcmfCurve.class)
    void every_curve_of_the_specification_verifies(OcmfCurve curve) {
        OcmfFixture m = meter(curve);

        OcmfVerification v = verify(session(m, m.packet("T1", "B", T0, "100.000"), m.packet("T2", "E", T2, "110.000")));

        assertThat(v.problems()).isEmpty();
        assertThat(v.signedEnergyWh()).isEqualTo(10_000L);
    }

    @ParameterizedTest
    @EnumSource(OcmfCurve.class)
    void a_signature_made_with_another_key_of_the_same_curve_fails(OcmfCurve curve) {
        OcmfFixture m = meter(curve);
        OcmfFixture impostor = new OcmfFixture("METER-0001", curve);

        OcmfVerification v = verify(session(m, impostor.packet("T1", "B", T0, "100.000"), m.packet("T2", "E", T2, "110.000")));

        assertThat(v.problems()).containsExactly("packet T1: signature does not verify (data altered or wrong key)");
        assertThat(v.signedEnergyWh()).isNull();
    }

    @Test
    void base64_signatures_verify_as_well_as_hex() {
        OcmfFixture m = meter(OcmfCurve.BRAINPOOL384R1);
        String begin = m.signBase64(m.payload("T1", "[" + OcmfFixture.reading(T0, "B", "100.000", true) + "]"));

        OcmfVerification v = verify(session(m, begin, m.packet("T2", "E", T2, "110.000")));

        assertThat(begin).contains("\"SE\":\"base64\"");
        assertThat(v.problems()).isEmpty();
    }

    @Test
    void the_curve_may_be_written_with_its_standard_name() {
        OcmfFixture m = meter(OcmfCurve.BRAINPOOL256R1);
        String begin = m.packet("T1", "B", T0, "100.000").replace("ECDSA-brainpool256r1-SHA256", "ECDSA-brainpoolP256r1-SHA256");

        assertThat(verify(session(m, begin, m.packet("T2", "E", T2, "110.000"))).problems()).isEmpty();
    }

    @Test
    void a_packet_signed_on_another_curve_than_the_registered_key_is_refused() {
        OcmfFixture m = meter(OcmfCurve.SECP256R1);
        String foreign = new OcmfFixture("METER-0001", OcmfCurve.SECP384R1).packet("T1", "B", T0, "100.000");

        assertThat(verify(session(m, foreign, m.packet("T2", "E", T2, "110.000"))).problems())
                .containsExactly("packet T1: signed with ECDSA-secp384r1-SHA256, but the meter's registered key is on secp256r1");
    }

    @Test
    void one_packet_with_many_readings_may_leave_out_ri_and_ru_after_the_first() {
        OcmfFixture m = meter(OcmfCurve.SECP256K1);
        String mr = m.sign(m.payload("T1", "[" + OcmfFixture.reading(T0, "B", "100.000", true) + ","
                + OcmfFixture.reading(T1, "C", "105.000", false) + ","
                + OcmfFixture.reading(T1, "S", "105.000", false) + ","
                + OcmfFixture.reading(T1, "T", "105.000", false) + ","
                + OcmfFixture.reading(T2, "E", "110.000", false) + "]"));

        OcmfVerification v = verify(session(m, mr));

        assertThat(v.problems()).isEmpty();
        assertThat(v.signedEnergyWh()).isEqualTo(10_000L);
        assertThat(OcmfParser.parse(mr).readings()).allMatch(r -> "kWh".equals(r.unit()) && "1-b:1.8.0".equals(r.obis()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"E", "L", "R", "A", "P"})
    void every_end_code_closes_the_transaction(String end) {
        OcmfFixture m = meter(OcmfCurve.SECP256R1);

        OcmfVerification v = verify(session(m, m.packet("T1", "B", T0, "100.000"), m.packet("T2", end, T2, "110.000")));

        assertThat(v.problems()).isEmpty();
        assertThat(v.summary()).contains("end (" + end + ") 110.000 kWh");
    }

    @Test
    void a_session_with_a_missing_end_signature_is_held() {
        OcmfFixture m = meter(OcmfCurve.SECP256R1);

        OcmfVerification v = verify(session(m, m.packet("T1", "B", T0, "100.000")));

        assertThat(v.passed()).isFalse();
        assertThat(v.signedEnergyWh()).isNull();
        assertThat(v.problems()).containsExactly("no signed end: the last signed reading has TX=B, not E, L, R, A or P"
                + " (the session's end is not signed)");
    }

    @Test
    void an_intermediate_reading_as_the_last_one_is_not_an_end() {
        OcmfFixture m = meter(OcmfCurve.SECP256R1);

        assertThat(verify(session(m, m.packet("T1", "B", T0, "100.000"), m.packet("T2", "C", T2, "110.000"))).problems())
                .singleElement().asString().startsWith("no signed end: the last signed reading has TX=C");
    }

    @Test
    void begin_and_end_in_the_wrong_order_are_refused() {
        OcmfFixture m = meter(OcmfCurve.SECP256R1);

        List<String> problems = verify(session(m, m.packet("T1", "E", T0, "100.000"), m.packet("T2", "B", T2, "110.000")))
                .problems();

        assertThat(problems).contains("no signed begin: the first signed reading has TX=E, not B")
                .anyMatch(p -> p.startsWith("no signed end: the last signed reading has TX=B"));
    }

    @Test
    void an_exception_an_error_flag_an_error_status_and_an_unknown_code_hold_the_session() {
        OcmfFixture m = meter(OcmfCurve.SECP256R1);
        String middle = m.sign(m.payload("T2", "[" + OcmfFixture.reading(T1, "X", "104.000", true) + ","
                + OcmfFixture.reading(T1, "C", "105.000", true).replace("\"EF\":\"\"", "\"EF\":\"Et\"") + ","
                + OcmfFixture.reading(T1, "C", "105.500", true).replace("\"ST\":\"G\"", "\"ST\":\"E\"") + ","
                + OcmfFixture.reading(T1, "Q", "106.000", true) + "]"));

        List<String> problems = verify(session(m, m.packet("T1", "B", T0, "100.000"), middle,
                m.packet("T3", "E", T2, "110.000"))).problems();

        assertThat(problems).hasSize(4);
        assertThat(problems.get(0)).contains("exception (TX=X)");
        assertThat(problems.get(1)).contains("error flags EF=Et (energy error) (time error)");
        assertThat(problems.get(2)).contains("error status ST=E");
        assertThat(problems.get(3)).contains("TX=Q is not one of B, C, X, E, L, R, A, P, S, T");
    }

    @Test
    void a_gap_between_signed_and_sampled_energy_beyond_the_tolerance_holds_the_session() {
        OcmfFixture m = meter(OcmfCurve.SECP256R1);
        ChargingSession twoKwhMore = session(m, m.packet("T1", "B", T0, "100.000"), m.packet("T2", "E", T2, "112.000"));

        assertThat(verify(twoKwhMore).problems()).containsExactly("signed energy 12000 Wh differs from the sampled 10000 Wh"
                + " by 2000 Wh, more than the tolerance of 100 Wh");
        assertThat(new OcmfVerifier(registry, 2_000).verify(twoKwhMore, true).problems()).isEmpty();
    }

    @Test
    void an_unsigned_session_is_held_only_at_a_station_relevant_under_calibration_law() {
        ChargingSession unsigned = withSigned("S-2", "CUST-1", List.of(), "2025-03-12T12:00", 0L, "2025-03-12T13:00", 1_000L);

        assertThat(new OcmfVerifier(registry).verify(unsigned, false).passed()).isTrue();
        assertThat(new OcmfVerifier(registry).verify(unsigned, true).problems())
                .containsExactly("no signed meter values, but station STATION-1 is relevant under calibration law (Eichrecht)");
    }

    @Test
    void the_import_register_is_recognised_in_its_usual_spellings() {
        for (String obis : List.of("1-b:1.8.0", "01-00:B1.08.00*FF", "1-0:1.8.0*255", "1-0:1.8.1")) {
            assertThat(new OcmfReading(null, 'S', "B", java.math.BigDecimal.ONE, obis, "kWh", "", "G").isEnergyImport())
                    .as(obis).isTrue();
        }
        for (String obis : List.of("1-0:2.8.0", "1-0:21.8.0", "1-0:16.7.0")) {
            assertThat(new OcmfReading(null, 'S', "B", java.math.BigDecimal.ONE, obis, "kWh", "", "G").isEnergyImport())
                    .as(obis).isFalse();
        }
    }
}
