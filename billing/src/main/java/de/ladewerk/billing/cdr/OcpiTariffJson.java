package de.ladewerk.billing.cdr;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ladewerk.billing.tariff.PriceComponent;
import de.ladewerk.billing.tariff.PriceLimit;
import de.ladewerk.billing.tariff.Tariff;
import de.ladewerk.billing.tariff.TariffElement;
import de.ladewerk.billing.tariff.TariffRestrictions;
import java.time.Instant;

/**
 * Writes a tariff version as an OCPI 2.2.1 Tariff object. {@code price} is always excl. VAT (OCPI); a gross tariff
 * adds {@code prices_include_vat: true} and each component's stated {@code price_incl_vat}.
 */
public final class OcpiTariffJson {

    private OcpiTariffJson() {
    }

    public static ObjectNode toJson(Tariff t, OcpiParty party, Instant lastUpdated) {
        ObjectNode n = OcpiJson.MAPPER.createObjectNode();
        n.put("country_code", party.countryCode());
        n.put("party_id", party.partyId());
        n.put("id", t.id());
        n.put("currency", t.currency().getCurrencyCode());
        n.put("type", t.type().name());
        ArrayNode elements = n.putArray("elements");
        t.elements().forEach(e -> elements.add(element(e, t.pricesIncludeVat())));
        if (t.pricesIncludeVat()) {
            n.put("prices_include_vat", true); // Ladewerk extension: the stated prices are gross (PAngV)
        }
        limit(n, "min_price", t.minPrice());
        limit(n, "max_price", t.maxPrice());
        n.put("start_date_time", OcpiJson.time(t.validFrom()));
        if (t.validTo() != null) {
            n.put("end_date_time", OcpiJson.time(t.validTo()));
        }
        n.put("last_updated", OcpiJson.time(lastUpdated));
        return n;
    }

    private static ObjectNode element(TariffElement e, boolean pricesIncludeVat) {
        ObjectNode n = OcpiJson.MAPPER.createObjectNode();
        ArrayNode components = n.putArray("price_components");
        for (PriceComponent c : e.priceComponents()) {
            ObjectNode pc = components.addObject();
            pc.put("type", c.type().name());
            pc.put("price", c.priceExclVat(pricesIncludeVat));
            if (pricesIncludeVat) {
                pc.put("price_incl_vat", c.price());
            }
            if (c.vat() != null) {
                pc.put("vat", c.vat().percent());
            }
            pc.put("step_size", c.stepSize());
        }
        if (!e.restrictions().isUnrestricted()) {
            n.set("restrictions", restrictions(e.restrictions()));
        }
        return n;
    }

    private static ObjectNode restrictions(TariffRestrictions r) {
        ObjectNode n = OcpiJson.MAPPER.createObjectNode();
        putIfSet(n, "start_time", r.startTime() == null ? null : r.startTime().toString());
        putIfSet(n, "end_time", r.endTime() == null ? null : r.endTime().toString());
        putIfSet(n, "start_date", r.startDate() == null ? null : r.startDate().toString());
        putIfSet(n, "end_date", r.endDate() == null ? null : r.endDate().toString());
        putIfSet(n, "min_kwh", r.minKwh());
        putIfSet(n, "max_kwh", r.maxKwh());
        putIfSet(n, "min_current", r.minCurrent());
        putIfSet(n, "max_current", r.maxCurrent());
        putIfSet(n, "min_power", r.minPower());
        putIfSet(n, "max_power", r.maxPower());
        putIfSet(n, "min_duration", r.minDuration());
        putIfSet(n, "max_duration", r.maxDuration());
        if (!r.daysOfWeek().isEmpty()) {
            ArrayNode days = n.putArray("day_of_week");
            r.daysOfWeek().stream().sorted().forEach(d -> days.add(d.name()));
        }
        return n;
    }

    private static void putIfSet(ObjectNode n, String field, Object value) {
        if (value != null) {
            n.putPOJO(field, value);
        }
    }

    private static void limit(ObjectNode n, String field, PriceLimit limit) {
        if (limit != null) {
            ObjectNode p = n.putObject(field);
            p.put("excl_vat", limit.exclVat().amount());
            if (limit.inclVat() != null) {
                p.put("incl_vat", limit.inclVat().amount());
            }
        }
    }
}
