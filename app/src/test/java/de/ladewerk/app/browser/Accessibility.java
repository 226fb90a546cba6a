package de.ladewerk.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * axe-core (npm, installed by the README's {@code npm ci --prefix ocpp-gateway/src/test/strict-client}) run inside
 * the page: the WCAG 2.1 A and AA rules (BITV 2.0), no serious or critical violation allowed.
 */
final class Accessibility {

    static final Path AXE = Paths.get("..", "ocpp-gateway", "src", "test", "strict-client", "node_modules", "axe-core",
            "axe.min.js");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Accessibility() {
    }

    /** Injects axe-core, runs it on the whole page and fails with every serious or critical finding. */
    static void assertNoSeriousViolations(Page page, String where) {
        assertThat(Files.isReadable(AXE)).as("axe-core is missing at %s: run npm ci --prefix "
                + "ocpp-gateway/src/test/strict-client (the README's test command)", AXE.toAbsolutePath()).isTrue();
        // evaluated through the DevTools protocol: the dashboard's Content-Security-Policy (rightly) refuses inline scripts
        try {
            page.evaluate(Files.readString(AXE) + "\n;true");
        } catch (java.io.IOException e) {
            throw new AssertionError("cannot read " + AXE, e);
        }
        String result = (String) page.evaluate("async () => JSON.stringify(await axe.run(document, { runOnly: { type: 'tag', "
                + "values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }))");
        List<String> findings = new ArrayList<>();
        try {
            for (JsonNode v : JSON.readTree(result).get("violations")) {
                String impact = v.path("impact").asText();
                if (impact.equals("serious") || impact.equals("critical")) {
                    List<String> targets = new ArrayList<>();
                    v.get("nodes").forEach(n -> targets.add(n.get("target").toString()));
                    findings.add(impact + " " + v.get("id").asText() + " (" + v.get("help").asText() + ") at "
                            + String.join(", ", targets.subList(0, Math.min(5, targets.size()))));
                }
            }
        } catch (java.io.IOException e) {
            throw new AssertionError("axe-core answered no JSON: " + result, e);
        }
        if (!findings.isEmpty()) {
            BrowserFixture.screenshot(page, "axe-" + where.replaceAll("[^A-Za-z0-9-]", "_"));
        }
        assertThat(findings).as("axe-core on %s", where).isEmpty();
    }
}
