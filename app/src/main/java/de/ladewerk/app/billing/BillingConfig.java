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
        return of(zone, ocpiCountry, ocpiParty, issuerName, issuerAddress, issuerVatId, catchUpInterval, catchUpWindow,
                de.ladewerk.billing.ocmf.OcmfVerifier.DEFAULT_TOLERANCE_WH);
    }

    /** As above, with the largest accepted difference between signed and sampled energy in Wh. */
    public static BillingConfig of(String zone, String ocpiCountry, String ocpiParty, String issuerName,
                                   String issuerAddress, String issuerVatId, Duration catchUpInterval,
                                   Duration catchUpWindow, long energyToleranceWh) {
        List<String> address = issuerAddress == null || issuerAddress.isBlank() ? List.of()
                : List.of(issuerAddress.split("\\s*\\|\\s*"));
        return new BillingConfig(new BillingSettings(ZoneId.of(zone), new OcpiParty(ocpiCountry, ocpiParty),
                new InvoiceIssuer(issuerName, address, issuerVatId), energyToleranceWh), catchUpInterval, catchUpWindow);
    }

    /**
     * Billing issues invoices, and §14 UStG requires the issuer's name, address and VAT id on each: refuse to start
     * without them, naming the configuration keys.
     */
    public void requireCompleteIssuer() {
        List<String> problems = settings.issuer().problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("billing needs the invoice issuer's name, address and VAT id (§14 UStG): "
                    + String.join("; ", problems) + ". Set billing.issuerName / LADEWERK_INVOICE_ISSUER_NAME, "
                    + "billing.issuerAddress / LADEWERK_INVOICE_ISSUER_ADDRESS (lines separated by |) and "
                    + "billing.issuerVatId / LADEWERK_INVOICE_ISSUER_VAT_ID");
        }
    }
}
