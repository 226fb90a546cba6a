package de.ladewerk.billing.invoice;

import de.ladewerk.billing.cdr.SignedData;
import de.ladewerk.billing.money.Money;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Renders an invoice as PDF: letterhead, one line per session and component (unit price, quantity, net,
 * VAT rate and amount, gross), totals, and the signed meter data with instructions for checking it.
 */
public final class InvoicePdf {

    private static final float[] COLUMNS = {0, 150, 225, 285, 345, 395, 440};
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final InvoiceIssuer issuer;
    private final ZoneId zone;

    public InvoicePdf(InvoiceIssuer issuer, ZoneId zone) {
        this.issuer = issuer;
        this.zone = zone;
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
        w.line(w.regular, 9, "VAT ID: " + issuer.vatId());
        w.gap(12);
        w.line(w.regular, 10, inv.recipient().name());
        inv.recipient().addressLines().forEach(l -> w.line(w.regular, 10, l));
        w.gap(12);
        w.line(w.bold, 14, "Invoice " + inv.number());
        w.line(w.regular, 9, "Customer " + inv.recipient().customerId() + " - charging in " + inv.month()
                + " - issued " + WHEN.format(inv.issuedAt().atZone(zone)));
        w.gap(10);
    }

    private void lines(PdfPageWriter w, Invoice inv) {
        w.row(w.bold, 8, COLUMNS, "Session / station / time", "Component", "Unit price", "Quantity", "Net", "VAT",
                "Gross");
        String lastCdr = null;
        for (InvoiceLine l : inv.lines()) {
            String session = l.cdrId().equals(lastCdr) ? "" : (l.credit() ? "CREDIT " : "") + l.sessionId() + " @ "
                    + l.stationId() + ", " + WHEN.format(l.sessionStart().atZone(zone));
            lastCdr = l.cdrId();
            String vat = l.vatRate() == null ? "none" : l.vatRate() + " " + l.vat().toPlainString();
            w.row(w.regular, 8, COLUMNS, truncate(session, 34), l.type().name(),
                    unitPrice(l) + "/" + l.type().unit(),
                    l.quantity().toPlainString() + " " + l.type().unit(), l.net().toPlainString(), vat,
                    l.gross().toPlainString());
        }
        w.gap(8);
    }

    private void totals(PdfPageWriter w, Invoice inv) {
        String c = " " + inv.currency().getCurrencyCode();
        w.line(w.bold, 10, "Total net: " + amount(inv.totalNet()) + c);
        w.line(w.bold, 10, "Total VAT: " + amount(inv.totalVat()) + c);
        w.line(w.bold, 10, "Total gross: " + amount(inv.totalGross()) + c);
        w.line(w.regular, 8, "Each component is rounded to the cent; VAT is computed per component on the"
                + " rounded net amount.");
        w.gap(12);
    }

    private void evidence(PdfPageWriter w, Invoice inv) {
        w.line(w.bold, 10, "Signed meter data (Eichrecht)");
        if (inv.evidence().isEmpty()) {
            w.line(w.regular, 8, "The stations of these sessions sent no signed meter values.");
            return;
        }
        w.paragraph(w.regular, 8, SignedData.HOW_TO_VERIFY, 110);
        for (SignedEvidence e : inv.evidence()) {
            w.gap(6);
            w.line(w.bold, 8, "Session " + e.sessionId() + ", meter " + e.meterSerial());
            w.line(w.regular, 7, e.note());
            // a reference, not the packets: wrapped packet text pasted into the verifier breaks the signature
            w.line(w.regular, 7, "Transparency file: GET /api/cdrs/" + e.cdrId() + "/transparency.xml ("
                    + e.packets().size() + " OCMF packet(s), opens as it is in the S.A.F.E. Transparenzsoftware)");
        }
    }

    /** At least cents, more digits only where the tariff has them (0.4321). */
    private static String unitPrice(InvoiceLine l) {
        java.math.BigDecimal p = l.unitPrice().stripTrailingZeros();
        return (p.scale() < 2 ? p.setScale(2) : p).toPlainString();
    }

    private static String amount(Money m) {
        return m.toPlainString();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
