package de.ladewerk.billing.invoice;

import de.ladewerk.billing.cdr.CsvWriter;
import java.util.List;

/** An invoice as CSV: one row per line, a last row with the totals. */
public final class InvoiceCsv {

    public static final List<String> HEADER = List.of("invoice_number", "customer_id", "month", "cdr_id", "session_id",
            "station_id", "session_start", "session_end", "credit", "component", "unit_price", "unit", "quantity",
            "vat_percent", "net", "vat", "gross", "currency");

    private InvoiceCsv() {
    }

    public static String write(Invoice inv) {
        CsvWriter csv = new CsvWriter().row(HEADER);
        String currency = inv.currency().getCurrencyCode();
        for (InvoiceLine l : inv.lines()) {
            csv.row(List.of(inv.number(), inv.recipient().customerId(), inv.month(), l.cdrId(), l.sessionId(),
                    l.stationId(), l.sessionStart(), l.sessionEnd(), l.credit(), l.type(), l.unitPrice().toPlainString(),
                    l.type().unit(), l.quantity().toPlainString(),
                    l.vatRate() == null ? "" : l.vatRate().percent().toPlainString(), l.net().toPlainString(),
                    l.vat().toPlainString(), l.gross().toPlainString(), currency));
        }
        csv.row(List.of(inv.number(), inv.recipient().customerId(), inv.month(), "TOTAL", "", "", "", "", "", "", "",
                "", "", "", inv.totalNet().toPlainString(), inv.totalVat().toPlainString(),
                inv.totalGross().toPlainString(), currency));
        return csv.toString();
    }
}
