package de.ladewerk.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.billing.BillingService;
import de.ladewerk.billing.invoice.Invoice;
import de.ladewerk.billing.invoice.InvoiceRecipient;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Invoices per customer and month: issue, list, the stored PDF byte for byte, the CSV export.
 * Customer master data (name, address) comes with the issue request: Ladewerk keeps none yet.
 */
public final class InvoiceRoutes implements ApiRoutes {

    private final BillingService billing;

    public InvoiceRoutes(BillingService billing) {
        this.billing = billing;
    }

    @Override
    public void mount(Router router, Api api) {
        router.post("/api/invoices").handler(Requests.body()).handler(ctx -> Requests.answer(ctx, api, () -> {
            JsonNode b = Requests.json(ctx);
            return summary(billing.issueInvoice(recipient(b), month(Requests.text(b, "month"))));
        }, inv -> Api.json(ctx, 201, inv)));
        router.get("/api/invoices").handler(ctx -> Requests.answer(ctx, api, () -> {
            String customer = ctx.queryParams().get("customer");
            if (customer == null || customer.isBlank()) {
                throw new IllegalArgumentException("query parameter customer is required");
            }
            return billing.invoicesOf(customer).stream().map(InvoiceRoutes::summary).toList();
        }, items -> Api.json(ctx, 200, Map.of("items", items))));
        router.get("/api/invoices/:number").handler(ctx -> Requests.answer(ctx, api,
                () -> billing.invoice(ctx.pathParam("number")).orElseThrow(() -> missing(ctx.pathParam("number"))),
                inv -> Api.json(ctx, 200, inv)));
        router.get("/api/invoices/:number/pdf").handler(ctx -> Requests.answer(ctx, api,
                () -> billing.invoicePdf(ctx.pathParam("number")).orElseThrow(() -> missing(ctx.pathParam("number"))),
                pdf -> ctx.response().putHeader("Content-Type", "application/pdf")
                        .putHeader("Content-Disposition", "inline; filename=\"" + ctx.pathParam("number") + ".pdf\"")
                        .end(Buffer.buffer(pdf))));
        router.get("/api/invoices/:number/csv").handler(ctx -> Requests.answer(ctx, api,
                () -> billing.invoiceCsv(ctx.pathParam("number")).orElseThrow(() -> missing(ctx.pathParam("number"))),
                csv -> ctx.response().putHeader("Content-Type", "text/csv; charset=utf-8")
                        .putHeader("Content-Disposition", "attachment; filename=\"" + ctx.pathParam("number") + ".csv\"")
                        .end(csv)));
    }

    private static NoSuchElementException missing(String number) {
        return new NoSuchElementException("no invoice " + number);
    }

    private static InvoiceRecipient recipient(JsonNode b) {
        String customer = Requests.text(b, "customerId");
        String name = Requests.text(b, "name");
        if (customer == null || name == null) {
            throw new IllegalArgumentException("customerId and name are required");
        }
        List<String> address = new ArrayList<>();
        JsonNode lines = b.get("addressLines");
        if (lines != null && lines.isArray()) {
            lines.forEach(l -> address.add(l.asText()));
        }
        return new InvoiceRecipient(customer, name, address);
    }

    private static YearMonth month(String raw) {
        if (raw == null) {
            throw new IllegalArgumentException("month (YYYY-MM) is required");
        }
        try {
            return YearMonth.parse(raw);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("month must be YYYY-MM, is '" + raw + "'");
        }
    }

    private static Map<String, Object> summary(Invoice i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", i.number());
        m.put("customerId", i.recipient().customerId());
        m.put("name", i.recipient().name());
        m.put("month", i.month().toString());
        m.put("issuedAt", i.issuedAt());
        m.put("currency", i.currency().getCurrencyCode());
        m.put("totalNet", i.totalNet().amount());
        m.put("totalVat", i.totalVat().amount());
        m.put("totalGross", i.totalGross().amount());
        m.put("cdrs", i.cdrIds().size());
        return m;
    }
}
