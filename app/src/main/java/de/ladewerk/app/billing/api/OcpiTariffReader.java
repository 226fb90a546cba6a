package de.ladewerk.app.billing.api;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.billing.money.Money;
import de.ladewerk.billing.money.VatRate;
import de.ladewerk.billing.tariff.PriceComponent;
import de.ladewerk.billing.tariff.PriceLimit;
import de.ladewerk.billing.tariff.Tariff;
import de.ladewerk.billing.tariff.TariffDimension;
import de.ladewerk.billing.tariff.TariffElement;
import de.ladewerk.billing.tariff.TariffRestrictions;
import de.ladewerk.billing.tariff.TariffType;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a tariff sent as an OCPI 2.2.1 Tariff object (the shape {@code GET /api/tariffs/{id}} answers
 * with), so operators write tariffs in the format roaming partners already know. The version number is
 * assigned on publication; {@code country_code}, {@code party_id} and {@code last_updated} are ignored.
 * Ladewerk's extension {@code prices_include_vat: true} marks a gross (B2C) tariff whose components state
 * {@code price_incl_vat} (the displayed price, billed exactly); {@code price} is then ignored on input.
 * Every problem names the JSON path of the field ({@link IllegalArgumentException}).
 */
public final class OcpiTariffReader {

    private OcpiTariffReader() {
    }

    /** @param now validity start when {@code start_date_time} is absent */
    public static Tariff read(JsonNode n, Instant now) {
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("the body must be an OCPI Tariff JSON object");
        }
        String id = text(n, "id", true);
        Currency currency = parse(n, "currency", Currency::getInstance, true);
        TariffType type = parse(n, "type", s -> TariffType.valueOf(s.toUpperCase(Locale.ROOT)), false);
        JsonNode elements = n.get("elements");
        if (elements == null || !elements.isArray() || elements.isEmpty()) {
            throw new IllegalArgumentException("elements: at least one tariff element is required");
        }
        JsonNode grossNode = n.get("prices_include_vat");
        if (grossNode != null && !grossNode.isNull() && !grossNode.isBoolean()) {
            throw new IllegalArgumentException("prices_include_vat: must be true or false");
        }
        boolean gross = grossNode != null && grossNode.asBoolean();
        List<TariffElement> list = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            list.add(element(elements.get(i), "elements[" + i + "]", gross));
        }
        Instant from = parse(n, "start_date_time", Instant::parse, false);
        return new Tariff(id, 0, currency, type == null ? TariffType.REGULAR : type, list,
                limit(n.get("min_price"), "min_price", currency), limit(n.get("max_price"), "max_price", currency),
                from == null ? now : from, parse(n, "end_date_time", Instant::parse, false), gross);
    }

    /** In a gross tariff ({@code prices_include_vat}) each component's stated price is {@code price_incl_vat}. */
    private static TariffElement element(JsonNode e, String path, boolean gross) {
        JsonNode pcs = e.get("price_components");
        if (pcs == null || !pcs.isArray() || pcs.isEmpty()) {
            throw new IllegalArgumentException(path + ".price_components: at least one price component is required");
        }
        List<PriceComponent> components = new ArrayList<>();
        for (int i = 0; i < pcs.size(); i++) {
            JsonNode pc = pcs.get(i);
            String at = path + ".price_components[" + i + "]";
            TariffDimension dim = parse(pc, "type", s -> TariffDimension.valueOf(s.toUpperCase(Locale.ROOT)), true, at);
            BigDecimal price = gross ? decimal(pc, "price_incl_vat", true, at) : decimal(pc, "price", true, at);
            BigDecimal vat = decimal(pc, "vat", false, at);
            BigDecimal step = decimal(pc, "step_size", false, at);
            try {
                components.add(new PriceComponent(dim, price, vat == null ? null : new VatRate(vat),
                        step == null ? 1 : step.intValueExact()));
            } catch (IllegalArgumentException | ArithmeticException ex) {
                throw new IllegalArgumentException(at + ": " + ex.getMessage(), ex);
            }
        }
        JsonNode r = e.get("restrictions");
        return new TariffElement(components, r == null || r.isNull() ? TariffRestrictions.NONE
                : restrictions(r, path + ".restrictions"));
    }

    private static TariffRestrictions restrictions(JsonNode r, String path) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        JsonNode dow = r.get("day_of_week");
        if (dow != null && dow.isArray()) {
            for (JsonNode d : dow) {
                try {
                    days.add(DayOfWeek.valueOf(d.asText().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException ex) {
                    throw new IllegalArgumentException(path + ".day_of_week: unknown day '" + d.asText() + "'", ex);
                }
            }
        }
        BigDecimal minDuration = decimal(r, "min_duration", false, path);
        BigDecimal maxDuration = decimal(r, "max_duration", false, path);
        return new TariffRestrictions(
                parse(r, "start_time", LocalTime::parse, false, path), parse(r, "end_time", LocalTime::parse, false, path),
                parse(r, "start_date", LocalDate::parse, false, path), parse(r, "end_date", LocalDate::parse, false, path),
                decimal(r, "min_kwh", false, path), decimal(r, "max_kwh", false, path),
                decimal(r, "min_current", false, path), decimal(r, "max_current", false, path),
                decimal(r, "min_power", false, path), decimal(r, "max_power", false, path),
                minDuration == null ? null : minDuration.longValue(), maxDuration == null ? null : maxDuration.longValue(),
                days);
    }

    private static PriceLimit limit(JsonNode p, String path, Currency currency) {
        if (p == null || p.isNull()) {
            return null;
        }
        BigDecimal excl = decimal(p, "excl_vat", true, path);
        BigDecimal incl = decimal(p, "incl_vat", false, path);
        try {
            return new PriceLimit(new Money(excl, currency), incl == null ? null : new Money(incl, currency));
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(path + ": " + ex.getMessage(), ex);
        }
    }

    private static String text(JsonNode n, String field, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            if (required) {
                throw new IllegalArgumentException(field + " is required");
            }
            return null;
        }
        return v.asText();
    }

    private static <T> T parse(JsonNode n, String field, Function<String, T> parser, boolean required) {
        return parse(n, field, parser, required, null);
    }

    private static <T> T parse(JsonNode n, String field, Function<String, T> parser, boolean required, String path) {
        String where = path == null ? field : path + "." + field;
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            if (required) {
                throw new IllegalArgumentException(where + " is required");
            }
            return null;
        }
        try {
            return parser.apply(v.asText().trim());
        } catch (RuntimeException ex) {
            throw new IllegalArgumentException(where + ": '" + v.asText() + "' is not valid", ex);
        }
    }

    private static BigDecimal decimal(JsonNode n, String field, boolean required, String path) {
        return parse(n, field, BigDecimal::new, required, path);
    }
}
