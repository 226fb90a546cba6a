package de.ladewerk.app.api;

import de.ladewerk.billing.BillingService;
import de.ladewerk.billing.cdr.Cdr;
import de.ladewerk.billing.cdr.LocationDirectory;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * CDRs and held sessions: list by period, one CDR, its OCPI 2.2.1 JSON, its transparency file (S.A.F.E. XML),
 * the accounting CSV, credit CDRs;
 * sessions held for review with their reasons, released or rejected by an operator.
 */
public final class CdrRoutes implements ApiRoutes {

    /** Longest period one list or export may span. */
    static final Duration MAX_PERIOD = Duration.ofDays(366);

    private final BillingService billing;
    private final LocationDirectory locations;
    private final ZoneId zone;
    private final Clock clock;

    public CdrRoutes(BillingService billing, LocationDirectory locations, ZoneId zone, Clock clock) {
        this.billing = billing;
        this.locations = locations;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public void mount(Router router, Api api) {
        router.get("/api/cdrs").handler(ctx -> Requests.answer(ctx, api, () -> {
            String session = ctx.queryParams().get("session");
            if (session != null) {
                return page(billing.cdrsOfSession(session), null, null);
            }
            Instant[] p = period(ctx);
            return page(billing.cdrsEndedBetween(p[0], p[1]), p[0], p[1]);
        }, body -> Api.json(ctx, 200, body)));
        router.get("/api/cdrs.csv").handler(ctx -> Requests.answer(ctx, api, () -> {
            Instant[] p = period(ctx);
            return billing.cdrsCsv(p[0], p[1]);
        }, csv -> ctx.response().putHeader("Content-Type", "text/csv; charset=utf-8")
                .putHeader("Content-Disposition", "attachment; filename=\"cdrs.csv\"").end(csv)));
        router.get("/api/cdrs/:id").handler(ctx -> Requests.answer(ctx, api, () -> cdr(ctx.pathParam("id")),
                cdr -> Api.json(ctx, 200, cdr)));
        router.get("/api/cdrs/:id/ocpi").handler(ctx -> Requests.answer(ctx, api,
                () -> billing.cdrAsOcpi(ctx.pathParam("id"), locations), json -> Api.json(ctx, 200, json)));
        router.get("/api/cdrs/:id/transparency.xml").handler(ctx -> Requests.answer(ctx, api,
                () -> billing.transparencyFile(ctx.pathParam("id")).orElseThrow(() -> new NoSuchElementException(
                        "CDR " + ctx.pathParam("id") + " has no signed meter values")),
                xml -> ctx.response().putHeader("Content-Type", "application/xml; charset=utf-8")
                        .putHeader("Content-Disposition", "attachment; filename=\"transparency-" + ctx.pathParam("id") + ".xml\"")
                        .end(xml)));
        router.post("/api/cdrs/:id/credit").handler(Requests.body()).handler(ctx -> Requests.answer(ctx, api, () -> {
            String reason = Requests.text(Requests.json(ctx), "reason");
            if (reason == null) {
                throw new IllegalArgumentException("reason is required: why is this CDR credited?");
            }
            cdr(ctx.pathParam("id"));
            return billing.creditCdr(ctx.pathParam("id"), reason + " (by " + Api.principal(ctx) + ")");
        }, credit -> Api.json(ctx, 201, credit)));
        router.get("/api/held-sessions").handler(ctx -> Requests.answer(ctx, api, billing::heldSessions,
                items -> Api.json(ctx, 200, Map.of("items", items))));
        router.post("/api/held-sessions/:sessionId/release").handler(Requests.body()).handler(ctx -> Requests.answer(ctx, api,
                () -> billing.releaseHeldSession(ctx.pathParam("sessionId"), Api.principal(ctx), note(ctx)),
                cdr -> Api.json(ctx, 201, cdr)));
        router.post("/api/held-sessions/:sessionId/reject").handler(Requests.body()).handler(ctx -> Requests.answer(ctx, api,
                () -> billing.rejectHeldSession(ctx.pathParam("sessionId"), Api.principal(ctx), note(ctx)),
                held -> Api.json(ctx, 200, held)));
    }

    private Cdr cdr(String id) {
        return billing.cdr(id).orElseThrow(() -> new NoSuchElementException("no CDR " + id));
    }

    /** The optional operator note of a release or reject; an empty body is fine. */
    private static String note(RoutingContext ctx) {
        String text = ctx.body() == null ? null : ctx.body().asString();
        return text == null || text.isBlank() ? null : Requests.text(Requests.json(ctx), "note");
    }

    /** {@code from}/{@code to} (ISO instant or local date); default the last 30 days; at most a year. */
    private Instant[] period(RoutingContext ctx) {
        Instant to = Requests.instantParam(ctx, "to", zone, clock.instant());
        Instant from = Requests.instantParam(ctx, "from", zone, to.minus(Duration.ofDays(30)));
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from (" + from + ") must be before to (" + to + ")");
        }
        if (Duration.between(from, to).compareTo(MAX_PERIOD) > 0) {
            throw new IllegalArgumentException("the period from " + from + " to " + to + " is longer than 366 days");
        }
        return new Instant[] {from, to};
    }

    private static Map<String, Object> page(List<Cdr> cdrs, Instant from, Instant to) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", cdrs.stream().map(CdrRoutes::summary).toList());
        if (from != null) {
            body.put("from", from);
            body.put("to", to);
        }
        return body;
    }

    /** A CDR's list entry: who, where, when, how much. */
    private static Map<String, Object> summary(Cdr c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("sessionId", c.sessionId());
        m.put("creditReferenceId", c.creditReferenceId());
        m.put("stationId", c.stationId());
        m.put("customerId", c.customerId());
        m.put("start", c.start());
        m.put("end", c.end());
        m.put("energyWh", c.energyWh());
        m.put("currency", c.currency().getCurrencyCode());
        m.put("totalNet", c.totalNet().amount());
        m.put("totalVat", c.totalVat().amount());
        m.put("totalGross", c.totalGross().amount());
        m.put("tariffId", c.tariffId());
        m.put("tariffVersion", c.tariffVersion());
        m.put("signed", c.signedData() != null);
        m.put("issuedAt", c.issuedAt());
        return m;
    }
}
