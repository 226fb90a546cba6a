package de.ladewerk.app.billing.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ladewerk.billing.cdr.OcpiParty;
import de.ladewerk.billing.cdr.OcpiTariffJson;
import de.ladewerk.billing.tariff.Tariff;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Gross (B2C) tariffs in the OCPI tariff JSON: read, written with OCPI's excl.-VAT price, and read back unchanged. */
class OcpiTariffReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void a_gross_tariff_states_its_price_incl_vat_and_survives_a_round_trip() throws Exception {
        Tariff t = OcpiTariffReader.read(JSON.readTree("""
                {"id": "B2C", "currency": "EUR", "prices_include_vat": true,
                 "elements": [{"price_components": [{"type": "ENERGY", "price_incl_vat": 0.4998, "vat": 19, "step_size": 1}]}]}
                """), NOW);

        assertThat(t.pricesIncludeVat()).isTrue();
        assertThat(t.elements().get(0).priceComponents().get(0).price()).isEqualByComparingTo("0.4998");
        JsonNode written = OcpiTariffJson.toJson(t, new OcpiParty("DE", "SWW"), NOW);
        JsonNode component = written.at("/elements/0/price_components/0");
        assertThat(component.get("price").decimalValue()).isEqualByComparingTo("0.42"); // OCPI: excl. VAT
        assertThat(component.get("price_incl_vat").decimalValue()).isEqualByComparingTo("0.4998");
        assertThat(OcpiTariffReader.read(written, NOW)).isEqualTo(t);
    }

    @Test
    void a_net_tariff_stays_net_and_a_gross_one_needs_price_incl_vat() throws Exception {
        assertThat(OcpiTariffReader.read(JSON.readTree("""
                {"id": "B2B", "currency": "EUR",
                 "elements": [{"price_components": [{"type": "ENERGY", "price": 0.42, "vat": 19, "step_size": 1}]}]}
                """), NOW).pricesIncludeVat()).isFalse();
        assertThatThrownBy(() -> OcpiTariffReader.read(JSON.readTree("""
                {"id": "B2C", "currency": "EUR", "prices_include_vat": true,
                 "elements": [{"price_components": [{"type": "ENERGY", "price": 0.42, "vat": 19, "step_size": 1}]}]}
                """), NOW)).hasMessageContaining("price_incl_vat");
        assertThatThrownBy(() -> OcpiTariffReader.read(JSON.readTree("""
                {"id": "B2C", "currency": "EUR", "prices_include_vat": "yes",
                 "elements": [{"price_components": [{"type": "ENERGY", "price": 0.42, "vat": 19, "step_size": 1}]}]}
                """), NOW)).hasMessage("prices_include_vat: must be true or false");
    }
}
