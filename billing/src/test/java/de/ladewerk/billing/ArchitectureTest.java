package de.ladewerk.billing;

import com.tngtech.archunit.core.domain.JavaClasses;
import de.ladewerk.testsupport.arch.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The billing module's package structure (rules shared in test-support's {@link ArchitectureRules}). */
class ArchitectureTest {

    private static final JavaClasses CLASSES = ArchitectureRules.mainClasses("de.ladewerk.billing");

    @Test
    void noPackageCycles() {
        ArchitectureRules.noPackageCycles().check(CLASSES);
    }

    @Test
    void sqlOnlyInPersistencePackages() {
        ArchitectureRules.sqlOnlyInPersistence().check(CLASSES);
    }

    @Test
    void freeOfVertxAndOcpp() {
        ArchitectureRules.freeOfVertxAndOcpp().check(CLASSES);
    }
}
