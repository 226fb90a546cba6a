package de.ladewerk.app.cli;

import de.ladewerk.app.config.ConfigLoader;
import de.ladewerk.app.config.LadewerkConfig;
import de.ladewerk.app.db.DataSources;
import de.ladewerk.app.db.DatabaseLocator;
import de.ladewerk.billing.BillingService;
import de.ladewerk.billing.meterkey.MeterKey;
import de.ladewerk.billing.meterkey.MeterKeyAdministration;
import de.ladewerk.billing.meterkey.MeterKeyStatus;
import de.ladewerk.billing.persistence.BillingDatabase;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

/**
 * {@code ladewerk meter-key add|list|approve|reject}: the meter key registry from the command line, for operators
 * who register meters from type plates or a manufacturer's list in bulk. Every change is audited under the name
 * given with {@code --by} (default: the operating-system user).
 */
@Command(name = "meter-key", mixinStandardHelpOptions = true, description = "Register, list and approve calibrated meters' public keys.",
        subcommands = {MeterKeyCommand.Add.class, MeterKeyCommand.ListKeys.class, MeterKeyCommand.Approve.class,
                MeterKeyCommand.Reject.class})
public final class MeterKeyCommand {

    @Option(names = "--config", description = "YAML configuration file.", scope = picocli.CommandLine.ScopeType.INHERIT)
    Path configFile;

    @Option(names = "--by", description = "Operator name for the audit (default: the OS user).",
            scope = picocli.CommandLine.ScopeType.INHERIT)
    String by;

    /** Runs {@code work} on the registry of the configured database; bad input exits with 2 and the reason. */
    int withRegistry(Function<MeterKeyAdministration, Integer> work) {
        LadewerkConfig config = new ConfigLoader(System.getenv()).load(configFile);
        DatabaseLocator.Located db = DatabaseLocator.locate(config.database());
        try (var ds = DataSources.pool(db.settings())) {
            BillingDatabase.migrate(ds);
            return work.apply(BillingService.onPostgres(ds, config.billing().settings(), Clock.systemUTC()).meterKeys());
        } catch (IllegalArgumentException | IllegalStateException | NoSuchElementException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }

    String operator() {
        return by != null && !by.isBlank() ? by : "cli:" + System.getProperty("user.name", "unknown");
    }

    static void print(PrintStream out, MeterKey k) {
        out.printf("%d\t%s\t%s\t%s\t%s\t%s%n", k.id(), k.meterSerial(), k.status(), k.curve(),
                k.decidedBy() == null ? "proposed by " + k.proposedBy() : k.status().name().toLowerCase() + " by " + k.decidedBy(),
                k.publicKeyHex());
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Propose a meter's public key (hex or Base64 DER SubjectPublicKeyInfo).")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        MeterKeyCommand parent;

        @Parameters(index = "0", description = "The meter's serial number (OCMF MS).")
        String serial;

        @Parameters(index = "1", description = "The public key, hex or Base64.")
        String key;

        @Option(names = "--note", description = "Where the key comes from, e.g. 'type plate'.")
        String note;

        @Option(names = "--approve", description = "Approve it at once (you vouch for its source).")
        boolean approve;

        @Override
        public Integer call() {
            return parent.withRegistry(keys -> {
                MeterKey k = keys.propose(serial, key, parent.operator(), note);
                if (approve && k.status() == MeterKeyStatus.PROPOSED) {
                    k = keys.approve(k.id(), parent.operator(), note);
                }
                print(System.out, k);
                return 0;
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List keys (id, serial, status, curve, decision, key).")
    static final class ListKeys implements Callable<Integer> {
        @ParentCommand
        MeterKeyCommand parent;

        @Option(names = "--serial", description = "Only this meter.")
        String serial;

        @Option(names = "--status", description = "PROPOSED, APPROVED, REJECTED or SUPERSEDED.")
        MeterKeyStatus status;

        @Override
        public Integer call() {
            return parent.withRegistry(keys -> {
                keys.list(serial, status).forEach(k -> print(System.out, k));
                return 0;
            });
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true, description = "Approve a proposed key by its id; the meter's previous key is superseded.")
    static final class Approve implements Callable<Integer> {
        @ParentCommand
        MeterKeyCommand parent;

        @Parameters(index = "0", description = "The key's id (from list).")
        long id;

        @Option(names = "--note", description = "Why it is trusted.")
        String note;

        @Override
        public Integer call() {
            return parent.withRegistry(keys -> {
                print(System.out, keys.approve(id, parent.operator(), note));
                return 0;
            });
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true, description = "Reject a proposed key by its id.")
    static final class Reject implements Callable<Integer> {
        @ParentCommand
        MeterKeyCommand parent;

        @Parameters(index = "0", description = "The key's id (from list).")
        long id;

        @Option(names = "--note", description = "Why it is not the meter's key.")
        String note;

        @Override
        public Integer call() {
            return parent.withRegistry(keys -> {
                print(System.out, keys.reject(id, parent.operator(), note));
                return 0;
            });
        }
    }
}
