package de.ladewerk.testsupport.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/**
 * The structure rules every Ladewerk module checks in its own {@code ArchitectureTest}: packages free of
 * cycles, SQL only in {@code persistence} packages, and the layering of billing and planning.
 */
public final class ArchitectureRules {

    /** JDBC and jOOQ: only {@code ..persistence..} packages (and named composition roots) use them. */
    public static final String[] SQL_PACKAGES = {"java.sql..", "org.jooq.."};

    private ArchitectureRules() {
    }

    /** The module's production classes below {@code rootPackage} (tests and jars left out). */
    public static JavaClasses mainClasses(String rootPackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(rootPackage);
    }

    /** No two packages of the module import each other, directly or through others. */
    public static ArchRule noPackageCycles() {
        return slices().matching("de.ladewerk.(**)").should().beFreeOfCycles().allowEmptyShould(true);
    }

    /**
     * JDBC and jOOQ only in {@code ..persistence..} packages. {@code compositionRoots} (fully qualified
     * class names) may use them to wire a data source to the persistence classes.
     */
    public static ArchRule sqlOnlyInPersistence(String... compositionRoots) {
        Set<String> roots = Set.of(compositionRoots);
        return noClasses().that().resideOutsideOfPackage("..persistence..")
                .and(DescribedPredicate.describe("are no composition root " + roots,
                        (JavaClass c) -> !roots.contains(c.getName()) && !roots.contains(topLevel(c).getName())))
                .should().dependOnClassesThat().resideInAnyPackage(SQL_PACKAGES)
                .because("SQL belongs in persistence packages, behind an interface of the domain");
    }

    /** Billing and planning are plain Java over their own data: no Vert.x, no OCPP, no gateway, no simulator. */
    public static ArchRule freeOfVertxAndOcpp() {
        return noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "io.vertx..", "de.ladewerk.ocpp..", "de.ladewerk.gateway..", "de.ladewerk.simulator..")
                .because("billing and planning must stay usable without the gateway and its event loops");
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass outer = c;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }
}
