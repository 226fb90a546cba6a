package de.ladewerk.app.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ladewerk.app.api.ApiVerticle;
import de.ladewerk.billing.BillingOutcome;
import de.ladewerk.billing.BillingService;
import de.ladewerk.billing.persistence.BillingDatabase;
import de.ladewerk.billing.session.AuthMethod;
import de.ladewerk.billing.session.ChargingSession;
import de.ladewerk.billing.session.IdToken;
import de.ladewerk.billing.session.MeterSample;
import de.ladewerk.gateway.persistence.JooqStationQueries;
import de.ladewerk.gateway.persistence.Migrations;
import de.ladewerk.testsupport.TestDatabase;
import io.vertx.core.Vertx;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The billing API over HTTP against a migrated database: status codes, bodies, PDF and CSV. */
class BillingRoutesIT {

    static final Instant NOW = Instant.parse("2025-04-02T08:00:00Z");
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** 0.40 EUR/kWh net + 19 % VAT, valid from 2025-01-01. */
    static final String TARIFF = """
            {"id": "AC-STANDARD", "currency": "EUR", "type": "REGULAR", "start_date_time": "2025-01-01T00:00:00Z",
             "elements": [{"price_components": [{"type": "ENERGY", "price": 0.40, "vat": 19, "step_size": 1}]}]}""";

    private static TestDatabase database;
    private static Vertx vertx;
    private static ApiVerticle api;
    private static BillingService billing;

    @BeforeAll
    static void start() throws Exception {
        database = TestDatabase.create("billroutes");
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(database.jdbcUrl());
        ds.setUser(database.user());
        ds.setPassword(database.password());
        Migrations.migrate(ds);
        BillingDatabase.migrate(ds);
        BillingConfig config = BillingConfig.of("Europe/Berlin", "DE", "SWW", "Stadtwerke Wolfsburg AG",
                "Hesslinger Straße 1-5 | 38440 Wolfsburg", "DE115233589", Duration.ofMinutes(5), Duration.ofDays(7));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        billing = BillingService.onPostgres(ds, config.settings(), clock);
        JooqStationQueries stations = new JooqStationQueries(DSL.using(ds, SQLDialect.POSTGRES));
        vertx = Vertx.vertx();
        api = new ApiVerticle("127.0.0.1", 0, List.of(
                new de.ladewerk.app.api.TariffRoutes(billing, config.settings().party(), clock),
                new de.ladewerk.app.api.CdrRoutes(billing, new StationLocationDirectory(stations, config.settings().party()),
                        config.settings().zone(), clock),
                new de.ladewerk.app.api.InvoiceRoutes(billing)));
        vertx.deployVerticle(api).toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        database.close();
    }

