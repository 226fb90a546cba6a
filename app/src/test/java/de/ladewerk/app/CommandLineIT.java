package de.ladewerk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ladewerk.app.cli.Ladewerk;
import de.ladewerk.app.config.ConfigLoader;
import de.ladewerk.app.web.RunningApp;
import de.ladewerk.testsupport.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The operator's first contact: help everywhere, the first run's login, a port clash, exit codes, tokens. */
class CommandLineIT {

    @Test
    void everySubcommandAnswersHelpWithExitZero() {
        List<String[]> paths = new ArrayList<>();
        collect(Ladewerk.commandLine(), new ArrayList<>(), paths);
        assertThat(paths).extracting(p -> String.join(" ", p)).contains("run", "demo", "create-user", "register-station",
                "token", "token create");
        for (String[] path : paths) {
            String[] args = java.util.Arrays.copyOf(path, path.length + 1);
            args[path.length] = "--help";
            StringWriter out = new StringWriter();
            CommandLine cli = Ladewerk.commandLine();
            cli.setOut(new PrintWriter(out));
            assertThat(cli.execute(args)).as(String.join(" ", args)).isZero();
            assertThat(out.toString()).as(String.join(" ", args)).contains("Usage:");
        }
        assertThat(Ladewerk.commandLine().execute("run", "--no-such-option")).isEqualTo(ExitCodes.USAGE);
    }

    private static void collect(CommandLine cli, List<String> prefix, List<String[]> into) {
        cli.getSubcommands().forEach((name, sub) -> {
            if (name.equals("help")) {
                return;
            }
            List<String> path = new ArrayList<>(prefix);
            path.add(name);
            into.add(path.toArray(String[]::new));
            collect(sub, path, into);
        });
    }

    @Test
    void aFirstRunWithoutUsersCreatesAnAdminWhoseGeneratedPasswordLogsIn() throws Exception {
        try (RunningApp app = RunningApp.firstRun("firstrun")) {
            var login = app.app.firstLogin().orElseThrow();
            assertThat(login.username()).isEqualTo("admin");
            assertThat(login.password()).hasSizeGreaterThanOrEqualTo(20);
            assertThat(app.anonymous().login(login.username(), login.password())
                    .get("/api/auth/me").body()).contains("\"role\":\"admin\"");
            String banner = StartBanner.text(new ConfigLoader(TestEnvironment.of(app.database)).load(null), app.app);
            assertThat(banner).contains("http://127.0.0.1:" + app.app.httpPort(), "admin / " + login.password());
        }
    }

    @Test
    void aConfiguredAdminMeansNoGeneratedLogin() throws Exception {
        try (RunningApp app = RunningApp.start("configured")) {
            assertThat(app.app.firstLogin()).isEmpty();
            String banner = StartBanner.text(new ConfigLoader(TestEnvironment.of(app.database)).load(null), app.app);
            assertThat(banner).doesNotContain("Log in:");
        }
    }

    @Test
    void aTakenHttpPortIsOneLineNamingThePortAndItsSetting() throws Exception {
        try (TestDatabase db = TestDatabase.create("portclash");
             ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Map<String, String> env = TestEnvironment.of(db);
            env.put("LADEWERK_HTTP_PORT", String.valueOf(taken.getLocalPort()));
            assertThatThrownBy(() -> LadewerkApplication.start(new ConfigLoader(env).load(null)))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessageContaining("HTTP port " + taken.getLocalPort())
                    .hasMessageContaining("LADEWERK_HTTP_PORT")
                    .satisfies(e -> assertThat(ExitCodes.codeOf(e)).isEqualTo(ExitCodes.PORT_IN_USE));
        }
    }

    @Test
    void tokenCreateStoresAnAcceptedTokenAndRefusesADuplicate(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create("tokencli")) {
            Path config = Files.writeString(dir.resolve("ladewerk.yaml"), "database:\n  url: " + db.jdbcUrl()
                    + "\n  user: " + db.user() + "\n  password: '" + db.password() + "'\n");
            StringWriter err = new StringWriter();
            CommandLine cli = Ladewerk.commandLine();
            cli.setErr(new PrintWriter(err));
            assertThat(cli.execute("token", "create", "04A2B3C4D5", "--customer", "C-17", "--config", config.toString()))
                    .isZero();
            try (var c = db.connect(); ResultSet r = c.createStatement().executeQuery(
                    "SELECT type, status, customer_ref FROM ocpp.id_tokens WHERE value = '04A2B3C4D5'")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("ISO14443");
                assertThat(r.getString(2)).isEqualTo("ACCEPTED");
                assertThat(r.getString(3)).isEqualTo("C-17");
            }
            assertThat(Ladewerk.commandLine().execute("token", "create", "04A2B3C4D5", "--config", config.toString()))
                    .isEqualTo(ExitCodes.FAILURE);
            assertThat(Ladewerk.commandLine().execute("token", "create", "X", "--type", "BARCODE")).isEqualTo(ExitCodes.USAGE);
        }
    }
}
