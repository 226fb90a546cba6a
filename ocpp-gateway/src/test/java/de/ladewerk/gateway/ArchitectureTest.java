package de.ladewerk.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import de.ladewerk.testsupport.arch.ArchitectureRules;
import de.ladewerk.testsupport.arch.PackageCycles;
import org.junit.jupiter.api.Test;

/** The gateway's package structure (rules shared in test-support's {@link ArchitectureRules}). */
class ArchitectureTest {

    private static final JavaClasses GATEWAY = ArchitectureRules.mainClasses("de.ladewerk.gateway");

    @Test
    void noImportLoopBeyondTheKnownOnes() {
        assertThat(PackageCycles.beyondBaseline(GATEWAY, "architecture/gateway-package-loops.txt"))
                .as("imports that close a new package loop (break them, do not add them to the baseline)")
                .isEmpty();
    }

    @Test
    void sqlOnlyInPersistencePackages() {
        // Gateway is the module's composition root; OperatorServices and StationReports are wiring bundles
        // still inside domain packages (issue 21: to move into one wiring package), so they wire jOOQ too
        ArchitectureRules.sqlOnlyInPersistence("de.ladewerk.gateway.Gateway",
                "de.ladewerk.gateway.command.OperatorServices", "de.ladewerk.gateway.devmodel.StationReports")
                .check(GATEWAY);
    }
}
