package de.ladewerk.billing;

import de.ladewerk.billing.cdr.OcpiParty;
import de.ladewerk.billing.invoice.InvoiceIssuer;
import de.ladewerk.billing.ocmf.OcmfVerifier;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Billing's configuration.
 *
 * @param zone   local time of the stations (restrictions, invoice months), e.g. Europe/Berlin
 * @param party  OCPI identity of the operator for CDR exports
 * @param issuer letterhead of the invoices
 * @param energyToleranceWh largest accepted difference between a session's signed and sampled energy; a larger
 *                          one holds the session for review
 */
public record BillingSettings(ZoneId zone, OcpiParty party, InvoiceIssuer issuer, long energyToleranceWh) {
    public BillingSettings {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(issuer, "issuer");
        if (energyToleranceWh < 0) {
            throw new IllegalArgumentException("billing.energyToleranceWh must not be negative, is " + energyToleranceWh);
        }
    }

    /** Settings with the default energy tolerance ({@value OcmfVerifier#DEFAULT_TOLERANCE_WH} Wh). */
    public BillingSettings(ZoneId zone, OcpiParty party, InvoiceIssuer issuer) {
        this(zone, party, issuer, OcmfVerifier.DEFAULT_TOLERANCE_WH);
    }
}
