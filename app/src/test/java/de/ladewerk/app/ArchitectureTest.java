package de.ladewerk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import de.ladewerk.testsupport.arch.ArchitectureRules;
import de.ladewerk.testsupport.arch.StringConstants;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The application's package structure (rules shared in test-support's {@link ArchitectureRules}). */
class ArchitectureTest {

    private static final JavaClasses APP = ArchitectureRules.mainClasses("de.ladewerk.app");
    /** A table or view of the gateway's schema named in SQL: {@code ocpp.sessions}, {@code "ocpp".x} … */
    private static final Pattern GATEWAY_TABLE = Pattern.compile("(?i)(?<![\\w.])\"?ocpp\"?\\.\"?[a-z_]+");

    @Test
    void noPackageCycles() {
        ArchitectureRules.noPackageCycles().check(APP);
    }

    @Test
    void sqlOnlyInPersistencePackages() {
        // the composition roots wire jOOQ to data sources (the CLI commands are composition roots of their own);
        // DatabaseLocator and DemoDatabase create databases; ExitCodes maps a database failure to its exit code
        ArchitectureRules.sqlOnlyInPersistence("de.ladewerk.app.LadewerkApplication", "de.ladewerk.app.cli.Ladewerk",
                "de.ladewerk.app.cli.CreateUser", "de.ladewerk.app.cli.TokenCommand", "de.ladewerk.app.ExitCodes", "de.ladewerk.app.demo.DemoNetwork", "de.ladewerk.app.db.DatabaseLocator",
                "de.ladewerk.app.demo.DemoDatabase").check(APP);
    }

    @Test
    void theGatewaysTablesAreReadThroughItsPortsOnly() {
        assertThat(StringConstants.matching(APP, GATEWAY_TABLE))
                .as("string constants naming an ocpp.* table: use a read port in de.ladewerk.gateway.query")
                .isEmpty();
    }
}
