package de.ladewerk.app.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Playwright driving the system's Chromium ({@code /usr/bin/chromium}, installed by {@code .ci/run}); no browser
 * download. Where Chromium is missing (a laptop without it) the browser tests are skipped with that reason.
 * Screenshots go to {@code app/target/screenshots/}.
 */
final class BrowserFixture implements AutoCloseable {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;

    BrowserFixture() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "browser tests need Chromium at " + CHROMIUM + " (apt-get install chromium); skipped");
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--disable-dev-shm-usage")));
    }

    /** A fresh browser profile (own cookies), German unless the page switches. */
    Page newPage() {
        return newPage("de");
    }

    /** A fresh browser profile whose dashboard language is {@code lang} ("de" or "en") from the first page on. */
    Page newPage(String lang) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000)
                .setLocale("de".equals(lang) ? "de-DE" : "en-GB"));
        context.setDefaultTimeout(20_000);
        // only the first page: the language menu's later choice stays
        context.addInitScript("if (!localStorage.getItem('ladewerk.lang')) localStorage.setItem('ladewerk.lang', '" + lang + "')");
        return context.newPage();
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
