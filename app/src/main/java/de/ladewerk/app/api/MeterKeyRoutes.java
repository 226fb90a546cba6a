package de.ladewerk.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.billing.BillingService;
import de.ladewerk.billing.meterkey.MeterKeyStatus;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.Map;

/**
 * The meter key registry and the stations relevant under calibration law. Reading needs a viewer, every change
 * an operator (the central access policy); each change is audited under the caller's name.
 */
public final class MeterKeyRoutes implements ApiRoutes {

    private final BillingService billing;

    public MeterKeyRoutes(BillingService billing) {
        this.billing = billing;
    }

    @Override
    public void mount(Router router, Api api) {
        router.get("/api/meter-keys/audit").handler(ctx -> Requests.answer(ctx, api,
                () -> billing.meterKeys().history(ctx.queryParams().get("meterSerial")),
                items -> Api.json(ctx, 200, Map.of("items", items))));
        router.get("/api/meter-keys").handler(ctx -> Requests.answer(ctx, api,
                () -> billing.meterKeys().list(ctx.queryParams().get("meterSerial"), status(ctx.queryParams().get("status"))),
                items -> Api.json(ctx, 200, Map.of("items", items))));
        router.get("/api/meter-keys/:id").handler(ctx -> Requests.answer(ctx, api,
                () -> billing.meterKeys().key(id(ctx)), key -> Api.json(ctx, 200, key)));
        router.post("/api/meter-keys").handler(Requests.body()).handler(ctx -> Requests.answer(ctx, api, () -> {
            JsonNode b = Requests.json(ctx);
            return billing.meterKeys().propose(Requests.text(b, "meterSerial"), Requests.text(b, "publicKey"),
                    Api.principal(ctx), Requests.text(b, "note"));
        }, key -> Api.json(ctx, 201, key)));
        router.post("/api/meter-keys/:id/approve").handler(Requests.body()).handler(ctx -> Requests.answer(ctx, api,
                () -> billing.meterKeys().approve(id(ctx), Api.principal(ctx), note(ctx)), key -> Api.json(ctx, 200, key)));
        router.post("/api/meter-keys/:id/reject").handler(Requests.body()).handler(ctx -> Requests.answer(ctx, api,
                () -> billing.meterKeys().reject(id(ctx), Api.principal(ctx), note(ctx)), key -> Api.json(ctx, 200, key)));

        router.get("/api/eichrecht-stations").handler(ctx -> Requests.answer(ctx, api, billing::eichrechtStations,
                items -> Api.json(ctx, 200, Map.of("items", items))));
        router.put("/api/eichrecht-stations/:stationId").handler(ctx -> Requests.answer(ctx, api, () -> {
            billing.markEichrechtRelevant(ctx.pathParam("stationId"), true, Api.principal(ctx));
            return true;
        }, done -> ctx.response().setStatusCode(204).end()));
        router.delete("/api/eichrecht-stations/:stationId").handler(ctx -> Requests.answer(ctx, api, () -> {
            billing.markEichrechtRelevant(ctx.pathParam("stationId"), false, Api.principal(ctx));
            return true;
        }, done -> ctx.response().setStatusCode(204).end()));
    }

    private static long id(RoutingContext ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("meter key id must be a number, is '" + ctx.pathParam("id") + "'");
        }
    }

    private static MeterKeyStatus status(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return MeterKeyStatus.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status must be PROPOSED, APPROVED, REJECTED or SUPERSEDED, is '" + raw + "'");
        }
    }

    /** The optional note of a decision; an empty body is fine. */
    private static String note(RoutingContext ctx) {
        String text = ctx.body() == null ? null : ctx.body().asString();
        return text == null || text.isBlank() ? null : Requests.text(Requests.json(ctx), "note");
    }
}
