package de.ladewerk.billing.ocmf;

import static de.ladewerk.billing.testdata.TestSessions.withSigned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ladewerk.billing.session.ChargingSession;
import de.ladewerk.billing.session.SignedMeterValue;
import de.ladewerk.billing.testdata.OcmfFixture;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class OcmfVerifierTest {

    private static final String BEGIN_TIME = "2025-03-12T12:00:00,000+0100";
    private static final String END_TIME = "2025-03-12T13:00:00,000+0100";

    private final OcmfFixture meter = new OcmfFixture("METER-0001");
    private final InMemoryMeterKeyRegistry registry = new InMemoryMeterKeyRegistry();
    private final OcmfVerifier verifier = new OcmfVerifier(registry);

    OcmfVerifierTest() {
        registry.register("METER-0001", meter.keys().getPublic());
    }

    private ChargingSession session(String... packets) {
        List<SignedMeterValue> signed = java.util.Arrays.stream(packets).map(meter::ocpp16).toList();
        return withSigned("S-1", "CUST-1", signed, "2025-03-12T12:00", 0L, "2025-03-12T13:00", 11_000L);
    }

    @Test
    void valid_packets_give_the_signed_energy() {
        OcmfVerification v = verifier.verify(session(meter.packet("T41", "B", BEGIN_TIME, "1234.5670"),
                meter.packet("T42", "E", END_TIME, "1245.6123")));

        assertThat(v.problems()).isEmpty();
        assertThat(v.signedEnergyWh()).isEqualTo(11_045L); // 1245.6123 − 1234.5670 kWh = 11.0453 kWh → 11,045 Wh
        assertThat(v.publicKeyHex()).isEqualTo(MeterKeys.toHex(meter.keys().getPublic()));
        assertThat(v.summary()).contains("T41–T42", "all signatures valid", "signed begin 1234.5670 kWh");
    }

    @Test
    void a_tampered_value_fails_its_signature() {
        String end = meter.packet("T42", "E", END_TIME, "1245.6123").replace("1245.6123", "1255.6123");

        OcmfVerification v = verifier.verify(session(meter.packet("T41", "B", BEGIN_TIME, "1234.5670"), end));

        assertThat(v.passed()).isFalse();
        assertThat(v.problems()).contains("packet T42: signature does not verify (data altered or wrong key)");
        assertThat(v.rawPackets().get(1)).isEqualTo(end); // stored exactly as received, tampering included
    }

    @Test
    void a_counter_gap_holds_the_session() {
        OcmfVerification v = verifier.verify(session(meter.packet("T41", "B", BEGIN_TIME, "1234.5670"),
                meter.packet("T43", "E", END_TIME, "1245.6123")));

        assertThat(v.problems()).containsExactly("pagination gap: T41 is followed by T43");
    }

    @Test
    void a_packet_from_another_meter_is_a_serial_mismatch() {
        OcmfFixture other = new OcmfFixture("METER-9999");
        registry.register("METER-9999", other.keys().getPublic());
        ChargingSession s = withSigned("S-2", "CUST-1", List.of(other.ocpp16(other.packet("T1", "B", BEGIN_TIME, "1")),
                other.ocpp16(other.packet("T2", "E", END_TIME, "2"))), "2025-03-12T12:00", 0L, "2025-03-12T13:00", 1_000L);

        assertThat(verifier.verify(s).problems()).hasSize(2).allMatch(p -> p.startsWith("meter serial mismatch")
                && p.contains("signed by meter METER-9999, the station reported meter METER-0001"));
    }

    @Test
    void an_unknown_meter_or_a_foreign_key_is_not_trusted() {
        OcmfVerifier empty = new OcmfVerifier(new InMemoryMeterKeyRegistry());
        ChargingSession s = session(meter.packet("T1", "B", BEGIN_TIME, "1"), meter.packet("T2", "E", END_TIME, "12"));
        assertThat(empty.verify(s).problems()).containsExactly("no public key registered for meter METER-0001");

        registry.register("METER-0001", new OcmfFixture("METER-0001").keys().getPublic());
        assertThat(verifier.verify(s).problems()).hasSize(2).allMatch(p -> p.contains("signature does not verify"));
    }

    @Test
    void ocpp201_base64_signed_meter_data_is_decoded() {
        String packet = meter.packet("T7", "B", BEGIN_TIME, "10.000");
        String end = meter.packet("T8", "E", END_TIME, "12.500");
        ChargingSession s = withSigned("S-3", "CUST-1", List.of(
                new SignedMeterValue(Base64.getEncoder().encodeToString(packet.getBytes(StandardCharsets.UTF_8)), "OCMF",
                        "ECDSA-secp256r1-SHA256", null),
                new SignedMeterValue(end, "OCMF", null, null)), "2025-03-12T12:00", 0L, "2025-03-12T13:00", 2_400L);

        OcmfVerification v = verifier.verify(s);
        assertThat(v.problems()).isEmpty();
        assertThat(v.signedEnergyWh()).isEqualTo(2_500L);
    }

    @Test
    void malformed_packets_are_named() {
        assertThatThrownBy(() -> OcmfParser.parse("OCMF|{\"MS\":\"M\"}|{\"SD\":\"00\"}"))
                .isInstanceOf(OcmfFormatException.class).hasMessage("OCMF field PG is missing");
        assertThatThrownBy(() -> OcmfParser.parse("hello")).hasMessageContaining("not an OCMF packet");
        ChargingSession s = session("OCMF|{not json|{}");
        assertThat(verifier.verify(s).problems()).singleElement().asString()
                .startsWith("signed value 1 is not valid OCMF: OCMF payload section is not valid JSON");
    }
}
