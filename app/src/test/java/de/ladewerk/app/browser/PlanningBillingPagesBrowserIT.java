package de.ladewerk.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import de.ladewerk.app.web.RunningApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The planner's and accounting's pages in a real browser: a scenario run with its charts, a tariff published. */
class PlanningBillingPagesBrowserIT {

    private static RunningApp app;
    private static BrowserFixture browser;

    @BeforeAll
    static void start() throws Exception {
        browser = new BrowserFixture();
        app = RunningApp.start("pages");
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (browser != null) {
            browser.close();
        }
    }

    private static Page loggedIn(String path) {
        Page page = browser.newPage();
        page.navigate(app.baseUrl() + "/login.html");
        page.locator("input[name=username]").fill(RunningApp.ADMIN);
        page.locator("input[name=password]").fill(RunningApp.ADMIN_PASSWORD);
        page.locator("button[type=submit]").click();
        page.waitForURL("**/#/overview");
        page.navigate(app.baseUrl() + path);
        return page;
    }

    @Test
    void aPlannerRunsAShippedScenarioAndReadsTheGapPerDistrictWithCharts() {
        Page page = loggedIn("/#/planning");
        page.getByTestId("planning-days").fill("7"); // the fewest days with weekdays and a weekend keep the run short
        page.getByText("Berechnen").click();
        Locator table = page.getByTestId("planning-result");
        try {
            // a run simulates days of load curves on the server: give it time on a busy machine
            assertThat(table).containsText("Stadtteil", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        } catch (AssertionError e) {
            BrowserFixture.screenshot(page, "planning-run-failed");
            throw new AssertionError("no result table; the page says: " + page.getByTestId("status").textContent(), e);
        }
        assertThat(table.locator("tbody tr").count()).isGreaterThan(5);
        Locator charts = page.locator("#page .charts img");
        assertThat(charts.first()).isVisible();
        // every chart is a real image the API rendered, not a broken link
        page.waitForFunction("() => [...document.querySelectorAll('#page .charts img')]"
                + ".every(i => i.complete && i.naturalWidth > 0)");
        BrowserFixture.screenshot(page, "planning-run");
        page.context().close();
    }

    @Test
    void accountingPublishesATariffFromThePage() {
        Page page = loggedIn("/#/billing/tariffs");
        assertThat(page.locator(".tabs a[aria-current=page]")).hasText("Tarife");
        page.getByText("Veröffentlichen", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.getByTestId("tariffs")).containsText("0,39 €"); // the price in German money format
        BrowserFixture.screenshot(page, "billing-tariffs");
        page.context().close();
    }

    @Test
    void anOperatorProposesAndApprovesAMeterKeyOnTheMeterKeyPage() throws Exception {
        java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("EC", de.ladewerk.billing.ocmf.MeterKeys.provider());
        g.initialize(new java.security.spec.ECGenParameterSpec("brainpoolP384r1"));
        String key = de.ladewerk.billing.ocmf.MeterKeys.toHex(g.generateKeyPair().getPublic());
        Page page = loggedIn("/#/meter-keys");
        Locator form = page.getByTestId("meter-key-form");
        form.locator("input[name=meterSerial]").fill("BROWSER-1");
        form.locator("input[name=publicKey]").fill(key);
        form.locator("input[name=note]").fill("Typenschild");
        form.getByText("Schlüssel vorschlagen").click();
        Locator keys = page.getByTestId("meter-keys-table");
        assertThat(keys).containsText("BROWSER-1");
        assertThat(keys).containsText("Vorgeschlagen");
        assertThat(keys).containsText("brainpoolP384r1");

        page.getByTestId("approve-key").click();
        page.getByTestId("confirm-ok").click();
        assertThat(keys).containsText("Freigegeben");
        assertThat(page.getByTestId("meter-keys-audit")).containsText("admin");

        form.locator("input[name=meterSerial]").fill("BROWSER-2");
        form.locator("input[name=publicKey]").fill("kein Schlüssel");
        form.getByText("Schlüssel vorschlagen").click();
        assertThat(page.getByTestId("meter-keys-message")).containsText("public key");
    }
}
