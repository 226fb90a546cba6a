package de.ladewerk.billing.invoice;

import de.ladewerk.billing.money.VatBreakdown;
import de.ladewerk.billing.money.VatSubtotal;

import de.ladewerk.billing.money.Money;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;

/**
 * An issued invoice for one customer and month. Its lines are the CDRs' cost lines; its totals are per VAT
 * rate ({@link #vatSubtotals()}).
 *
 * @param number gap-free per year, e.g. "2025-000042"
 */
public record Invoice(String number, InvoiceRecipient recipient, YearMonth month, Instant issuedAt, Currency currency,
                      List<InvoiceLine> lines, List<SignedEvidence> evidence) {

    public Invoice {
        lines = List.copyOf(lines);
        evidence = List.copyOf(evidence);
    }

    /**
     * Net, VAT and gross per VAT rate of the whole invoice, VAT computed once per rate on its total (EN 16931
     * BR-CO-17; a rate whose lines all come from gross prices is totalled on the gross). The invoice's totals are
     * the sums of these, so its VAT can differ by a cent from the sum of its sessions' (CDRs') VAT.
     */
    public List<VatSubtotal> vatSubtotals() {
        return VatBreakdown.of(lines.stream().map(l -> new VatBreakdown.Part(l.vatRate(), l.net(), l.gross(),
                l.pricesIncludeVat())).toList(), currency);
    }

    public Money totalNet() {
        return vatSubtotals().stream().map(VatSubtotal::net).reduce(Money.zero(currency), Money::plus);
    }

    public Money totalVat() {
        return vatSubtotals().stream().map(VatSubtotal::vat).reduce(Money.zero(currency), Money::plus);
    }

    public Money totalGross() {
        return vatSubtotals().stream().map(VatSubtotal::gross).reduce(Money.zero(currency), Money::plus);
    }

    /** CDR ids on this invoice, each once. */
    public List<String> cdrIds() {
        return lines.stream().map(InvoiceLine::cdrId).distinct().toList();
    }
}
