package de.ladewerk.billing.cdr;

import static de.ladewerk.billing.testdata.TestSessions.withSigned;
import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.billing.ocmf.InMemoryMeterKeyRegistry;
import de.ladewerk.billing.ocmf.MeterKeys;
import de.ladewerk.billing.ocmf.OcmfCurve;
import de.ladewerk.billing.ocmf.OcmfVerifier;
import de.ladewerk.billing.session.SignedMeterValue;
import de.ladewerk.billing.testdata.OcmfFixture;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The transparency file reads back, with any XML parser, to the packets exactly as signed and a key that verifies them. */
class TransparencyFileTest {

    @Test
    void the_packets_read_back_byte_for_byte_and_verify_with_the_key_in_the_file() throws Exception {
        OcmfFixture meter = new OcmfFixture("EMH-7", OcmfCurve.BRAINPOOL256R1);
        // an ampersand and angle brackets in the payload: escaped in the XML, restored by the reader
        String begin = meter.sign(meter.payload("T1", "[" + OcmfFixture.reading("2025-03-12T12:00:00,000+0100", "B", "100.000", true) + "]")
                .replace("\"GI\":\"LADEWERK-SIM\"", "\"GI\":\"Stadtwerke <A&B>\""));
        String end = meter.packet("T2", "L", "2025-03-12T13:00:00,000+0100", "110.000");
        SignedData signed = new SignedData("OCMF", List.of(begin, end), MeterKeys.toHex(meter.keys().getPublic()), "ok");

        String xml = TransparencyFile.xml(signed, "S-42");

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList values = doc.getDocumentElement().getElementsByTagName("value");
        assertThat(values.getLength()).isEqualTo(2);
        List<String> packets = new ArrayList<>();
        List<String> contexts = new ArrayList<>();
        String key = null;
        for (int i = 0; i < values.getLength(); i++) {
            Element v = (Element) values.item(i);
            assertThat(v.getAttribute("transactionId")).isEqualTo("S-42");
            contexts.add(v.getAttribute("context"));
            Element data = (Element) v.getElementsByTagName("signedData").item(0);
            assertThat(data.getAttribute("format")).isEqualTo("OCMF");
            assertThat(data.getAttribute("encoding")).isEqualTo("plain");
            packets.add(data.getTextContent());
            Element pk = (Element) v.getElementsByTagName("publicKey").item(0);
            assertThat(pk.getAttribute("encoding")).isEqualTo("hex");
            key = pk.getTextContent();
        }
        assertThat(packets).containsExactly(begin, end);
        assertThat(contexts).containsExactly("Transaction.Begin", "Transaction.End");
        assertThat(xml).doesNotContain("\n    OCMF").contains("&lt;A&amp;B&gt;");

        InMemoryMeterKeyRegistry keys = new InMemoryMeterKeyRegistry();
        keys.register("EMH-7", MeterKeys.parse(key));
        var session = withSigned("S-42", "CUST-1", packets.stream().map(SignedMeterValue::fromOcpp16).toList(),
                "2025-03-12T12:00", 0L, "2025-03-12T13:00", 10_000L);
        var s = new de.ladewerk.billing.session.ChargingSession(session.sessionId(), session.stationId(), session.siteId(),
                1, 1, session.idToken(), session.authMethod(), null, null, session.start(), session.end(), "EMH-7",
                session.samples(), session.signedValues());
        assertThat(new OcmfVerifier(keys).verify(s, true).problems()).isEmpty();
    }
}
