package de.ladewerk.billing.invoice;

import de.ladewerk.billing.money.Money;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;

/**
 * An issued invoice for one customer and month. Totals are the sums of the lines, which are the CDRs'
 * already rounded cost lines; nothing is rounded again here.
 *
 * @param number gap-free per year, e.g. "2025-000042"
 */
public record Invoice(String number, InvoiceRecipient recipient, YearMonth month, Instant issuedAt, Currency currency,
                      List<InvoiceLine> lines, List<SignedEvidence> evidence) {

    public Invoice {
        lines = List.copyOf(lines);
        evidence = List.copyOf(evidence);
    }

    public Money totalNet() {
        return lines.stream().map(InvoiceLine::net).reduce(Money.zero(currency), Money::plus);
    }

    public Money totalVat() {
        return lines.stream().map(InvoiceLine::vat).reduce(Money.zero(currency), Money::plus);
    }

    public Money totalGross() {
        return lines.stream().map(InvoiceLine::gross).reduce(Money.zero(currency), Money::plus);
    }

    /** CDR ids on this invoice, each once. */
    public List<String> cdrIds() {
        return lines.stream().map(InvoiceLine::cdrId).distinct().toList();
    }
}
