package de.ladewerk.billing.cdr;

import static de.ladewerk.billing.testdata.TestSessions.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.billing.rating.RatingEngine;
import de.ladewerk.billing.session.ChargingSession;
import de.ladewerk.billing.tariff.Tariff;
import de.ladewerk.billing.testdata.TestSessions;
import de.ladewerk.billing.testdata.TestTariffs;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CdrTest {

    private static final OcpiParty PARTY = new OcpiParty("DE", "SWW");
    private final CdrIssuer issuer = new CdrIssuer(Clock.fixed(Instant.parse("2025-03-12T13:00:00Z"), ZoneOffset.UTC));
    private final Tariff tariff = TestTariffs.dayNightWithBlockingFee("DAYNIGHT");
    // 12:00–13:00 charging 11 kWh (4.40 + VAT 0.84), 13:00–13:30 parked; fee from 13:15: 0.25 h × 6.00 = 1.50 (+0.29)
    private final ChargingSession session = session("S-1", "2025-03-12T12:00", 0L, "2025-03-12T13:00", 11_000L,
            "2025-03-12T13:30", 11_000L);

    private Cdr issue() {
        return issuer.issue(session, new RatingEngine(TestSessions.BERLIN).rate(tariff, session, null), null);
    }

    @Test
    void a_credit_cdr_negates_every_amount_and_points_to_the_original() {
        Cdr original = issue();
        Cdr credit = issuer.credit(original, "wrong tariff");

        assertThat(original.totalGross().toPlainString()).isEqualTo("7.02");
        assertThat(credit.totalGross().toPlainString()).isEqualTo("-7.02");
        assertThat(credit.totalVat().toPlainString()).isEqualTo("-1.12");
        assertThat(credit.id()).isEqualTo(original.id() + "-C").hasSizeLessThanOrEqualTo(39);
        assertThat(credit.creditReferenceId()).isEqualTo(original.id());
        assertThat(original.totalGross().plus(credit.totalGross()).isZero()).isTrue();
        assertThatThrownBy(() -> issuer.credit(credit, "again")).hasMessageContaining("is itself a credit CDR");
        assertThatThrownBy(() -> issuer.credit(original, " ")).hasMessageContaining("needs a reason");
    }

    @Test
    void ocpi_json_carries_totals_per_dimension_and_periods() {
        Cdr cdr = issue();
        JsonNode json = OcpiCdrJson.toJson(cdr, PARTY, TestTariffs.location(), tariff);

        assertThat(json.get("country_code").asText()).isEqualTo("DE");
        assertThat(json.get("total_cost").get("excl_vat").decimalValue()).isEqualByComparingTo("5.90");
        assertThat(json.get("total_cost").get("incl_vat").decimalValue()).isEqualByComparingTo("7.02");
        assertThat(json.get("total_energy").decimalValue()).isEqualByComparingTo("11");
        assertThat(json.get("total_energy_cost").get("excl_vat").decimalValue()).isEqualByComparingTo("4.40");
        assertThat(json.get("total_parking_cost").get("incl_vat").decimalValue()).isEqualByComparingTo("1.79");
        assertThat(json.get("total_time").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(json.get("total_parking_time").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(json.get("charging_periods")).hasSize(3); // charging, parked free, parked with fee
        assertThat(json.get("charging_periods").get(2).get("start_date_time").asText()).isEqualTo("2025-03-12T12:15:00Z");
        assertThat(json.get("tariffs").get(0).get("elements")).hasSize(3);
        assertThat(json.get("tariffs").get(0).get("elements").get(0).get("restrictions").get("start_time").asText())
                .isEqualTo("22:00");
        assertThat(json.get("cdr_location").get("evse_id").asText()).isEqualTo("DE*SWW*E1001*1");
        assertThat(json.get("credit").asBoolean()).isFalse();
        assertThat(OcpiCdrJson.toJson(issuer.credit(cdr, "x"), PARTY, TestTariffs.location(), tariff)
                .get("credit_reference_id").asText()).isEqualTo(cdr.id());
    }

    @Test
    void csv_has_one_row_per_cdr_with_amounts_that_add_up() {
        Cdr cdr = issue();
        String[] rows = CdrCsv.write(java.util.List.of(cdr, issuer.credit(cdr, "x; y"))).split("\r\n");

        assertThat(rows).hasSize(3);
        assertThat(rows[0]).startsWith("cdr_id;credit_reference_id;");
        String[] f = rows[1].split(";");
        int col = CdrCsv.HEADER.indexOf("total_net");
        assertThat(f[col]).isEqualTo("5.90");
        assertThat(f[CdrCsv.HEADER.indexOf("net_energy")]).isEqualTo("4.40");
        assertThat(f[CdrCsv.HEADER.indexOf("net_parking")]).isEqualTo("1.50");
        assertThat(f[CdrCsv.HEADER.indexOf("total_gross")]).isEqualTo("7.02");
        assertThat(rows[2].split(";")[CdrCsv.HEADER.indexOf("total_gross")]).isEqualTo("-7.02");
    }
}
