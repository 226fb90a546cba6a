package de.ladewerk.app.cli;

import de.ladewerk.app.ExitCodes;
import de.ladewerk.app.auth.Accounts;
import de.ladewerk.app.auth.Role;
import de.ladewerk.app.auth.persistence.AppMigrations;
import de.ladewerk.app.auth.persistence.JooqApiTokenRepository;
import de.ladewerk.app.auth.persistence.JooqUserRepository;
import de.ladewerk.app.config.LadewerkConfig;
import de.ladewerk.app.db.DataSources;
import de.ladewerk.app.db.DatabaseLocator;
import de.ladewerk.gateway.persistence.Migrations;
import de.ladewerk.gateway.security.PasswordHasher;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ladewerk create-user NAME --role admin}: adds a dashboard user. The password is asked for on the
 * terminal (or read from the first line of standard input), never taken as an argument where {@code ps} shows it.
 */
@Command(name = "create-user", mixinStandardHelpOptions = true, description = "Create a dashboard/API user (asks for the password).")
final class CreateUser implements Callable<Integer> {

    @Parameters(index = "0", description = "User name (letters, digits, . _ @ -).")
    String username;

    @Option(names = "--role", defaultValue = "viewer", description = "admin, operator, grid-operator or viewer (default viewer).")
    String role;

    @Option(names = "--config", description = "YAML configuration file.")
    Path configFile;

    @Override
    public Integer call() throws IOException {
        Role parsed;
        try {
            parsed = Role.parse(role);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return ExitCodes.USAGE;
        }
        String password = readPassword();
        if (password == null) {
            System.err.println("no password given");
            return ExitCodes.USAGE;
        }
        LadewerkConfig config = Ladewerk.config(configFile);
        DatabaseLocator.Located located = DatabaseLocator.locate(config.database());
        try (var ds = DataSources.pool(located.settings())) {
            Migrations.migrate(ds, config.database().timescale());
            AppMigrations.migrate(ds);
            DSLContext db = DSL.using(ds, SQLDialect.POSTGRES);
            new Accounts(new JooqUserRepository(db), new JooqApiTokenRepository(db),
                    new PasswordHasher(config.passwordHashMemoryKib(), 2)).createUser(username, password, parsed, "command line");
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println(e.getMessage());
            return ExitCodes.USAGE;
        }
        System.out.println("created " + parsed.wire() + " " + username);
        return ExitCodes.OK;
    }

    private static String readPassword() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Password (at least %d characters): ", Accounts.MIN_PASSWORD);
            char[] again = console.readPassword("Again: ");
            if (first == null || again == null || !new String(first).equals(new String(again))) {
                System.err.println("the passwords differ");
                return null;
            }
            return new String(first);
        }
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    }
}
