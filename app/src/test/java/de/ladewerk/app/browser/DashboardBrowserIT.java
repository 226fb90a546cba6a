package de.ladewerk.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import de.ladewerk.app.web.RunningApp;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import de.ladewerk.simulator.station.StationClientOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dashboard in a real browser against the running application and a simulated 1.6 station. */
class DashboardBrowserIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningApp app;
    private static BrowserFixture browser;
    private static Vertx clients;
    private static StationClient station;

    @BeforeAll
    static void start() throws Exception {
        browser = new BrowserFixture();
        app = RunningApp.start("browser");
        app.registerStation("WOB-0001");
        app.sql("UPDATE ocpp.stations SET district = 'Mitte', latitude = 52.4227, longitude = 10.7865, "
                + "address = 'Porschestraße 1' WHERE id = 'WOB-0001'");
        app.sql("INSERT INTO ocpp.id_tokens (type, value) VALUES ('ID_TAG', 'TAG-0001')");
        app.user("olga", "operator");
        app.user("vera", "viewer");
        clients = Vertx.vertx();
        station = await(StationClient.connect(clients, StationClientOptions.of(app.ocppUri(), "WOB-0001", OcppVersion.V16)
                .withPassword(RunningApp.STATION_PASSWORD)));
        await(station.call("BootNotification", JSON.readTree("{\"chargePointVendor\":\"Ladewerk\",\"chargePointModel\":\"AC22\"}")));
        status(1, "Available");
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

    private static void status(int connector, String status) throws Exception {
        await(station.call("StatusNotification", JSON.readTree("{\"connectorId\":" + connector
                + ",\"errorCode\":\"NoError\",\"status\":\"" + status + "\"}")));
    }

    private static <T> T await(Future<T> f) throws Exception {
        return f.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    }

    private static Page login(String user, String password) {
        Page page = browser.newPage();
        page.navigate(app.baseUrl() + "/");
        page.waitForURL("**/login.html**");
        page.locator("input[name=username]").fill(user);
        page.locator("input[name=password]").fill(password);
        page.locator("button[type=submit]").click();
        page.waitForURL("**/#/overview");
        return page;
    }

    @Test
    void anOperatorLogsInAndSeesTheNetworkInGerman() {
        Page page = login("olga", "olga-password-long");
        assertThat(page.getByTestId("tile-total").locator(".value")).hasText("1");
        assertThat(page.getByTestId("tile-online").locator(".value")).hasText("1");
        assertThat(page.locator("#nav")).containsText("Ladestationen");
        assertThat(page.getByTestId("who")).containsText("olga");
        BrowserFixture.screenshot(page, "overview");
        page.locator("#lang").selectOption("en");
        assertThat(page.locator("#nav")).containsText("Stations");
        page.locator("#lang").selectOption("de");
        page.context().close();
    }

    @Test
    void aWrongPasswordIsRefusedOnTheLoginPage() {
        Page page = browser.newPage();
        page.navigate(app.baseUrl() + "/login.html");
        page.locator("input[name=username]").fill("olga");
        page.locator("input[name=password]").fill("not-her-password");
        page.locator("button[type=submit]").click();
        assertThat(page.locator("#message")).hasText("Benutzername oder Passwort falsch.");
        assertThat(page).hasURL(app.baseUrl() + "/login.html");
        page.context().close();
    }

    @Test
    void theOverviewUpdatesLiveWhenAStationStartsCharging() throws Exception {
        Page page = login("admin", RunningApp.ADMIN_PASSWORD);
        assertThat(page.getByTestId("tile-in-use").locator(".value")).hasText("0");
        assertThat(page.getByTestId("tile-sessions").locator(".value")).hasText("0");
        assertThat(page.locator("#live.live")).isVisible();
        status(1, "Preparing");
        JsonNode started = await(station.call("StartTransaction", JSON.readTree("{\"connectorId\":1,\"idTag\":\"TAG-0001\","
                + "\"meterStart\":1000,\"timestamp\":\"" + Instant.now() + "\"}")));
        status(1, "Charging");
        await(station.call("MeterValues", JSON.readTree("{\"connectorId\":1,\"transactionId\":" + started.get("transactionId")
                + ",\"meterValue\":[{\"timestamp\":\"" + Instant.now() + "\",\"sampledValue\":["
                + "{\"value\":\"11000\",\"measurand\":\"Power.Active.Import\",\"unit\":\"W\"},"
                + "{\"value\":\"2500\",\"measurand\":\"Energy.Active.Import.Register\",\"unit\":\"Wh\"}]}]}")));
        assertThat(page.getByTestId("tile-in-use").locator(".value")).hasText("1");
        assertThat(page.getByTestId("tile-sessions").locator(".value")).hasText("1");
        assertThat(page.getByTestId("tile-power").locator(".value")).hasText("11,0");
        // the map shows the station's live power and its district's sum
        assertThat(page.locator(".station-dot[data-station=WOB-0001]")).hasAttribute("aria-label",
                java.util.regex.Pattern.compile("11,0 kW$"));
        assertThat(page.getByTestId("tile-energy-today").locator(".value")).hasText("1,5");
        assertThat(page.getByTestId("recent-events")).containsText("WOB-0001");
        BrowserFixture.screenshot(page, "overview-live");
        await(station.call("StopTransaction", JSON.readTree("{\"transactionId\":" + started.get("transactionId")
                + ",\"meterStop\":4000,\"timestamp\":\"" + Instant.now() + "\"}")));
        status(1, "Available");
        assertThat(page.getByTestId("tile-in-use").locator(".value")).hasText("0");
        assertThat(page.getByTestId("tile-sessions").locator(".value")).hasText("0");
        assertThat(page.getByTestId("tile-energy-today").locator(".value")).hasText("3,0");
        page.navigate(app.baseUrl() + "/#/sessions");
        assertThat(page.locator("[data-session]").first()).containsText("3,00");
        page.locator("[data-session] a").first().click();
        assertThat(page.locator("canvas")).isVisible();
        BrowserFixture.screenshot(page, "sessions");
        page.context().close();
    }

    @Test
    void theStationsPageFiltersAndShowsTheMap() {
        Page page = login("vera", "vera-password-long");
        page.navigate(app.baseUrl() + "/#/stations");
        assertThat(page.locator("tr[data-station=WOB-0001]")).isVisible();
        assertThat(page.locator(".station-dot")).hasCount(1);
        page.getByTestId("station-search").fill("nichtda");
        assertThat(page.locator("tr[data-station=WOB-0001]")).hasCount(0);
        page.getByTestId("station-search").fill("Mitte");
        assertThat(page.locator("tr[data-station=WOB-0001]")).isVisible();
        BrowserFixture.screenshot(page, "stations");
        page.locator("tr[data-station=WOB-0001]").click();
        assertThat(page.getByTestId("connectors")).containsText("1/1");
        assertThat(page.getByTestId("timeline")).containsText("Frei");
        BrowserFixture.screenshot(page, "station-detail");
        page.context().close();
    }

    @Test
    void anOperatorResetsAStationAndSeesItsAnswer() throws Exception {
        HttpResponse<String> probe = app.user("olga", "operator").post("/api/stations/NO-SUCH-STATION/commands/Reset", "{\"type\":\"Soft\"}");
        Assumptions.assumeFalse(probe.statusCode() == 404 && probe.body().contains("\"not_found\""),
                "the commands API (POST /api/stations/{id}/commands/{action}) is not on this version yet");
        CompletableFuture<JsonNode> received = new CompletableFuture<>();
        station.onCall("Reset", call -> {
            received.complete(call.payload());
            return Future.succeededFuture(Map.of("status", "Accepted"));
        });
        Page page = login("olga", "olga-password-long");
        page.navigate(app.baseUrl() + "/#/stations/WOB-0001");
        page.locator("[data-command=Reset]").click();
        page.getByTestId("confirm-ok").click();
        assertThat(page.getByTestId("command-answer")).containsText("Accepted");
        assertThat(received.get(20, TimeUnit.SECONDS).get("type").asText()).isEqualTo("Soft");
        BrowserFixture.screenshot(page, "command-answer");
        page.context().close();
    }

    @Test
    void anOperatorReadsAStationsConfigurationAndSeesItOnThePage() throws Exception {
        JsonNode configuration = JSON.readTree("{\"configurationKey\":["
                + "{\"key\":\"HeartbeatInterval\",\"readonly\":false,\"value\":\"300\"},"
                + "{\"key\":\"MeterValueSampleInterval\",\"readonly\":false,\"value\":\"60\"}]}");
        station.onCall("GetConfiguration", call -> Future.succeededFuture(configuration));
        Page page = login("olga", "olga-password-long");
        page.navigate(app.baseUrl() + "/#/stations/WOB-0001");
        page.locator("[data-command=ReadConfiguration]").click();
        page.getByTestId("confirm-ok").click();
        assertThat(page.getByTestId("command-answer")).containsText("MeterValueSampleInterval");
        // the answer went into the device model: the station's page shows it after a reload
        page.reload();
        assertThat(page.locator("tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("HeartbeatInterval")).first()).containsText("300");
        BrowserFixture.screenshot(page, "station-configuration");
        page.context().close();
    }

    @Test
    void aViewerIsRefusedWhenSendingACommand() {
        Page page = login("vera", "vera-password-long");
        page.navigate(app.baseUrl() + "/#/stations/WOB-0001");
        page.locator("[data-command=Reset]").click();
        assertThat(page.getByTestId("confirm-dialog")).isVisible();
        page.getByTestId("confirm-ok").click();
        assertThat(page.getByTestId("command-answer")).containsText("403");
        assertThat(page.getByTestId("command-answer")).containsText("forbidden");
        BrowserFixture.screenshot(page, "viewer-refused");
        page.context().close();
    }

    @Test
    void anOperatorAcknowledgesAFault() throws Exception {
        await(station.call("StatusNotification", JSON.readTree(
                "{\"connectorId\":2,\"errorCode\":\"GroundFailure\",\"status\":\"Faulted\"}")));
        Page page = login("olga", "olga-password-long");
        page.navigate(app.baseUrl() + "/#/faults");
        assertThat(page.getByTestId("faults")).containsText("Erdschluss / FI ausgelöst"); // GroundFailure, in German
        page.locator("[data-fault='WOB-0001/CONNECTOR/2'] input").fill("Techniker informiert");
        page.locator("[data-fault='WOB-0001/CONNECTOR/2'] button").click();
        assertThat(page.getByTestId("faults")).containsText("Quittiert von olga");
        assertThat(page.getByTestId("faults")).containsText("Techniker informiert");
        BrowserFixture.screenshot(page, "faults");
        status(2, "Available");
        page.context().close();
        assertThat(app.anonymous().get("/health/live").statusCode()).isEqualTo(200);
    }
}
