package de.ladewerk.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import de.ladewerk.app.web.RunningApp;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import de.ladewerk.simulator.station.StationClientOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The operator's dashboard as one product, in German and English: the same navigation on every page (billing and
 * planning included), axe-core without serious or critical findings on each, the map offline, a session's page,
 * the commands page after a command, and keyboard use.
 */
class OperatorDashboardBrowserIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, List<String>> NAV = Map.of(
            "de", List.of("Übersicht", "Ladestationen", "Ladevorgänge", "Störungen", "Befehle", "Auswertungen", "Netzanschlüsse",
                    "Abrechnung", "Netzplanung", "Planungskarte", "Zählerschlüssel", "Benutzer"),
            "en", List.of("Overview", "Stations", "Sessions", "Faults", "Commands", "Analytics", "Grid sites", "Billing", "Planning",
                    "Planning map", "Meter keys", "Users"));
    private static RunningApp app;
    private static BrowserFixture browser;
    private static Vertx clients;
    private static StationClient station;
    private static long sessionId;

    @BeforeAll
    static void start() throws Exception {
        browser = new BrowserFixture();
        app = RunningApp.start("operator");
        app.registerStation("WOB-0001");
        app.sql("UPDATE ocpp.stations SET district = 'Stadtmitte', latitude = 52.4253, longitude = 10.7778 WHERE id = 'WOB-0001'");
        app.registerStation("WOB-0002"); // never connects: offline on the map
        app.sql("UPDATE ocpp.stations SET district = 'Fallersleben', latitude = 52.4180, longitude = 10.7150 WHERE id = 'WOB-0002'");
        app.sql("INSERT INTO ocpp.id_tokens (type, value) VALUES ('ID_TAG', 'TAG-0001')");
        // a load-managed site with the station on it and a §14a reduction in force (the sites page)
        app.sql("INSERT INTO ocpp.grid_sites (id, name, limit_kw, limit_amps_per_phase, base_load_kw) "
                + "VALUES ('P-HALLE', 'Parkhaus Halle', 150, 250, 12)");
        app.sql("INSERT INTO ocpp.grid_evses (station_id, evse_id, site_id, controllable) VALUES ('WOB-0001', 1, 'P-HALLE', true)");
        app.sql("INSERT INTO ocpp.grid_reductions (site_ids, power_kw, starts_at, ends_at, requested_by, reference) VALUES "
                + "('{P-HALLE}', 30, now() - interval '1 hour', now() + interval '1 hour', 'token:dso', 'DSO-4711')");
        clients = Vertx.vertx();
        station = await(StationClient.connect(clients, StationClientOptions.of(app.ocppUri(), "WOB-0001", OcppVersion.V16)
                .withPassword(RunningApp.STATION_PASSWORD)));
        station.onCall("Reset", call -> Future.succeededFuture(Map.of("status", "Accepted")));
        await(station.call("BootNotification", JSON.readTree("{\"chargePointVendor\":\"Ladewerk\",\"chargePointModel\":\"AC22\"}")));
        call("StatusNotification", "{\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Available\"}");
        // one finished session with a power curve, energy readings and signed data
        Instant t0 = Instant.parse("2026-12-01T09:00:00Z");
        JsonNode started = call("StartTransaction", "{\"connectorId\":1,\"idTag\":\"TAG-0001\",\"meterStart\":1000,\"timestamp\":\"" + t0 + "\"}");
        int tx = started.get("transactionId").asInt();
        for (int i = 1; i <= 6; i++) {
            call("MeterValues", "{\"connectorId\":1,\"transactionId\":" + tx + ",\"meterValue\":[{\"timestamp\":\""
                    + t0.plusSeconds(600L * i) + "\",\"sampledValue\":[{\"value\":\"" + (10000 + 200 * i)
                    + "\",\"measurand\":\"Power.Active.Import\",\"unit\":\"W\"},{\"value\":\"" + (1000 + 1800 * i)
                    + "\",\"measurand\":\"Energy.Active.Import.Register\",\"unit\":\"Wh\"}]}]}");
        }
        call("MeterValues", "{\"connectorId\":1,\"transactionId\":" + tx + ",\"meterValue\":[{\"timestamp\":\""
                + t0.plusSeconds(3600) + "\",\"sampledValue\":[{\"value\":\"OCMF|{\\\"FV\\\":\\\"1.0\\\",\\\"RD\\\":[{\\\"RV\\\":11.8}]}|"
                + "{\\\"SA\\\":\\\"ECDSA-secp256r1-SHA256\\\",\\\"SD\\\":\\\"3045\\\"}\",\"format\":\"SignedData\","
                + "\"measurand\":\"Energy.Active.Import.Register\",\"context\":\"Sample.Periodic\"}]}]}");
        call("StopTransaction", "{\"transactionId\":" + tx + ",\"meterStop\":11800,\"timestamp\":\"" + t0.plusSeconds(3700) + "\"}");
        sessionId = app.admin().json(app.admin().get("/api/sessions?status=ENDED")).at("/items/0/id").asLong();
    }

    @AfterAll
    static void stop() throws Exception {
        if (station != null) {
            await(station.close());
        }
        if (clients != null) {
            await(clients.close());
        }
        if (app != null) {
            app.close();
        }
        if (browser != null) {
            browser.close();
        }
    }

    private static JsonNode call(String action, String json) throws Exception {
        return await(station.call(action, JSON.readTree(json)));
    }

    private static <T> T await(Future<T> f) throws Exception {
        return f.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    }

    /** Logged in as the admin, the dashboard in {@code lang}; requests to anything but this machine fail (offline). */
    private static Page login(String lang) {
        Page page = browser.newPage(lang);
        page.context().route("**/*", route -> {
            String host = URI.create(route.request().url()).getHost();
            if ("127.0.0.1".equals(host) || "localhost".equals(host)) {
                route.resume();
            } else {
                route.abort();
            }
        });
        page.navigate(app.baseUrl() + "/login.html");
        page.locator("input[name=username]").fill(RunningApp.ADMIN);
        page.locator("input[name=password]").fill(RunningApp.ADMIN_PASSWORD);
        page.locator("button[type=submit]").click();
        page.waitForURL("**/#/overview");
        return page;
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void everyPageHasTheSharedNavigationAndNoSeriousAccessibilityFinding(String lang) {
        Page page = login(lang);
        List<String> routes = List.of("#/overview", "#/stations", "#/stations/WOB-0001", "#/sessions", "#/sessions/" + sessionId,
                "#/faults", "#/commands", "#/charts", "#/sites", "#/billing/tariffs", "#/billing/cdrs", "#/billing/held",
                "#/billing/invoices", "#/planning", "#/planning-map", "#/users");
        for (String route : routes) {
            page.navigate(app.baseUrl() + "/" + route);
            assertThat(page.locator("#page .card").first()).isVisible();
            page.waitForLoadState();
            assertThat(page.locator("#nav a")).hasText(NAV.get(lang).toArray(String[]::new));
            assertThat(page.locator("html")).hasAttribute("lang", lang);
            assertThat(page.locator("#page .error")).hasCount(0);
            String section = route.substring(2).split("/")[0];
            assertThat(page.locator("#nav a[aria-current=page]")).hasAttribute("href", "#/" + section);
            Accessibility.assertNoSeriousViolations(page, lang + "-" + route);
        }
        BrowserFixture.screenshot(page, "users-" + lang);
        page.navigate(app.baseUrl() + "/login.html");
        Accessibility.assertNoSeriousViolations(page, lang + "-login");
        page.context().close();
    }

    @org.junit.jupiter.api.Test
    void thePlanningMapShowsDistrictsAndHubsOfflineAndTheMeasuredNetworkAgainstTheScenariosPath() {
        Page page = login("en");
        page.navigate(app.baseUrl() + "/#/planning-map");
        page.getByTestId("planning-map-days").fill("7"); // few days keep the run short
        page.getByTestId("planning-map-year").fill("2035"); // the path must end after the stations' first month
        page.getByTestId("planning-map-run").click();
        // a run simulates days of load curves on the server: give it time on a busy machine
        assertThat(page.getByTestId("planning-map")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(120_000));
        assertThat(page.locator(".planning-hub").first()).isVisible();
        assertThat(page.locator(".planning-district[data-district=Stadtmitte]")).hasCount(1);
        assertThat(page.getByTestId("actual-chart")).isVisible();
        // WOB-0001 (Stadtmitte, one EVSE) was registered this month; WOB-0002 never reported an EVSE
        assertThat(page.getByTestId("actual-table").locator("tr", new Locator.LocatorOptions().setHasText("Stadtmitte")).locator("td").nth(1)).hasText("1");
        assertThat(page.getByTestId("actual-table").locator("tr", new Locator.LocatorOptions().setHasText("Fallersleben")).locator("td").nth(1)).hasText("0");
        BrowserFixture.screenshot(page, "planning-map");
        Accessibility.assertNoSeriousViolations(page, "en-planning-map-result");
        page.context().close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void theOverviewMapShowsTheStationsOfflineColouredByStateAndOpensAStation(String lang) {
        Page page = login(lang);
        assertThat(page.getByTestId("station-map")).isVisible();
        assertThat(page.locator(".station-dot")).hasCount(2);
        assertThat(page.locator(".station-dot[data-station=WOB-0001]")).hasClass(java.util.regex.Pattern.compile("online"));
        assertThat(page.locator(".station-dot[data-station=WOB-0002]")).hasClass(java.util.regex.Pattern.compile("offline"));
        assertThat(page.locator(".district-name", new Page.LocatorOptions().setHasText("Fallersleben"))).hasCount(1);
        assertThat(page.locator(".station-dot[data-station=WOB-0002]")).hasAttribute("aria-label",
                "de".equals(lang) ? "WOB-0002: offline, Fallersleben" : "WOB-0002: offline, Fallersleben");
        assertThat(page.locator(".legend")).containsText("de".equals(lang) ? "Belegt" : "Occupied");
        assertThat(page.locator("canvas")).isVisible(); // the 24-hour power chart beside the figures
        BrowserFixture.screenshot(page, "overview-map-" + lang);
        // keyboard: the dot is focusable and Enter opens the station's page
        page.locator(".station-dot[data-station=WOB-0001]").focus();
        page.keyboard().press("Enter");
        page.waitForURL("**/#/stations/WOB-0001");
        assertThat(page.getByTestId("connectors")).containsText("de".equals(lang) ? "Frei" : "Available");
        assertThat(page.getByTestId("connectors")).not().containsText("(Available)");
        page.context().close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void aSessionPageShowsCurveMeterValuesAndSignedData(String lang) {
        Page page = login(lang);
        page.navigate(app.baseUrl() + "/#/sessions");
        page.locator("[data-session='" + sessionId + "'] a").click();
        page.waitForURL("**/#/sessions/" + sessionId);
        assertThat(page.getByTestId("session-facts")).containsText("WOB-0001");
        // 10.8 kWh, in the locale's digits
        assertThat(page.getByTestId("session-facts")).containsText("de".equals(lang) ? "10,800" : "10.800");
        // the station's 09:00 UTC start is 10:00 in Berlin
        assertThat(page.getByTestId("session-facts")).containsText("de".equals(lang) ? "01.12.26, 10:00:00" : "01/12/2026, 10:00:00");
        assertThat(page.getByTestId("session-meter-values")).containsText("Power.Active.Import");
        assertThat(page.getByTestId("session-signed")).containsText("OCMF|");
        assertThat(page.locator("canvas")).isVisible();
        BrowserFixture.screenshot(page, "session-" + lang);
        page.context().close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void theCommandsPageListsACommandJustSentAndFiltersByOutcome(String lang) {
        Page page = login(lang);
        page.navigate(app.baseUrl() + "/#/stations/WOB-0001");
        page.locator("[data-command=Reset]").click();
        page.getByTestId("confirm-ok").click();
        assertThat(page.getByTestId("command-answer")).containsText("Accepted");
        page.getByTestId("station-commands-link").click();
        page.waitForURL("**/#/commands?station=WOB-0001");
        assertThat(page.getByTestId("commands-table").locator("tbody tr").first()).containsText("Reset");
        assertThat(page.getByTestId("commands-table").locator("tbody tr").first()).containsText(RunningApp.ADMIN);
        assertThat(page.getByTestId("commands-table").locator("tbody tr").first())
                .containsText("de".equals(lang) ? "beantwortet" : "answered");
        assertThat(page.getByTestId("commands-table").locator("tbody tr").first()).containsText(" ms");
        BrowserFixture.screenshot(page, "commands-" + lang);
        page.getByTestId("commands-status").selectOption("TIMEOUT");
        page.getByText("de".equals(lang) ? "Filtern" : "Filter", new Page.GetByTextOptions().setExact(true)).click();
        page.waitForURL("**/#/commands?station=WOB-0001&status=TIMEOUT");
        assertThat(page.getByTestId("commands")).containsText("de".equals(lang) ? "Keine Einträge." : "Nothing here.");
        page.context().close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void theKeyboardReachesTheSkipLinkAndTheBillingAndPlanningPages(String lang) {
        Page page = login(lang);
        page.keyboard().press("Tab");
        assertThat(page.locator(".skip")).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.locator("#page")).isFocused();
        page.locator("#nav a[href='#/overview']").focus();
        AtomicInteger steps = new AtomicInteger();
        while (!"#/billing".equals(page.evaluate("document.activeElement.getAttribute('href')")) && steps.incrementAndGet() < 12) {
            page.keyboard().press("Tab");
        }
        page.keyboard().press("Enter");
        page.waitForURL("**/#/billing");
        assertThat(page.locator(".tabs a[aria-current=page]")).hasText("de".equals(lang) ? "Tarife" : "Tariffs");
        page.locator("#nav a[href='#/planning']").focus();
        page.keyboard().press("Enter");
        page.waitForURL("**/#/planning");
        assertThat(page.locator("#page h2").first()).hasText("de".equals(lang) ? "Kapazitätsplanung" : "Capacity planning");
        page.context().close();
    }
}
