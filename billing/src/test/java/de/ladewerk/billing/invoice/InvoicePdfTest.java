package de.ladewerk.billing.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.billing.money.Money;
import de.ladewerk.billing.money.VatRate;
import de.ladewerk.billing.rating.CostLineType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The invoice PDF, rendered and read back as text, carries the §14 (4) UStG fields and the totals per VAT rate. */
class InvoicePdfTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final InvoiceIssuer ISSUER = new InvoiceIssuer("Stadtwerke Wolfsburg AG",
            List.of("Hesslinger Straße 1-5", "38440 Wolfsburg"), "DE115233589");
    private static final InvoiceRecipient RECIPIENT = new InvoiceRecipient("CUST-7", "Erika Mustermann",
            List.of("Heidestraße 17", "51147 Köln"));

    /** 7.70 net at 19 % over two sessions, 2.00 at 7 % and a 1.00 fee without VAT, one gross-priced 10.00 at 19 %. */
    private static Invoice invoice() {
        VatRate v19 = VatRate.GERMAN_STANDARD;
        VatRate v7 = VatRate.of("7");
        Instant start = Instant.parse("2025-03-10T20:00:00Z");
        return new Invoice("2025-000042", RECIPIENT, YearMonth.of(2025, 3), Instant.parse("2025-04-01T07:00:00Z"),
                Money.EUR, List.of(
                line("C1", "S-1", start, CostLineType.ENERGY, "0.40", "11.000", v19, "4.40", "0.84", "5.24", false),
                line("C2", "S-2", start, CostLineType.ENERGY, "0.30", "11.000", v19, "3.30", "0.63", "3.93", false),
                line("C3", "S-3", start, CostLineType.ENERGY, "0.20", "10.000", v7, "2.00", "0.14", "2.14", false),
                line("C3", "S-3", start, CostLineType.FLAT, "1.00", "1", null, "1.00", "0.00", "1.00", false)),
                List.of());
    }

    private static InvoiceLine line(String cdr, String session, Instant start, CostLineType type, String price,
                                    String qty, VatRate rate, String net, String vat, String gross, boolean grossPriced) {
        return new InvoiceLine(cdr, session, "ST-1", start, start.plusSeconds(3600), type, new BigDecimal(price),
                new BigDecimal(qty), rate, Money.eur(net), Money.eur(vat), Money.eur(gross), false, grossPriced);
    }

    @Test
    void vat_is_computed_per_rate_on_the_total() {
        Invoice inv = invoice();

        assertThat(inv.vatSubtotals()).extracting(s -> (s.rate() == null ? "none" : s.rate().toString()) + " "
                        + s.net().toPlainString() + " " + s.vat().toPlainString() + " " + s.gross().toPlainString())
                .containsExactly("19 % 7.70 1.46 9.16", "7 % 2.00 0.14 2.14", "none 1.00 0.00 1.00");
        assertThat(inv.totalNet().toPlainString()).isEqualTo("10.70");
        assertThat(inv.totalVat().toPlainString()).isEqualTo("1.60");
        assertThat(inv.totalGross().toPlainString()).isEqualTo("12.30");
    }

    @Test
    void gross_priced_lines_are_totalled_on_the_gross() {
        Instant start = Instant.parse("2025-03-10T20:00:00Z");
        // two sessions of a gross tariff at 0.4998 €/kWh: 10.00 and 5.00 as displayed; VAT = 15.00 × 19/119 = 2.39
        Invoice inv = new Invoice("2025-000043", RECIPIENT, YearMonth.of(2025, 3), start, Money.EUR, List.of(
                line("C1", "S-1", start, CostLineType.ENERGY, "0.4998", "20.012", VatRate.GERMAN_STANDARD, "8.40", "1.60",
                        "10.00", true),
                line("C2", "S-2", start, CostLineType.ENERGY, "0.4998", "10.000", VatRate.GERMAN_STANDARD, "4.20", "0.80",
                        "5.00", true)), List.of());

        assertThat(inv.totalGross().toPlainString()).isEqualTo("15.00");
        assertThat(inv.totalVat().toPlainString()).isEqualTo("2.39");
        assertThat(inv.totalNet().toPlainString()).isEqualTo("12.61");
    }

    @Test
    void the_german_pdf_has_the_section_14_fields_and_the_totals_per_rate() throws Exception {
        String text = text(new InvoicePdf(ISSUER, BERLIN).render(invoice()));

        assertThat(text).contains("Stadtwerke Wolfsburg AG", "Hesslinger Straße 1-5", "38440 Wolfsburg",
                "USt-IdNr.: DE115233589", "Erika Mustermann", "Heidestraße 17", "51147 Köln", "Rechnung",
                "Rechnungsnummer: 2025-000042", "Rechnungsdatum: 01.04.2025",
                "Leistungszeitraum: 01.03.2025 - 31.03.2025", "Kundennummer: CUST-7",
                "Energie 0,40/kWh 11,000 kWh 4,40 19 % 0,84 5,24", "Grundpreis 1,00/Vorgang 1 Vorgang 1,00 keine 1,00",
                "Umsatzsteuer nach Steuersätzen",
                "USt 19 %: Netto 7,70 EUR, USt 1,46 EUR, Brutto 9,16 EUR",
                "USt 7 %: Netto 2,00 EUR, USt 0,14 EUR, Brutto 2,14 EUR",
                "USt keine: Netto 1,00 EUR, USt 0,00 EUR, Brutto 1,00 EUR",
                "Summe netto: 10,70 EUR", "Summe Umsatzsteuer: 1,60 EUR", "Rechnungsbetrag (brutto): 12,30 EUR");
        assertThat(text).doesNotContain("Invoice", "1,47");
    }

    @Test
    void english_is_selectable() throws Exception {
        String text = text(new InvoicePdf(ISSUER, BERLIN, InvoiceTexts.forLanguage("en")).render(invoice()));

        assertThat(text).contains("VAT ID: DE115233589", "Invoice number: 2025-000042", "Invoice date: 01.04.2025",
                "Service period: 01.03.2025 - 31.03.2025", "VAT 19 %: Net 7.70 EUR, VAT 1.46 EUR, Gross 9.16 EUR",
                "Total gross: 12.30 EUR");
        assertThat(InvoiceTexts.forLanguage(null)).isSameAs(InvoiceTexts.GERMAN);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
