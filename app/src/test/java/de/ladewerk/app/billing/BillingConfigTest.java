package de.ladewerk.app.billing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Billing refuses to start without the letterhead §14 UStG requires, and names the keys to set. */
class BillingConfigTest {

    private static BillingConfig issuer(String name, String address, String vatId) {
        return BillingConfig.of("Europe/Berlin", "DE", "SWW", name, address, vatId, Duration.ofMinutes(5), Duration.ofDays(7));
    }

    @Test
    void a_complete_issuer_starts() {
        assertThatCode(() -> issuer("Stadtwerke Wolfsburg AG", "Hesslinger Straße 1-5 | 38440 Wolfsburg", "DE115233589")
                .requireCompleteIssuer()).doesNotThrowAnyException();
    }

    @Test
    void a_missing_address_or_vat_id_is_a_clear_start_up_error() {
        assertThatThrownBy(() -> issuer("Stadtwerke", "", "").requireCompleteIssuer())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("address needs at least street and postcode/town")
                .hasMessageContaining("vatId is missing")
                .hasMessageContaining("LADEWERK_INVOICE_ISSUER_VAT_ID");
        assertThatThrownBy(() -> issuer("", "Straße 1 | 38440 Wolfsburg", "115233589").requireCompleteIssuer())
                .hasMessageContaining("name is missing")
                .hasMessageContaining("vatId '115233589' is not a VAT id");
    }
}
