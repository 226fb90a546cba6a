package de.ladewerk.billing.cdr;

import static de.ladewerk.billing.cdr.OcpiJson.hours;
import static de.ladewerk.billing.cdr.OcpiJson.kwh;
import static de.ladewerk.billing.cdr.OcpiJson.price;
import static de.ladewerk.billing.cdr.OcpiJson.time;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ladewerk.billing.rating.ChargingPeriod;
import de.ladewerk.billing.rating.CostLine;
import de.ladewerk.billing.rating.CostLineType;
import de.ladewerk.billing.tariff.Tariff;
import de.ladewerk.billing.money.Money;
import java.util.List;

/** Writes a CDR as an OCPI 2.2.1 CDR object. */
public final class OcpiCdrJson {

    private OcpiCdrJson() {
    }

    /** @param tariff the tariff version the CDR was priced with, {@code null} to leave "tariffs" empty */
    public static ObjectNode toJson(Cdr cdr, OcpiParty party, CdrLocation location, Tariff tariff) {
        ObjectNode n = OcpiJson.MAPPER.createObjectNode();
        n.put("country_code", party.countryCode());
        n.put("party_id", party.partyId());
        n.put("id", cdr.id());
        n.put("start_date_time", time(cdr.start()));
        n.put("end_date_time", time(cdr.end()));
        n.put("session_id", cdr.sessionId());
        ObjectNode token = n.putObject("cdr_token");
        token.put("country_code", party.countryCode());
        token.put("party_id", party.partyId());
        token.put("uid", cdr.token().uid());
        token.put("type", cdr.token().type());
        token.put("contract_id", cdr.customerId() != null ? cdr.customerId() : cdr.token().uid());
        n.put("auth_method", cdr.authMethod().name());
        n.set("cdr_location", locationJson(location, cdr.connectorId()));
        if (cdr.meterSerial() != null) {
            n.put("meter_id", cdr.meterSerial());
        }
        n.put("currency", cdr.currency().getCurrencyCode());
        ArrayNode tariffs = n.putArray("tariffs");
        if (tariff != null) {
            tariffs.add(OcpiTariffJson.toJson(tariff, party, tariff.validFrom()));
        }
        ArrayNode periods = n.putArray("charging_periods");
        cdr.periods().forEach(p -> periods.add(period(p, cdr.tariffId())));
        if (cdr.signedData() != null) {
            n.set("signed_data", signedData(cdr.signedData()));
        }
        n.set("total_cost", price(cdr.totalNet(), cdr.totalGross()));
        cost(n, "total_fixed_cost", cdr, List.of(CostLineType.FLAT, CostLineType.MIN_PRICE_ADJUSTMENT,
                CostLineType.MAX_PRICE_ADJUSTMENT));
        n.put("total_energy", kwh(cdr.energyWh()));
        cost(n, "total_energy_cost", cdr, List.of(CostLineType.ENERGY));
        n.put("total_time", hours(cdr.chargingMillis() + cdr.parkingMillis()));
        cost(n, "total_time_cost", cdr, List.of(CostLineType.TIME));
        n.put("total_parking_time", hours(cdr.parkingMillis()));
        cost(n, "total_parking_cost", cdr, List.of(CostLineType.PARKING_TIME));
        if (cdr.remark() != null) {
            n.put("remark", cdr.remark());
        }
        n.put("credit", cdr.isCredit());
        if (cdr.isCredit()) {
            n.put("credit_reference_id", cdr.creditReferenceId());
        }
        n.put("home_charging_compensation", false);
        n.put("last_updated", time(cdr.issuedAt()));
        return n;
    }

    private static ObjectNode locationJson(CdrLocation l, int connectorId) {
        ObjectNode n = OcpiJson.MAPPER.createObjectNode();
        n.put("id", l.id());
        n.put("name", l.name());
        n.put("address", l.address());
        n.put("city", l.city());
        n.put("postal_code", l.postalCode());
        n.put("country", l.country());
        ObjectNode geo = n.putObject("coordinates");
        geo.put("latitude", l.latitude());
        geo.put("longitude", l.longitude());
        n.put("evse_uid", l.evseUid());
        n.put("evse_id", l.evseId());
        n.put("connector_id", Integer.toString(connectorId));
        n.put("connector_standard", l.connectorStandard());
        n.put("connector_format", l.connectorFormat());
        n.put("connector_power_type", l.powerType());
        return n;
    }

    private static ObjectNode period(ChargingPeriod p, String tariffId) {
        ObjectNode n = OcpiJson.MAPPER.createObjectNode();
        n.put("start_date_time", time(p.start()));
        ArrayNode dims = n.putArray("dimensions");
        if (p.energyWh() > 0) {
            dims.addObject().put("type", "ENERGY").put("volume", kwh(p.energyWh()));
        }
        if (p.chargingMillis() > 0) {
            dims.addObject().put("type", "TIME").put("volume", hours(p.chargingMillis()));
        }
        if (p.parkingMillis() > 0) {
            dims.addObject().put("type", "PARKING_TIME").put("volume", hours(p.parkingMillis()));
        }
        n.put("tariff_id", tariffId);
        return n;
    }

    /** OCPI's limits (SignedData, SignedValue in 2.2.1) for the fields below. */
    static final int MAX_PLAIN_DATA = 512;

    /**
     * OCPI 2.2.1 SignedData: {@code signed_data} is the packet Base64-encoded, {@code public_key} the DER key
     * Base64-encoded; {@code plain_data} is the packet as text where it fits OCPI's 512 characters, else the
     * packet's readings in short ("B 1000.000 kWh 2025-03-12T11:00:00Z; …").
     */
    static ObjectNode signedData(SignedData s) {
        ObjectNode n = OcpiJson.MAPPER.createObjectNode();
        n.put("encoding_method", s.encodingMethod());
        if (s.publicKeyHex() != null) {
            n.put("public_key", java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(s.publicKeyHex())));
        }
        ArrayNode values = n.putArray("signed_values");
        for (int i = 0; i < s.signedValues().size(); i++) {
            String raw = s.signedValues().get(i);
            String nature = i == 0 ? "Start" : i == s.signedValues().size() - 1 ? "End" : "Intermediate";
            values.addObject().put("nature", nature).put("plain_data", plain(raw))
                    .put("signed_data", java.util.Base64.getEncoder().encodeToString(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        n.put("url", "https://www.safe-ev.de/de/transparenzsoftware.php");
        return n;
    }

    private static String plain(String raw) {
        if (raw.length() <= MAX_PLAIN_DATA) {
            return raw;
        }
        try {
            String readings = String.join("; ", de.ladewerk.billing.ocmf.OcmfParser.parse(raw.strip()).readings().stream()
                    .map(r -> r.type() + " " + r.value().toPlainString() + " " + r.unit() + " " + r.time()).toList());
            return readings.length() <= MAX_PLAIN_DATA ? readings : readings.substring(0, MAX_PLAIN_DATA - 1) + "…";
        } catch (de.ladewerk.billing.ocmf.OcmfFormatException e) {
            return "OCMF packet of " + raw.length() + " characters, see signed_data";
        }
    }

    private static void cost(ObjectNode n, String field, Cdr cdr, List<CostLineType> types) {
        List<CostLine> lines = cdr.lines().stream().filter(l -> types.contains(l.type())).toList();
        if (!lines.isEmpty()) {
            Money zero = Money.zero(cdr.currency());
            n.set(field, price(lines.stream().map(CostLine::net).reduce(zero, Money::plus),
                    lines.stream().map(CostLine::gross).reduce(zero, Money::plus)));
        }
    }
}
