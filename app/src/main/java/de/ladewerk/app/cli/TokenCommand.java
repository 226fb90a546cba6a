package de.ladewerk.app.cli;

import de.ladewerk.app.ExitCodes;

import de.ladewerk.app.db.DataSources;
import de.ladewerk.app.db.DatabaseLocator;
import de.ladewerk.gateway.authorization.IdToken;
import de.ladewerk.gateway.authorization.IdTokenTypes;
import de.ladewerk.gateway.authorization.TokenRecord;
import de.ladewerk.gateway.authorization.TokenStatus;
import de.ladewerk.gateway.authorization.TokenStoreException;
import de.ladewerk.gateway.persistence.JooqTokenRepository;
import de.ladewerk.gateway.persistence.Migrations;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ladewerk token create VALUE}: id tokens (RFID cards, app ids) from the command line, as the API creates them. */
@Command(name = "token", mixinStandardHelpOptions = true, description = "Manage id tokens (RFID cards, eMAIDs).",
        subcommands = TokenCommand.Create.class)
final class TokenCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("ladewerk token: name a subcommand: create (see 'ladewerk token --help')");
        return ExitCodes.USAGE;
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create an accepted id token that stations may authorise with.")
    static final class Create implements Callable<Integer> {

        @Parameters(index = "0", description = "The token's value (1–36 characters), e.g. an RFID UID like 04A2B3C4D5.")
        String value;

        @Option(names = "--type", defaultValue = "ISO14443",
                description = "CENTRAL, EMAID, ISO14443, ISO15693, KEY_CODE, LOCAL, MAC_ADDRESS, NO_AUTHORIZATION "
                        + "or ID_TAG (default ${DEFAULT-VALUE}).")
        String type;

        @Option(names = "--customer", description = "Customer reference for billing (the CDR's customer).")
        String customer;

        @Option(names = "--expires", description = "Expiry as an ISO-8601 instant, e.g. 2027-12-31T23:00:00Z.")
        Instant expires;

        @Option(names = "--config", description = "YAML configuration file.")
        Path configFile;

        @Override
        public Integer call() {
            IdToken token;
            try {
                token = new IdToken(value, IdTokenTypes.parse(type));
                if (value.isEmpty() || value.length() > 36) {
                    throw new IllegalArgumentException("the value must have 1 to 36 characters");
                }
            } catch (IllegalArgumentException e) {
                System.err.println("ladewerk token create: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            DatabaseLocator.Located db = DatabaseLocator.locate(Ladewerk.config(configFile).database());
            try (var ds = DataSources.pool(db.settings())) {
                Migrations.migrate(ds);
                new JooqTokenRepository(DSL.using(ds, SQLDialect.POSTGRES)).create(new TokenRecord(token,
                        TokenStatus.ACCEPTED, expires, null, customer, List.of(), null, null));
            } catch (TokenStoreException e) {
                System.err.println("ladewerk token create: " + e.getMessage());
                return ExitCodes.FAILURE;
            }
            System.out.println("created id token " + token.value() + " (" + token.type() + ")");
            return ExitCodes.OK;
        }
    }
}
