package de.ladewerk.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import de.ladewerk.app.TestEnvironment;
import de.ladewerk.testsupport.TestDatabase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's run command on a fresh database, as a new user meets it: {@code java -jar app/target/ladewerk.jar run}
 * as its own process prints the dashboard's address and a generated admin login, and that login works in the browser,
 * in German and in English.
 */
class FirstRunBrowserIT {

    private static final Path JAR = Paths.get("target", "ladewerk.jar");
    private static final Pattern DASHBOARD = Pattern.compile("Dashboard:\\s+(http://\\S+)");
    private static final Pattern LOGIN = Pattern.compile("Log in:\\s+(\\S+) / (\\S+)");

    private static BrowserFixture browser;
    private static TestDatabase database;
    private static Process ladewerk;
    private static String url;
    private static String user;
    private static String password;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(JAR), "needs the packaged " + JAR + " (mvn verify packages it first)");
        browser = new BrowserFixture();
        database = TestDatabase.create("firstrun");
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-jar", JAR.toString(), "run")).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("LADEWERK_"));
        env.putAll(TestEnvironment.of(database)); // no LADEWERK_ADMIN_*: the first run must make the login itself
        ladewerk = pb.start();
        CompletableFuture<String> banner = new CompletableFuture<>();
        StringBuilder seen = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(ladewerk.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    seen.append(line).append('\n');
                    if (line.contains("Stop with Ctrl-C")) {
                        banner.complete(seen.toString());
                    }
                }
                banner.complete(seen.toString());
            } catch (Exception e) {
                banner.completeExceptionally(e);
            }
        }, "ladewerk-output");
        reader.setDaemon(true);
        reader.start();
        String out = banner.get(120, TimeUnit.SECONDS);
        Matcher dashboard = DASHBOARD.matcher(out);
        Matcher login = LOGIN.matcher(out);
        assertThat(dashboard.find() && login.find()).as("the banner with address and login; the process said:%n%s", out).isTrue();
        url = dashboard.group(1);
        user = login.group(1);
        password = login.group(2);
        // the start-up is short: no Flyway chatter, PostgreSQL notices or stack traces on the console
        assertThat(out).doesNotContain("already exists, skipping", "outOfOrder", "Migrating schema", "Exception");
        assertThat(out.lines().count()).isLessThan(15);
    }

    @AfterAll
    static void stop() throws Exception {
        if (ladewerk != null) {
            ladewerk.destroy(); // SIGTERM: the shutdown hook closes it cleanly
            if (!ladewerk.waitFor(30, TimeUnit.SECONDS)) {
                ladewerk.destroyForcibly();
            }
        }
        if (database != null) {
            database.close();
        }
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void thePrintedLoginWorksAndTheAdminReplacesItInTheDashboard() {
        assertThat(user).isEqualTo("admin");
        Page page = login("de", password);
        assertThat(page.getByTestId("who")).containsText("admin");
        assertThat(page.locator("#nav")).containsText("Abrechnung");
        BrowserFixture.screenshot(page, "first-run-de");
        // as the banner says: change it in the dashboard
        page.navigate(url + "/#/users");
        page.locator("tr[data-user=admin] input[type=password]").fill("chosen-by-the-operator");
        page.locator("tr[data-user=admin] button", new Page.LocatorOptions().setHasText("Passwort setzen")).click();
        // a new password ends the admin's own sessions: the page shows the confirmation or, if a background
        // request came first, is already back at the login; logging in with the new password below proves it
        page.waitForCondition(() -> page.url().contains("login.html")
                || page.getByTestId("users-message").textContent().contains("Passwort von admin geändert"));
        page.context().close();

        Page english = login("en", "chosen-by-the-operator");
        assertThat(english.locator("#nav")).containsText("Billing");
        BrowserFixture.screenshot(english, "first-run-en");
        english.context().close();
    }

    private static Page login(String lang, String secret) {
        Page page = browser.newPage(lang);
        page.navigate(url);
        page.waitForURL("**/login.html**");
        assertThat(page.locator("h2")).hasText("de".equals(lang) ? "Anmeldung" : "Log in");
        page.locator("input[name=username]").fill(user);
        page.locator("input[name=password]").fill(secret);
        page.locator("button[type=submit]").click();
        page.waitForURL("**/#/overview");
        return page;
    }
}
