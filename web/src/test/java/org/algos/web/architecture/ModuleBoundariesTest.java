package org.algos.web.architecture;

import static com.tngtech.archunit.lang.conditions.ArchConditions.beAnnotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.algos.domain.persistence.ColumnLengthCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of docs/architecture.md, checked on the compiled classes of every module: the
 * slices stay apart, the boundary APIs stay in the boundary packages, the clinical rules stay
 * pure, and every entity and service method is declared.
 */
class ModuleBoundariesTest {

    private static final String[] FEATURES = {"org.algos.diagnosis..", "org.algos.intervention..", "org.algos.careplan.."};

    /** The packages of clinical rules: pure Java, tested with the cases their sources give. */
    private static final String[] RULE_PACKAGES = {"org.algos.diagnosis.instrument..", "org.algos.intervention.eligibility..",
            "org.algos.intervention.holds..", "org.algos.intervention.catalogue..", "org.algos.domain.value.."};

    private static JavaClasses algos;

    @BeforeAll
    static void importClasses() {
        algos = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar")) // the domain's test kit
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
    void theWebKitDependsOnTheDomainOnly() {
        noClasses().that().resideInAPackage("org.algos.web.kit..")
                .should().dependOnClassesThat().resideInAnyPackage("org.algos.diagnosis..", "org.algos.intervention..",
                        "org.algos.careplan..", "org.algos.web.api..", "org.algos.web.portal..", "org.algos.web.security..",
                        "org.algos.web.persistence..", "org.algos.web.demo..")
                .check(algos);
    }

    @Test
    void featuresNeverImportEachOtherNorTheAssembly() {
        for (String feature : FEATURES) {
            String[] others = java.util.Arrays.stream(FEATURES).filter(f -> !f.equals(feature)).toArray(String[]::new);
            noClasses().that().resideInAPackage(feature)
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .orShould().dependOnClassesThat().resideInAnyPackage("org.algos.web.api..", "org.algos.web.portal..",
                            "org.algos.web.security..", "org.algos.web.persistence..", "org.algos.web.demo..")
                    .check(algos);
        }
    }

    @Test
    void onlyWebPackagesTouchJaxRsFacesServletsOrPrimeFaces() {
        noClasses().that().resideOutsideOfPackage("..web..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.faces..",
                        "jakarta.servlet..", "org.primefaces..")
                .check(algos);
    }

    @Test
    void theClinicalRulesTouchNoJakartaApi() {
        noClasses().that().resideInAnyPackage(RULE_PACKAGES)
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..")
                .check(algos);
    }

    @Test
    void theApiAndThePortalDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("..web.api..")
                .should().dependOnClassesThat().resideInAPackage("..web.portal..")
                .check(algos);
        noClasses().that().resideInAPackage("..web.portal..")
                .should().dependOnClassesThat().resideInAPackage("..web.api..")
                .check(algos);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.algos.(**)").should().beFreeOfCycles().check(algos);
    }

    @Test
    void everyPublicServiceMethodDeclaresWhoMayCallIt() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(jakarta.ejb.Stateless.class)
                .and().arePublic().and().doNotHaveModifier(JavaModifier.STATIC)
                .and().areNotDeclaredIn(Object.class)
                .should(beAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
                        .or(beAnnotatedWith(jakarta.annotation.security.PermitAll.class)))
                .orShould().beDeclaredInClassesThat().areAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
                .orShould().beDeclaredInClassesThat().areAnnotatedWith(jakarta.annotation.security.PermitAll.class)
                .check(algos);
    }

    @Test
    void everyEntityAndEmbeddableIsListedInThePersistenceUnit() throws IOException {
        Set<String> entities = new TreeSet<>();
        for (JavaClass c : algos) {
            if (c.isAnnotatedWith(jakarta.persistence.Entity.class) || c.isAnnotatedWith(jakarta.persistence.Embeddable.class)) {
                entities.add(c.getName());
            }
        }
        Set<String> listed = new TreeSet<>();
        try (InputStream in = ModuleBoundariesTest.class.getResourceAsStream("/META-INF/persistence.xml")) {
            Matcher m = Pattern.compile("<class>([^<]+)</class>").matcher(new String(in.readAllBytes()));
            while (m.find()) {
                listed.add(m.group(1).strip());
            }
        }
        assertEquals(entities, listed, "every @Entity and @Embeddable, and nothing else, is listed in persistence.xml");
    }

    @Test
    void everyEntityChecksItsTextAgainstItsColumns() {
        for (JavaClass c : algos) {
            if (c.isAnnotatedWith(jakarta.persistence.Entity.class)) {
                boolean checked = c.tryGetAnnotationOfType(jakarta.persistence.EntityListeners.class)
                        .map(l -> java.util.Arrays.asList(l.value())
                                .contains(ColumnLengthCheck.class))
                        .orElse(false);
                assertEquals(true, checked, c.getName() + " lists ColumnLengthCheck in @EntityListeners");
            }
        }
    }

    @Test
    void chartSectionsLiveInTheFeatureSlicesOrTheChartShell() {
        classes().that().areAssignableTo(org.algos.web.kit.portal.ChartSection.class)
                .and().doNotHaveFullyQualifiedName(org.algos.web.kit.portal.ChartSection.class.getName())
                .should().resideInAnyPackage("org.algos.diagnosis.web.portal..", "org.algos.intervention.web.portal..",
                        "org.algos.careplan.web.portal..", "org.algos.web.portal..")
                .check(algos);
    }
}
