package de.ladewerk.app.billing;

import de.ladewerk.billing.BillingSettings;
import de.ladewerk.billing.cdr.OcpiParty;
import de.ladewerk.billing.invoice.InvoiceIssuer;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * How the application runs billing.
 *
 * @param settings        billing's own settings (zone, OCPI party, invoice letterhead)
 * @param catchUpInterval how often ended sessions without CDR or hold are looked for (sessions whose
 *                        end event was lost, e.g. by a restart between commit and billing)
 * @param catchUpWindow   how far back that search reaches; older unbilled sessions are left alone, so a
 *                        database from before billing was switched on is not billed retroactively
 */
public record BillingConfig(BillingSettings settings, Duration catchUpInterval, Duration catchUpWindow) {

    public BillingConfig {
        if (catchUpInterval.isNegative() || catchUpInterval.isZero()) {
            throw new IllegalArgumentException("billing.catchUpInterval must be positive, is " + catchUpInterval);
        }
        if (catchUpWindow.isNegative() || catchUpWindow.isZero()) {
            throw new IllegalArgumentException("billing.catchUpWindow must be positive, is " + catchUpWindow);
        }
    }

    /** Settings from the configuration's plain values; the address lines are separated by {@code |}. */
    public static BillingConfig of(String zone, String ocpiCountry, String ocpiParty, String issuerName,
                                   String issuerAddress, String issuerVatId, Duration catchUpInterval,
                                   Duration catchUpWindow) {
        List<String> address = issuerAddress == null || issuerAddress.isBlank() ? List.of()
                : List.of(issuerAddress.split("\\s*\\|\\s*"));
        return new BillingConfig(new BillingSettings(ZoneId.of(zone), new OcpiParty(ocpiCountry, ocpiParty),
                new InvoiceIssuer(issuerName, address, issuerVatId)), catchUpInterval, catchUpWindow);
    }
}
