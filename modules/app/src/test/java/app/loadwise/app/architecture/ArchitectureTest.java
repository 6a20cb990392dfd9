package app.loadwise.app.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module boundaries of the monolith; a broken rule fails the build. */
class ArchitectureTest {

    private static final String BASE = "app.loadwise";
    private static final String DOMAIN = "app.loadwise.domain..";
    private static final String ENGINE = "app.loadwise.recovery.engine..";
    private static final String[] FEATURES = {"app.loadwise.traininglog..", "app.loadwise.recovery..", "app.loadwise.reporting.."};

    private static JavaClasses product;

    @BeforeAll
    static void importProduct() {
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    @Test
    void modulesHaveNoCycles() {
        slices().matching("app.loadwise.(*)..").should().beFreeOfCycles().check(product);
    }

    @Test
    void domainDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("app.loadwise.traininglog..", "app.loadwise.recovery..",
                        "app.loadwise.reporting..", "app.loadwise.app..")
                .check(product);
    }

    @Test
    void featureModulesDoNotDependOnTheApp() {
        noClasses().that().resideInAnyPackage(FEATURES)
                .should().dependOnClassesThat().resideInAPackage("app.loadwise.app..")
                .check(product);
    }

    @Test
    void featureModulesUseOnlyEachOthersPublicApi() {
        for (String feature : FEATURES) {
            String module = feature.substring(0, feature.length() - 2);
            noClasses().that().resideOutsideOfPackage(feature)
                    .should().dependOnClassesThat().resideInAnyPackage(module + ".internal..", module + ".batch..", module + ".rest..")
                    .because("another module may use only the public API package of " + module)
                    .allowEmptyShould(true)
                    .check(product);
        }
    }

    @Test
    void onlyTheDomainTouchesTheEntityManager() {
        noClasses().that().resideOutsideOfPackage(DOMAIN)
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .orShould().dependOnClassesThat().areAssignableTo(EntityManagerFactory.class)
                .orShould().dependOnClassesThat().areAssignableTo(Persistence.class)
                .check(product);
    }

    @Test
    void theRecoveryEngineIsPureJava() {
        noClasses().that().resideInAPackage(ENGINE)
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax..", "java.sql..", "org.eclipse..",
                        "app.loadwise.recovery.batch..", "app.loadwise.app..", "app.loadwise.traininglog..")
                .orShould().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .orShould().dependOnClassesThat().areAnnotatedWith(Embeddable.class)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
                .check(product);
    }

    @Test
    void theRecoveryEngineNeverReadsTheClock() {
        noClasses().that().resideInAPackage(ENGINE)
                .should().callMethodWhere(describe("reads the current time", (JavaMethodCall call) ->
                        call.getTarget().getName().equals("now") && call.getTargetOwner().getPackageName().equals("java.time")
                                || call.getTarget().getName().equals("currentTimeMillis")
                                || call.getTarget().getName().equals("nanoTime")))
                .check(product);
    }
}
