package de.ladewerk.simulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The simulator's package structure. The same rules as test-support's ArchitectureRules, spelled out here
 * because this module may not depend on test-support (it brings a database driver).
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("de.ladewerk.simulator");

    @Test
    void noPackageCycles() {
        slices().matching("de.ladewerk.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void noDatabase() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.jooq..")
                .check(CLASSES);
    }
}
