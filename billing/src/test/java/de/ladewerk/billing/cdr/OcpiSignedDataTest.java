package de.ladewerk.billing.cdr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.billing.ocmf.MeterKeys;
import de.ladewerk.billing.testdata.OcmfFixture;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** OCPI 2.2.1 SignedData: Base64 signed data and key, plain_data within 512 characters. */
class OcpiSignedDataTest {

    @Test
    void signed_data_and_public_key_are_base64_and_plain_data_fits_ocpi() {
        OcmfFixture meter = new OcmfFixture("EMH-9");
        String begin = meter.packet("T1", "B", "2025-03-12T12:00:00,000+0100", "100.000");
        // the end packet carries several readings (MR format): longer than OCPI's 512 characters of plain_data
        String end = meter.sign(meter.payload("T2", "[" + OcmfFixture.reading("2025-03-12T12:30:00,000+0100", "C", "105.000", true)
                + "," + OcmfFixture.reading("2025-03-12T13:00:00,000+0100", "E", "110.000", false) + "]"));
        String hex = MeterKeys.toHex(meter.keys().getPublic());

        JsonNode n = OcpiCdrJson.signedData(new SignedData("OCMF", List.of(begin, end), hex, "ok"));

        assertThat(n.get("public_key").asText()).isEqualTo(Base64.getEncoder().encodeToString(meter.keys().getPublic().getEncoded()));
        assertThat(n.get("signed_values")).hasSize(2);
        for (int i = 0; i < 2; i++) {
            JsonNode v = n.get("signed_values").get(i);
            String decoded = new String(Base64.getDecoder().decode(v.get("signed_data").asText()), StandardCharsets.UTF_8);
            assertThat(decoded).isEqualTo(List.of(begin, end).get(i));
            assertThat(v.get("signed_data").asText().length()).isLessThanOrEqualTo(5000);
            assertThat(v.get("plain_data").asText().length()).isLessThanOrEqualTo(512);
            assertThat(v.get("nature").asText().length()).isLessThanOrEqualTo(32);
        }
        assertThat(begin.length()).isLessThanOrEqualTo(512);
        assertThat(n.get("signed_values").get(0).get("plain_data").asText()).isEqualTo(begin);
        assertThat(end.length()).isGreaterThan(512); // so plain_data is the short form
        assertThat(n.get("signed_values").get(1).get("plain_data").asText())
                .isEqualTo("C 105.000 kWh 2025-03-12T11:30:00Z; E 110.000 kWh 2025-03-12T12:00:00Z");
        assertThat(n.get("encoding_method").asText().length()).isLessThanOrEqualTo(36);
    }
}
