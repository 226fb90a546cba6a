package de.ladewerk.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ladewerk.app.billing.api.OcpiTariffReader;
import de.ladewerk.billing.BillingService;
import de.ladewerk.billing.cdr.OcpiParty;
import de.ladewerk.billing.cdr.OcpiTariffJson;
import de.ladewerk.billing.tariff.Tariff;
import de.ladewerk.billing.tariff.TariffAssignment;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Tariffs (OCPI 2.2.1 JSON in and out), their versions and assignments, and the ad-hoc kWh price a
 * station displays: {@code /api/tariffs…}, {@code /api/tariff-assignments}, {@code /api/stations/{id}/price}.
 */
public final class TariffRoutes implements ApiRoutes {

    private final BillingService billing;
    private final OcpiParty party;
    private final Clock clock;

    public TariffRoutes(BillingService billing, OcpiParty party, Clock clock) {
        this.billing = billing;
        this.party = party;
        this.clock = clock;
    }

    @Override
    public void mount(Router router, Api api) {
        router.get("/api/tariffs").handler(ctx -> Requests.answer(ctx, api, () -> billing.tariffs().tariffIds().stream()
                .map(id -> latest(billing.tariffs().versions(id))).toList(), items -> Api.json(ctx, 200, Map.of("items", items))));
        router.get("/api/tariffs/:id").handler(ctx -> Requests.answer(ctx, api, () -> versions(ctx.pathParam("id")),
                body -> Api.json(ctx, 200, body)));
        router.post("/api/tariffs").handler(Requests.body()).handler(ctx -> publish(ctx, api, null));
        router.post("/api/tariffs/:id/versions").handler(Requests.body())
                .handler(ctx -> publish(ctx, api, ctx.pathParam("id")));
        router.get("/api/tariff-assignments").handler(ctx -> Requests.answer(ctx, api,
                () -> billing.tariffs().assignments(), items -> Api.json(ctx, 200, Map.of("items", items))));
        router.post("/api/tariff-assignments").handler(Requests.body()).handler(ctx -> Requests.answer(ctx, api, () -> {
            TariffAssignment a = assignment(Requests.json(ctx));
            billing.tariffs().assign(a);
            return a;
        }, a -> Api.json(ctx, 201, a)));
        router.get("/api/stations/:id/price").handler(ctx -> {
            String station = ctx.pathParam("id");
            Requests.answer(ctx, api, () -> billing.tariffs().adHocPricePerKwh(station, null,
                    Requests.instantParam(ctx, "at", java.time.ZoneOffset.UTC, clock.instant())).orElseThrow(
                            () -> new NoSuchElementException("no ad-hoc kWh price for station " + station
                                    + ": no default tariff with an energy price is assigned to it")),
                    price -> Api.json(ctx, 200, price));
        });
    }

    /**
     * Publishes a tariff version. {@code POST /api/tariffs} creates a new tariff id (409 if it exists);
     * {@code POST /api/tariffs/{id}/versions} adds a version to an existing one (404 if it does not).
     */
    private void publish(RoutingContext ctx, Api api, String pathId) {
        Requests.answer(ctx, api, () -> {
            JsonNode body = Requests.json(ctx);
            if (pathId != null && body.isObject() && !body.hasNonNull("id")) {
                ((ObjectNode) body).put("id", pathId);
            }
            Tariff tariff = OcpiTariffReader.read(body, clock.instant());
            boolean exists = !billing.tariffs().versions(tariff.id()).isEmpty();
            if (pathId == null && exists) {
                throw new IllegalStateException("tariff " + tariff.id() + " exists; publish a new version with POST /api/tariffs/"
                        + tariff.id() + "/versions");
            }
            if (pathId != null && !pathId.equals(tariff.id())) {
                throw new IllegalArgumentException("id in the body (" + tariff.id() + ") differs from the path (" + pathId + ")");
            }
            if (pathId != null && !exists) {
                throw new NoSuchElementException("no tariff " + pathId);
            }
            return json(billing.tariffs().publish(tariff));
        }, stored -> Api.json(ctx, 201, stored));
    }

    private Map<String, Object> versions(String id) {
        List<Tariff> versions = billing.tariffs().versions(id);
        if (versions.isEmpty()) {
            throw new NoSuchElementException("no tariff " + id);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("versions", versions.stream().map(this::json).toList());
        return body;
    }

    private ObjectNode latest(List<Tariff> versions) {
        return json(versions.get(versions.size() - 1));
    }

    /** The OCPI Tariff object with Ladewerk's version number beside it. */
    private ObjectNode json(Tariff t) {
        ObjectNode n = OcpiTariffJson.toJson(t, party, t.validFrom());
        n.put("version", t.version());
        return n;
    }

    private TariffAssignment assignment(JsonNode b) {
        String tariffId = Requests.text(b, "tariffId");
        if (tariffId == null) {
            throw new IllegalArgumentException("tariffId is required");
        }
        JsonNode clock = b.get("clockLegallyValid");
        if (clock == null || !clock.isBoolean()) {
            throw new IllegalArgumentException("clockLegallyValid (true/false) is required: may the stations' clock "
                    + "timestamps be billed (TIME/PARKING_TIME components)?");
        }
        return new TariffAssignment(tariffId, Requests.text(b, "stationId"), Requests.text(b, "siteId"),
                Requests.text(b, "customerGroup"), clock.booleanValue(), instant(b, "validFrom", this.clock.instant()),
                instant(b, "validTo", null));
    }

    private static Instant instant(JsonNode b, String field, Instant fallback) {
        String raw = Requests.text(b, field);
        if (raw == null) {
            return fallback;
        }
        try {
            return Instant.parse(raw);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(field + " must be an ISO-8601 instant, is '" + raw + "'");
        }
    }
}
