package de.ladewerk.app.auth;

import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.app.web.RunningApp;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Login, cookies, CSRF, roles, API tokens and the login throttle against the running application. */
class AccessControlIT {

    private static RunningApp app;

    @BeforeAll
    static void start() throws Exception {
        app = RunningApp.start("auth");
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    @Test
    void theApiNeedsALoginButHealthAndMetricsDoNot() throws Exception {
        HttpResponse<String> r = app.anonymous().get("/api/stations");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(app.anonymous().json(r).get("error").get("code").asText()).isEqualTo("unauthenticated");
        assertThat(app.anonymous().get("/health/live").statusCode()).isEqualTo(200);
        assertThat(app.anonymous().get("/metrics").statusCode()).isEqualTo(200);
        assertThat(app.anonymous().get("/api/openapi.yaml").statusCode()).isEqualTo(200);
    }

    @Test
    void loginSetsAStrictHttpOnlySessionCookieAndLogoutEndsTheSession() throws Exception {
        RunningApp.Client client = app.anonymous();
        HttpResponse<String> login = client.post("/api/auth/login",
                "{\"username\":\"admin\",\"password\":\"" + RunningApp.ADMIN_PASSWORD + "\"}");
        assertThat(login.statusCode()).isEqualTo(200);
        String cookie = login.headers().firstValue("set-cookie").orElseThrow();
        assertThat(cookie).startsWith(AccessGuard.COOKIE + "=").containsIgnoringCase("HttpOnly").contains("SameSite=Strict").contains("Path=/");
        assertThat(cookie).doesNotContain("Secure"); // plain HTTP here; over TLS it is set
        assertThat(client.json(login).get("role").asText()).isEqualTo("admin");
        client.login("admin", RunningApp.ADMIN_PASSWORD);
        assertThat(client.get("/api/auth/me").statusCode()).isEqualTo(200);
        assertThat(client.post("/api/auth/logout", null).statusCode()).isEqualTo(204);
        assertThat(client.get("/api/auth/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aLoginMustBeJson() throws Exception {
        HttpResponse<String> form = app.anonymous().send("POST", "/api/auth/login", null);
        assertThat(form.statusCode()).isEqualTo(415);
    }

    @Test
    void cookieChangesWithoutTheCsrfTokenAreRefused() throws Exception {
        RunningApp.Client admin = app.admin().withoutCsrf();
        HttpResponse<String> r = admin.post("/api/tokens", "{\"name\":\"no-csrf\",\"role\":\"viewer\"}");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(admin.json(r).get("error").get("code").asText()).isEqualTo("csrf_token_invalid");
        assertThat(admin.get("/api/tokens").body()).doesNotContain("no-csrf");
    }

    @Test
    void viewersAndOperatorsCannotManageUsers() throws Exception {
        for (String role : new String[] {"viewer", "operator"}) {
            RunningApp.Client user = app.user("u-" + role, role);
            HttpResponse<String> r = user.post("/api/users", "{\"username\":\"x-" + role + "\",\"password\":\"long-enough-pw\",\"role\":\"admin\"}");
            assertThat(r.statusCode()).as(role).isEqualTo(403);
            assertThat(user.json(r).get("error").get("code").asText()).isEqualTo("forbidden");
            assertThat(user.get("/api/users").statusCode()).as(role).isEqualTo(403);
            assertThat(user.get("/api/stations").statusCode()).as(role).isEqualTo(200);
        }
        assertThat(app.admin().get("/api/users").body()).doesNotContain("x-viewer").doesNotContain("x-operator");
    }

    @Test
    void badUserInputIsRefusedClearly() throws Exception {
        RunningApp.Client admin = app.admin();
        HttpResponse<String> shortPw = admin.post("/api/users", "{\"username\":\"shorty\",\"password\":\"short\",\"role\":\"viewer\"}");
        assertThat(shortPw.statusCode()).isEqualTo(400);
        assertThat(admin.json(shortPw).get("error").get("message").asText()).contains("password");
        HttpResponse<String> badRole = admin.post("/api/users", "{\"username\":\"r\",\"password\":\"long-enough-pw\",\"role\":\"king\"}");
        assertThat(badRole.statusCode()).isEqualTo(400);
        assertThat(admin.post("/api/users", "{\"username\":\"admin\",\"password\":\"long-enough-pw\",\"role\":\"viewer\"}")
                .statusCode()).isEqualTo(409);
        HttpResponse<String> last = admin.send("DELETE", "/api/users/admin", null);
        assertThat(last.statusCode()).isEqualTo(409);
        assertThat(admin.get("/api/auth/me").statusCode()).isEqualTo(200);
    }

    @Test
    void apiTokensCarryTheirRoleAndStopWorkingWhenRevoked() throws Exception {
        RunningApp.Client viewer = app.token("monitoring", "viewer");
        assertThat(viewer.get("/api/stations").statusCode()).isEqualTo(200);
        assertThat(viewer.post("/api/tokens", "{\"name\":\"escalate\",\"role\":\"admin\"}").statusCode()).isEqualTo(403);
        RunningApp.Client admin = app.admin();
        long id = 0;
        for (var t : admin.json(admin.get("/api/tokens")).get("items")) {
            if (t.get("name").asText().equals("monitoring")) {
                id = t.get("id").asLong();
                assertThat(t.get("lastUsedAt").isTextual()).isTrue();
                assertThat(t.toString()).doesNotContain("lwt_");
            }
        }
        assertThat(admin.send("DELETE", "/api/tokens/" + id, null).statusCode()).isEqualTo(204);
        assertThat(viewer.get("/api/stations").statusCode()).isEqualTo(401);
    }

    @Test
    void removingAUserEndsTheirSessions() throws Exception {
        RunningApp.Client gone = app.user("leaver", "operator");
        assertThat(gone.get("/api/auth/me").statusCode()).isEqualTo(200);
        assertThat(app.admin().send("DELETE", "/api/users/leaver", null).statusCode()).isEqualTo(204);
        assertThat(gone.get("/api/auth/me").statusCode()).isEqualTo(401);
    }

    @Test
    void repeatedFailedLoginsAreThrottledEvenWithTheRightPassword() throws Exception {
        app.user("victim", "viewer");
        RunningApp.Client attacker = app.anonymous();
        for (int i = 0; i < 5; i++) {
            assertThat(attacker.post("/api/auth/login", "{\"username\":\"victim\",\"password\":\"guess-" + i + "\"}")
                    .statusCode()).isEqualTo(401);
        }
        HttpResponse<String> refused = attacker.post("/api/auth/login", "{\"username\":\"victim\",\"password\":\"victim-password-long\"}");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(app.admin().get("/api/auth/me").statusCode()).isEqualTo(200); // others still log in
    }

    @Test
    void aTooShortNewPasswordIsA400WithTheRuleNotA500() throws Exception {
        RunningApp.Client user = app.user("shortpw", "viewer");
        HttpResponse<String> r = user.post("/api/auth/password",
                "{\"currentPassword\":\"whatever-it-is\",\"newPassword\":\"short\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(user.json(r).get("error").get("message").asText()).contains("newPassword").contains("12");
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at de.ladewerk");
    }

    @Test
    void wrongCurrentPasswordsAreThrottled() throws Exception {
        RunningApp.Client user = app.user("pwguess", "viewer");
        for (int i = 0; i < 5; i++) {
            assertThat(user.post("/api/auth/password", "{\"currentPassword\":\"guess-number-" + i
                    + "\",\"newPassword\":\"a-long-new-password\"}").statusCode()).isEqualTo(403);
        }
        HttpResponse<String> refused = user.post("/api/auth/password",
                "{\"currentPassword\":\"guess-number-6\",\"newPassword\":\"a-long-new-password\"}");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    }
}
