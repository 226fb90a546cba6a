package de.ladewerk.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

/**
 * For tests that start the whole application and call its API as a machine client: the configuration of a
 * first admin, and an admin API token obtained through the real login ({@code Authorization: Bearer}).
 */
public final class AdminToken {

    public static final String USER = "test-admin";
    public static final String PASSWORD = "test-admin-password";

    private AdminToken() {
    }

    /** {@code env} plus the variables that create the first admin at start-up. */
    public static Map<String, String> withAdmin(Map<String, String> env) {
        Map<String, String> all = new HashMap<>(env);
        all.put("LADEWERK_ADMIN_USER", USER);
        all.put("LADEWERK_ADMIN_PASSWORD", PASSWORD);
        return all;
    }

    /** Logs in as the configured admin and creates an admin API token; returns its secret. */
    public static String create(int httpPort) throws Exception {
        ObjectMapper json = new ObjectMapper();
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://127.0.0.1:" + httpPort;
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + USER + "\",\"password\":\"" + PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 200) {
            throw new IllegalStateException("admin login failed: " + login.body());
        }
        String csrf = json.readTree(login.body()).get("csrfToken").asText();
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(base + "/api/tokens"))
                .header("Content-Type", "application/json").header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"tests-" + System.nanoTime() + "\",\"role\":\"admin\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        return json.readTree(token.body()).get("token").asText();
    }
}
