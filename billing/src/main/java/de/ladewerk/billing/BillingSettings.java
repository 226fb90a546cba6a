package de.ladewerk.billing;

import de.ladewerk.billing.cdr.OcpiParty;
import de.ladewerk.billing.invoice.InvoiceIssuer;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Billing's configuration.
 *
 * @param zone   local time of the stations (restrictions, invoice months), e.g. Europe/Berlin
 * @param party  OCPI identity of the operator for CDR exports
 * @param issuer letterhead of the invoices
 */
public record BillingSettings(ZoneId zone, OcpiParty party, InvoiceIssuer issuer) {
    public BillingSettings {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(issuer, "issuer");
    }
}
