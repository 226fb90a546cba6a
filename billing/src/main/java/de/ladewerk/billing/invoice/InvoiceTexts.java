package de.ladewerk.billing.invoice;

import de.ladewerk.billing.rating.CostLineType;
import java.util.Locale;
import java.util.Map;

/**
 * The words of an invoice in one language. German is the default (the invoice is a German tax document, §14
 * UStG); English can be chosen.
 */
public record InvoiceTexts(Locale locale, String invoice, String cancellation, String vatId, String number,
                           String date, String period, String customer, String session, String component,
                           String unitPrice, String quantity, String net, String vat, String gross, String credit,
                           String noVat, String vatBreakdown, String vatAt, String totalNet, String totalVat,
                           String totalGross, String vatNote, String signedData, String noSignedData, String meter,
                           String transparencyFile, Map<CostLineType, String> components) {

    public static final InvoiceTexts GERMAN = new InvoiceTexts(Locale.GERMANY, "Rechnung", "Stornorechnung",
            "USt-IdNr.", "Rechnungsnummer", "Rechnungsdatum", "Leistungszeitraum", "Kundennummer",
            "Ladevorgang / Station / Beginn", "Leistung", "Einzelpreis", "Menge", "Netto", "USt", "Brutto",
            "GUTSCHRIFT", "keine", "Umsatzsteuer nach Steuersätzen", "USt", "Summe netto", "Summe Umsatzsteuer",
            "Rechnungsbetrag (brutto)",
            "Umsatzsteuer je Steuersatz auf die Summe berechnet und kaufmännisch gerundet (EN 16931 BR-CO-17);"
                    + " bei Bruttopreisen gilt der angezeigte Preis je kWh genau.",
            "Signierte Messwerte (Eichrecht)", "Die Stationen dieser Ladevorgänge haben keine signierten Messwerte"
                    + " gesendet.", "Zähler", "Transparenzdatei",
            Map.of(CostLineType.ENERGY, "Energie", CostLineType.FLAT, "Grundpreis",
                    CostLineType.TIME, "Ladedauer", CostLineType.PARKING_TIME, "Blockiergebühr",
                    CostLineType.MIN_PRICE_ADJUSTMENT, "Mindestpreis", CostLineType.MAX_PRICE_ADJUSTMENT, "Höchstpreis"));

    public static final InvoiceTexts ENGLISH = new InvoiceTexts(Locale.UK, "Invoice", "Cancellation invoice",
            "VAT ID", "Invoice number", "Invoice date", "Service period", "Customer", "Session / station / start",
            "Component", "Unit price", "Quantity", "Net", "VAT", "Gross", "CREDIT", "none", "VAT by rate", "VAT",
            "Total net", "Total VAT", "Total gross",
            "VAT computed per rate on its total and rounded half-up (EN 16931 BR-CO-17); with gross prices the"
                    + " displayed price per kWh applies exactly.",
            "Signed meter data (Eichrecht)", "The stations of these sessions sent no signed meter values.", "meter",
            "Transparency file",
            Map.of(CostLineType.ENERGY, "Energy", CostLineType.FLAT, "Session fee", CostLineType.TIME, "Charging time",
                    CostLineType.PARKING_TIME, "Blocking fee", CostLineType.MIN_PRICE_ADJUSTMENT, "Minimum price",
                    CostLineType.MAX_PRICE_ADJUSTMENT, "Maximum price"));

    /** The texts for a language tag ("de", "en"); German for anything else. */
    public static InvoiceTexts forLanguage(String language) {
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : GERMAN;
    }

    /** The unit of a line's quantity: kWh and h in every language, "Vorgang" for a session in German. */
    public String unit(CostLineType type) {
        return "session".equals(type.unit()) && "de".equals(locale.getLanguage()) ? "Vorgang" : type.unit();
    }

    public String component(CostLineType type) {
        return components.get(type);
    }
}
