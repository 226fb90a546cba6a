package de.ladewerk.billing.invoice;

import de.ladewerk.billing.cdr.Cdr;
import de.ladewerk.billing.cdr.SignedData;
import de.ladewerk.billing.rating.CostLine;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** The content of an invoice before it gets its number: the customer's uninvoiced CDRs of the month. */
public record InvoiceDraft(InvoiceRecipient recipient, YearMonth month, Currency currency, List<Cdr> cdrs) {

    public InvoiceDraft {
        cdrs = List.copyOf(cdrs);
        if (cdrs.isEmpty()) {
            throw new IllegalArgumentException("no uninvoiced CDRs for customer " + recipient.customerId()
                    + " up to the end of " + month + ": nothing to invoice");
        }
        for (Cdr c : cdrs) {
            if (!recipient.customerId().equals(c.customerId())) {
                throw new IllegalArgumentException("CDR " + c.id() + " belongs to customer " + c.customerId());
            }
            if (!c.currency().equals(currency)) {
                throw new IllegalArgumentException("CDR " + c.id() + " is in " + c.currency() + ", invoice in " + currency);
            }
        }
    }

    /** The invoice with its number. */
    public Invoice numbered(String number, Instant issuedAt) {
        List<InvoiceLine> lines = new ArrayList<>();
        List<SignedEvidence> evidence = new ArrayList<>();
        for (Cdr c : cdrs) {
            for (CostLine l : c.lines()) {
                lines.add(new InvoiceLine(c.id(), c.sessionId(), c.stationId(), c.start(), c.end(), l.type(),
                        l.unitPrice(), l.quantity(), l.vatRate(), l.net(), l.vat(), l.gross(), c.isCredit(),
                        l.pricesIncludeVat()));
            }
            SignedData s = c.signedData();
            if (s != null && !c.isCredit()) {
                evidence.add(new SignedEvidence(c.id(), c.sessionId(), meterSerial(c, s), s.publicKeyHex(),
                        s.signedValues(), s.verificationNote()));
            }
        }
        return new Invoice(number, recipient, month, issuedAt, currency, lines, evidence);
    }

    /** The station's meter serial, else the one the meter signed (MS), so the invoice never says "meter null". */
    private static String meterSerial(Cdr c, SignedData s) {
        if (c.meterSerial() != null) {
            return c.meterSerial();
        }
        for (String packet : s.signedValues()) {
            try {
                return de.ladewerk.billing.ocmf.OcmfParser.parse(packet.strip()).meterSerial();
            } catch (de.ladewerk.billing.ocmf.OcmfFormatException e) {
                // try the next packet
            }
        }
        return "unknown";
    }
}