    static HttpResponse<byte[]> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.actualPort() + path));
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonNode json(HttpResponse<byte[]> r) throws Exception {
        return JSON.readTree(r.body());
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void aSignedCdrHasATransparencyFileAnUnsignedOneDoesNot() throws Exception {
        assertThat(send("POST", "/api/tariffs", TARIFF.replace("AC-STANDARD", "AC-SIGNED")).statusCode()).isEqualTo(201);
        assertThat(send("POST", "/api/tariff-assignments", """
                {"tariffId": "AC-SIGNED", "stationId": "WOB-SIGNED", "clockLegallyValid": true,
                 "validFrom": "2025-01-01T00:00:00Z"}""").statusCode()).isEqualTo(201);
        java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("EC");
        g.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
        java.security.KeyPair keys = g.generateKeyPair();
        billing.registerMeterKey("EMH-R1", keys.getPublic(), "test");
        List<String> packets = List.of(ocmf(keys, "T1", "B", "2025-03-12T11:00:00,000+0100", "1.000"),
                ocmf(keys, "T2", "E", "2025-03-12T12:00:00,000+0100", "11.000"));
        ChargingSession plain = session("S-SIGNED", "WOB-SIGNED", "CUST-1", 10_000);
        ChargingSession signed = new ChargingSession(plain.sessionId(), plain.stationId(), null, 1, 1, plain.idToken(),
                plain.authMethod(), plain.customerId(), null, plain.start(), plain.end(), "EMH-R1", plain.samples(),
                packets.stream().map(de.ladewerk.billing.session.SignedMeterValue::fromOcpp16).toList());
        String cdrId = ((BillingOutcome.Billed) billing.onSessionEnded(signed)).cdr().id();

        HttpResponse<byte[]> file = send("GET", "/api/cdrs/" + cdrId + "/transparency.xml", null);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        assertThat(text(file)).contains("<values>", "context=\"Transaction.Begin\"", "context=\"Transaction.End\"",
                packets.get(0), packets.get(1), "<publicKey encoding=\"hex\">");
        String unsigned = ((BillingOutcome.Billed) billing.onSessionEnded(session("S-UNSIGNED", "WOB-SIGNED", "CUST-1", 1_000)))
                .cdr().id();
        HttpResponse<byte[]> none = send("GET", "/api/cdrs/" + unsigned + "/transparency.xml", null);
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(json(none).at("/error/message").asText()).contains("has no signed meter values");
    }

    /** A real OCMF packet with one energy reading, signed with {@code keys}. */
    private static String ocmf(java.security.KeyPair keys, String pg, String tx, String time, String kwh) throws Exception {
        String payload = "{\"FV\":\"1.0\",\"PG\":\"" + pg + "\",\"MS\":\"EMH-R1\",\"RD\":[{\"TM\":\"" + time
                + " S\",\"TX\":\"" + tx + "\",\"RV\":" + kwh + ",\"RI\":\"1-b:1.8.0\",\"RU\":\"kWh\",\"ST\":\"G\"}]}";
        java.security.Signature s = java.security.Signature.getInstance("SHA256withECDSA");
        s.initSign(keys.getPrivate());
        s.update(payload.getBytes(StandardCharsets.UTF_8));
        return "OCMF|" + payload + "|{\"SA\":\"ECDSA-secp256r1-SHA256\",\"SD\":\""
                + java.util.HexFormat.of().formatHex(s.sign()) + "\"}";
    }

    private static ChargingSession session(String id, String station, String customer, long wh) {
        Instant start = Instant.parse("2025-03-12T10:00:00Z");
        Instant end = Instant.parse("2025-03-12T11:00:00Z");
        return new ChargingSession(id, station, null, 1, 1, new IdToken("04A1B2", "RFID"), AuthMethod.AUTH_REQUEST,
                customer, null, start, end, null, List.of(MeterSample.of(start, 1000, 11000),
                MeterSample.of(end, 1000 + wh, 0)), List.of());
    }

    @Test
    void tariffsArePublishedVersionedAssignedAndPricedForDisplay() throws Exception {
        HttpResponse<byte[]> created = send("POST", "/api/tariffs", TARIFF.replace("AC-STANDARD", "AC-PRICE"));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json(created).get("version").asInt()).isEqualTo(1);
        assertThat(json(created).get("party_id").asText()).isEqualTo("SWW");

        HttpResponse<byte[]> again = send("POST", "/api/tariffs", TARIFF.replace("AC-STANDARD", "AC-PRICE"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).at("/error/message").asText()).contains("/api/tariffs/AC-PRICE/versions");

        HttpResponse<byte[]> v2 = send("POST", "/api/tariffs/AC-PRICE/versions", TARIFF.replace("AC-STANDARD", "AC-PRICE")
                .replace("0.40", "0.45").replace("2025-01-01", "2025-04-01"));
        assertThat(v2.statusCode()).isEqualTo(201);
        assertThat(json(v2).get("version").asInt()).isEqualTo(2);
        assertThat(json(send("GET", "/api/tariffs/AC-PRICE", null)).get("versions")).hasSize(2);
        assertThat(send("GET", "/api/tariffs/NOPE", null).statusCode()).isEqualTo(404);
        assertThat(send("POST", "/api/tariffs/NOPE/versions", TARIFF.replace("AC-STANDARD", "NOPE")).statusCode())
                .isEqualTo(404);

        assertThat(send("GET", "/api/stations/WOB-PRICE/price", null).statusCode()).isEqualTo(404);
        HttpResponse<byte[]> assigned = send("POST", "/api/tariff-assignments", """
                {"tariffId": "AC-PRICE", "stationId": "WOB-PRICE", "clockLegallyValid": false,
                 "validFrom": "2025-01-01T00:00:00Z"}""");
        assertThat(assigned.statusCode()).isEqualTo(201);
        JsonNode price = json(send("GET", "/api/stations/WOB-PRICE/price", null));
        assertThat(price.get("tariffVersion").asInt()).isEqualTo(2); // version 2 is valid since 1 April
        assertThat(price.get("gross").decimalValue()).isEqualByComparingTo("0.5355");
        JsonNode march = json(send("GET", "/api/stations/WOB-PRICE/price?at=2025-03-01T12:00:00Z", null));
        assertThat(march.get("gross").decimalValue()).isEqualByComparingTo("0.476");
        assertThat(json(send("GET", "/api/tariffs", null)).get("items").findValuesAsText("id")).contains("AC-PRICE");
    }

    @Test
    void badTariffsAndAssignmentsAreRefusedNamingTheProblem() throws Exception {
        HttpResponse<byte[]> noKwh = send("POST", "/api/tariffs", """
                {"id": "FLAT-ONLY", "currency": "EUR",
                 "elements": [{"price_components": [{"type": "FLAT", "price": 2, "vat": 19}]}]}""");
        assertThat(noKwh.statusCode()).isEqualTo(400);
        assertThat(json(noKwh).at("/error/message").asText()).containsIgnoringCase("kwh");

        HttpResponse<byte[]> badPrice = send("POST", "/api/tariffs", """
                {"id": "BAD", "currency": "EUR",
                 "elements": [{"price_components": [{"type": "ENERGY", "price": "cheap"}]}]}""");
        assertThat(badPrice.statusCode()).isEqualTo(400);
        assertThat(json(badPrice).at("/error/message").asText()).contains("elements[0].price_components[0].price");

        assertThat(send("POST", "/api/tariffs", "{not json").statusCode()).isEqualTo(400);
        HttpResponse<byte[]> unpublished = send("POST", "/api/tariff-assignments",
                "{\"tariffId\": \"GHOST\", \"stationId\": \"X\", \"clockLegallyValid\": true}");
        assertThat(unpublished.statusCode()).isEqualTo(400);
        assertThat(json(unpublished).at("/error/message").asText()).contains("GHOST");
        HttpResponse<byte[]> noClock = send("POST", "/api/tariff-assignments", "{\"tariffId\": \"AC-PRICE\", \"stationId\": \"X\"}");
        assertThat(noClock.statusCode()).isEqualTo(400);
        assertThat(json(noClock).at("/error/message").asText()).contains("clockLegallyValid");
    }

    @Test
    void cdrsAreListedExportedAsOcpiAndCsvAndCreditedOnce() throws Exception {
        assertThat(send("POST", "/api/tariffs", TARIFF.replace("AC-STANDARD", "AC-CDR")).statusCode()).isEqualTo(201);
        assertThat(send("POST", "/api/tariff-assignments", """
                {"tariffId": "AC-CDR", "stationId": "WOB-CDR", "clockLegallyValid": true,
                 "validFrom": "2025-01-01T00:00:00Z"}""").statusCode()).isEqualTo(201);
        String cdrId = ((BillingOutcome.Billed) billing.onSessionEnded(session("S-CDR", "WOB-CDR", "CUST-1", 10_000)))
                .cdr().id();

        JsonNode list = json(send("GET", "/api/cdrs?from=2025-03-01&to=2025-04-01", null));
        JsonNode item = list.get("items").findParents("id").stream().filter(n -> n.get("id").asText().equals(cdrId))
                .findFirst().orElseThrow();
        assertThat(item.get("totalNet").decimalValue()).isEqualByComparingTo("4.00"); // 10 kWh × 0.40
        assertThat(item.get("totalGross").decimalValue()).isEqualByComparingTo("4.76");
        assertThat(json(send("GET", "/api/cdrs?session=S-CDR", null)).get("items")).hasSize(1);
        assertThat(json(send("GET", "/api/cdrs?from=2025-04-01&to=2025-04-02", null)).get("items")).isEmpty();
        assertThat(send("GET", "/api/cdrs?from=2025-04-01&to=2025-03-01", null).statusCode()).isEqualTo(400);
        assertThat(send("GET", "/api/cdrs?from=yesterday", null).statusCode()).isEqualTo(400);

        assertThat(json(send("GET", "/api/cdrs/" + cdrId, null)).get("sessionId").asText()).isEqualTo("S-CDR");
        assertThat(send("GET", "/api/cdrs/unknown", null).statusCode()).isEqualTo(404);
        JsonNode ocpi = json(send("GET", "/api/cdrs/" + cdrId + "/ocpi", null));
        assertThat(ocpi.get("total_energy").decimalValue()).isEqualByComparingTo("10");
        assertThat(ocpi.at("/cdr_location/id").asText()).isEqualTo("WOB-CDR");
        assertThat(send("GET", "/api/cdrs/unknown/ocpi", null).statusCode()).isEqualTo(404);

        HttpResponse<byte[]> csv = send("GET", "/api/cdrs.csv?from=2025-03-01&to=2025-04-01", null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(text(csv).lines().findFirst().orElse("")).startsWith("cdr_id");
        assertThat(text(csv)).contains(cdrId);

        assertThat(send("POST", "/api/cdrs/" + cdrId + "/credit", "{}").statusCode()).isEqualTo(400);
        HttpResponse<byte[]> credit = send("POST", "/api/cdrs/" + cdrId + "/credit", "{\"reason\": \"wrong tariff\"}");
        assertThat(credit.statusCode()).isEqualTo(201);
        assertThat(json(credit).get("creditReferenceId").asText()).isEqualTo(cdrId);
        assertThat(send("POST", "/api/cdrs/" + cdrId + "/credit", "{\"reason\": \"again\"}").statusCode()).isEqualTo(409);
        assertThat(send("POST", "/api/cdrs/unknown/credit", "{\"reason\": \"x\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void heldSessionsShowTheirReasonsAndAreReleasedOrRejected() throws Exception {
        billing.onSessionEnded(session("S-HOLD-1", "WOB-NOTARIFF", "CUST-2", 5_000));
        billing.onSessionEnded(session("S-HOLD-2", "WOB-NOTARIFF", "CUST-2", 5_000));
        JsonNode held = json(send("GET", "/api/held-sessions", null)).get("items");
        JsonNode first = held.findParents("reasons").stream()
                .filter(n -> n.at("/session/sessionId").asText().equals("S-HOLD-1")).findFirst().orElseThrow();
        assertThat(first.get("reasons").get(0).asText()).contains("no tariff assigned to station WOB-NOTARIFF");

        HttpResponse<byte[]> rejected = send("POST", "/api/held-sessions/S-HOLD-1/reject", "{\"note\": \"test drive\"}");
        assertThat(rejected.statusCode()).isEqualTo(200);
        assertThat(json(rejected).get("status").asText()).isEqualTo("REJECTED");
        assertThat(json(rejected).get("resolvedBy").asText()).isEqualTo("anonymous");
        assertThat(send("POST", "/api/held-sessions/S-HOLD-1/reject", null).statusCode()).isEqualTo(409);

        assertThat(send("POST", "/api/tariffs", TARIFF.replace("AC-STANDARD", "AC-HOLD")).statusCode()).isEqualTo(201);
        assertThat(send("POST", "/api/tariff-assignments", """
                {"tariffId": "AC-HOLD", "stationId": "WOB-NOTARIFF", "clockLegallyValid": true,
                 "validFrom": "2025-01-01T00:00:00Z"}""").statusCode()).isEqualTo(201);
        HttpResponse<byte[]> released = send("POST", "/api/held-sessions/S-HOLD-2/release", null);
        assertThat(released.statusCode()).isEqualTo(201);
        assertThat(json(released).get("sessionId").asText()).isEqualTo("S-HOLD-2");
        assertThat(json(send("GET", "/api/held-sessions", null)).get("items").findValuesAsText("sessionId"))
                .doesNotContain("S-HOLD-1", "S-HOLD-2");
    }

    @Test
    void invoicesAreIssuedListedAndDownloadedAsPdfAndCsv() throws Exception {
        assertThat(send("POST", "/api/tariffs", TARIFF.replace("AC-STANDARD", "AC-INV")).statusCode()).isEqualTo(201);
        assertThat(send("POST", "/api/tariff-assignments", """
                {"tariffId": "AC-INV", "stationId": "WOB-INV", "clockLegallyValid": true,
                 "validFrom": "2025-01-01T00:00:00Z"}""").statusCode()).isEqualTo(201);
        billing.onSessionEnded(session("S-INV-1", "WOB-INV", "CUST-INV", 10_000));
        billing.onSessionEnded(session("S-INV-2", "WOB-INV", "CUST-INV", 5_000));

        String request = """
                {"customerId": "CUST-INV", "month": "2025-03", "name": "Erika Mustermann",
                 "addressLines": ["Porschestraße 1", "38440 Wolfsburg"]}""";
        assertThat(send("POST", "/api/invoices", request.replace("2025-03", "March")).statusCode()).isEqualTo(400);
        HttpResponse<byte[]> issued = send("POST", "/api/invoices", request);
        assertThat(issued.statusCode()).isEqualTo(201);
        String number = json(issued).get("number").asText();
        assertThat(json(issued).get("totalGross").decimalValue()).isEqualByComparingTo("7.14"); // 4.76 + 2.38
        HttpResponse<byte[]> twice = send("POST", "/api/invoices", request);
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(json(twice).at("/error/message").asText()).contains("already has an invoice for 2025-03 (" + number + ")");
        HttpResponse<byte[]> notEnded = send("POST", "/api/invoices", request.replace("2025-03", "2025-04"));
        assertThat(notEnded.statusCode()).isEqualTo(400);
        assertThat(json(notEnded).at("/error/message").asText()).contains("month 2025-04 has not ended yet");
        HttpResponse<byte[]> nothing = send("POST", "/api/invoices", request.replace("2025-03", "2025-02"));
        assertThat(nothing.statusCode()).isEqualTo(400);
        assertThat(json(nothing).at("/error/message").asText()).contains("nothing to invoice");

        assertThat(json(send("GET", "/api/invoices?customer=CUST-INV", null)).get("items").findValuesAsText("number"))
                .containsExactly(number);
        assertThat(send("GET", "/api/invoices", null).statusCode()).isEqualTo(400);
        assertThat(json(send("GET", "/api/invoices/" + number, null)).get("lines")).isNotEmpty();

        HttpResponse<byte[]> pdf = send("GET", "/api/invoices/" + number + "/pdf", null);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        HttpResponse<byte[]> csv = send("GET", "/api/invoices/" + number + "/csv", null);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(text(csv).lines().findFirst().orElse("")).startsWith("invoice_number;customer_id;month");
        assertThat(send("GET", "/api/invoices/2025-999999/pdf", null).statusCode()).isEqualTo(404);
    }
}
