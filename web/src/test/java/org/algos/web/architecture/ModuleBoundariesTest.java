package org.algos.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module rules of the engineering notes, checked on the compiled classes of every module. */
class ModuleBoundariesTest {

    private static JavaClasses algos;

    @BeforeAll
    static void importClasses() {
        algos = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.algos");
    }

    @Test
    void theSharedKernelDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("org.algos.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.algos.diagnosis..", "org.algos.intervention..",
                        "org.algos.careplan..", "org.algos.web..")
                .check(algos);
    }

    @Test
    void featureModulesDependOnTheDomainOnlyNeverOnEachOtherOrTheWeb() {
        noClasses().that().resideInAPackage("org.algos.diagnosis..")
                .should().dependOnClassesThat().resideInAnyPackage("org.algos.intervention..", "org.algos.careplan..",
                        "org.algos.web..")
                .allowEmptyShould(true)
                .check(algos);
        noClasses().that().resideInAPackage("org.algos.intervention..")
                .should().dependOnClassesThat().resideInAnyPackage("org.algos.diagnosis..", "org.algos.careplan..",
                        "org.algos.web..")
                .allowEmptyShould(true)
                .check(algos);
        noClasses().that().resideInAPackage("org.algos.careplan..")
                .should().dependOnClassesThat().resideInAnyPackage("org.algos.diagnosis..", "org.algos.intervention..",
                        "org.algos.web..")
                .allowEmptyShould(true)
                .check(algos);
    }

    @Test
    void onlyTheWebModuleTouchesFacesOrPrimeFaces() {
        noClasses().that().resideOutsideOfPackage("org.algos.web..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "org.primefaces..")
                .check(algos);
    }

    @Test
    void onlyTheWebModuleTouchesJaxRsAndServlets() {
        noClasses().that().resideOutsideOfPackage("org.algos.web..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.servlet..")
                .check(algos);
    }

    @Test
    void theApiAndThePortalDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("org.algos.web.api..")
                .should().dependOnClassesThat().resideInAPackage("org.algos.web.portal..")
                .check(algos);
        noClasses().that().resideInAPackage("org.algos.web.portal..")
                .should().dependOnClassesThat().resideInAPackage("org.algos.web.api..")
                .check(algos);
    }

    @Test
    void domainPackagesHaveNoCycles() {
        slices().matching("org.algos.domain.(*)..").should().beFreeOfCycles().check(algos);
    }
}
