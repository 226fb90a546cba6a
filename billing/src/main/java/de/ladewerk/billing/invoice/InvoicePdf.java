package de.ladewerk.billing.invoice;

import de.ladewerk.billing.money.VatRate;
import de.ladewerk.billing.money.VatSubtotal;
import java.text.NumberFormat;

import de.ladewerk.billing.cdr.SignedData;
import de.ladewerk.billing.money.Money;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Renders an invoice as PDF, German by default (English selectable): letterhead with the issuer's name,
 * address and VAT id, recipient, invoice number, date and service period (§14 (4) UStG), one line per session
 * and component (unit price, quantity, net, VAT rate and amount, gross), the totals per VAT rate and the grand
 * total, and the signed meter data with a reference to each session's transparency file.
 */
public final class InvoicePdf {

    private static final float[] COLUMNS = {0, 150, 235, 295, 350, 400, 450};
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final InvoiceIssuer issuer;
    private final ZoneId zone;
    private final InvoiceTexts texts;

    /** German invoices. */
    public InvoicePdf(InvoiceIssuer issuer, ZoneId zone) {
        this(issuer, zone, InvoiceTexts.GERMAN);
    }

    public InvoicePdf(InvoiceIssuer issuer, ZoneId zone, InvoiceTexts texts) {
        this.issuer = issuer;
        this.zone = zone;
        this.texts = texts;
    }

    public byte[] render(Invoice invoice) {
        try (PDDocument doc = new PDDocument()) {
            try (PdfPageWriter w = new PdfPageWriter(doc)) {
                header(w, invoice);
                lines(w, invoice);
                totals(w, invoice);
                evidence(w, invoice);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render invoice " + invoice.number(), e);
        }
    }

    private void header(PdfPageWriter w, Invoice inv) {
        w.line(w.bold, 12, issuer.name());
        issuer.addressLines().forEach(l -> w.line(w.regular, 9, l));
        w.line(w.regular, 9, texts.vatId() + ": " + issuer.vatId());
        w.gap(12);
        w.line(w.regular, 10, inv.recipient().name());
        inv.recipient().addressLines().forEach(l -> w.line(w.regular, 10, l));
        w.gap(12);
        w.line(w.bold, 14, texts.invoice());
        w.line(w.regular, 9, texts.number() + ": " + inv.number());
        w.line(w.regular, 9, texts.date() + ": " + DAY.format(inv.issuedAt().atZone(zone)));
        w.line(w.regular, 9, texts.period() + ": " + DAY.format(inv.month().atDay(1)) + " - "
                + DAY.format(inv.month().atEndOfMonth()));
        w.line(w.regular, 9, texts.customer() + ": " + inv.recipient().customerId());
        w.gap(10);
    }

    private void lines(PdfPageWriter w, Invoice inv) {
        w.row(w.bold, 8, COLUMNS, texts.session(), texts.component(), texts.unitPrice(), texts.quantity(),
                texts.net(), texts.vat(), texts.gross());
        String lastCdr = null;
        for (InvoiceLine l : inv.lines()) {
            String session = l.cdrId().equals(lastCdr) ? "" : (l.credit() ? texts.credit() + " " : "") + l.sessionId()
                    + " @ " + l.stationId() + ", " + WHEN.format(l.sessionStart().atZone(zone));
            lastCdr = l.cdrId();
            String vat = l.vatRate() == null ? texts.noVat() : rate(l.vatRate()) + " " + amount(l.vat());
            w.row(w.regular, 8, COLUMNS, truncate(session, 34), texts.component(l.type()),
                    unitPrice(l) + "/" + texts.unit(l.type()),
                    decimal(l.quantity(), l.quantity().scale()) + " " + texts.unit(l.type()), amount(l.net()), vat,
                    amount(l.gross()));
        }
        w.gap(8);
    }

    private void totals(PdfPageWriter w, Invoice inv) {
        String c = " " + inv.currency().getCurrencyCode();
        w.line(w.bold, 10, texts.vatBreakdown());
        for (VatSubtotal s : inv.vatSubtotals()) {
            String rate = s.rate() == null ? texts.vatAt() + " " + texts.noVat() : texts.vatAt() + " " + rate(s.rate());
            w.line(w.regular, 9, rate + ": " + texts.net() + " " + amount(s.net()) + c + ", " + texts.vat() + " "
                    + amount(s.vat()) + c + ", " + texts.gross() + " " + amount(s.gross()) + c);
        }
        w.gap(4);
        w.line(w.bold, 10, texts.totalNet() + ": " + amount(inv.totalNet()) + c);
        w.line(w.bold, 10, texts.totalVat() + ": " + amount(inv.totalVat()) + c);
        w.line(w.bold, 10, texts.totalGross() + ": " + amount(inv.totalGross()) + c);
        w.line(w.regular, 8, texts.vatNote());
        w.gap(12);
    }

    private void evidence(PdfPageWriter w, Invoice inv) {
        w.line(w.bold, 10, texts.signedData());
        if (inv.evidence().isEmpty()) {
            w.line(w.regular, 8, texts.noSignedData());
            return;
        }
        w.paragraph(w.regular, 8, SignedData.HOW_TO_VERIFY, 110);
        for (SignedEvidence e : inv.evidence()) {
            w.gap(6);
            w.line(w.bold, 8, e.sessionId() + ", " + texts.meter() + " " + e.meterSerial());
            w.line(w.regular, 7, e.note());
            // a reference, not the packets: wrapped packet text pasted into the verifier breaks the signature
            w.line(w.regular, 7, texts.transparencyFile() + ": GET /api/cdrs/" + e.cdrId() + "/transparency.xml ("
                    + e.packets().size() + " OCMF, S.A.F.E. Transparenzsoftware)");
        }
    }

    private String rate(VatRate rate) {
        return decimal(rate.percent().stripTrailingZeros(), Math.max(0, rate.percent().stripTrailingZeros().scale()))
                + " %";
    }

    private String amount(Money m) {
        return decimal(m.amount(), 2);
    }

    /** A decimal in the invoice's language (7,40 in German), with the given number of fraction digits. */
    private String decimal(java.math.BigDecimal value, int digits) {
        NumberFormat f = NumberFormat.getNumberInstance(texts.locale());
        f.setMinimumFractionDigits(Math.max(0, digits));
        f.setMaximumFractionDigits(Math.max(0, digits));
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return f.format(value);
    }

    /** At least cents, more digits only where the tariff has them (0.4321). */
    private String unitPrice(InvoiceLine l) {
        java.math.BigDecimal p = l.unitPrice().stripTrailingZeros();
        return decimal(p, Math.max(2, p.scale()));
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
