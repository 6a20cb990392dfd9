package app.loadwise.server.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.Source;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rules for what the code inside modules may touch; the rules between modules are in {@link ModuleRulesTest}. */
class ArchitectureTest {

    private static final String BASE = "app.loadwise";
    private static final String DOMAIN = "app.loadwise.domain..";
    private static final String ENGINE = "app.loadwise.recovery.engine..";
    private static final String REPORTING = "app.loadwise.reporting..";

    /** Tables of the scores and of how far their scoring has come: recovery writes them and answers about them. */
    private static final List<String> SCORE_TABLES = List.of("weekly_score", "finding_acknowledgment", "club_week_scoring");

    /** A feature module's own tables: its entities and repositories, private to it. */
    private static final String STORE = "app.loadwise.*..internal.store..";

    private static JavaClasses product;

    @BeforeAll
    static void importProduct() {
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    @Test
    void onlyTheDomainAndEachModulesStoreTouchTheEntityManager() {
        noClasses().that().resideOutsideOfPackages(DOMAIN, STORE)
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .orShould().dependOnClassesThat().areAssignableTo(EntityManagerFactory.class)
                .orShould().dependOnClassesThat().areAssignableTo(Persistence.class)
                .check(product);
    }

    @Test
    void tablesAreMappedInTheDomainOrInTheStoreOfTheModuleThatOwnsThem() {
        noClasses().that().areAnnotatedWith(Entity.class).or().areAnnotatedWith(Embeddable.class)
                .should().resideOutsideOfPackages(DOMAIN, STORE)
                .check(product);
    }

    @Test
    void reportingUsesRecoveryOnlyThroughItsPublicPackage() {
        noClasses().that().resideInAPackage(REPORTING)
                .should().dependOnClassesThat().resideInAPackage("app.loadwise.recovery.*..")
                .because("reporting reads scores, their trend and how far a week's scoring has come through recovery's "
                        + "services and its published formula version (ADR 018)")
                .check(product);
    }

    @Test
    void reportingNamesNoTableOfTheScores() throws IOException {
        for (JavaClass type : product.that(resideInAPackage(REPORTING))) {
            Optional<Source> source = type.getSource();
            assertThat(source).as("class file of " + type.getName()).isPresent();
            String constants;
            try (InputStream in = source.get().getUri().toURL().openStream()) {
                constants = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            }
            for (String table : SCORE_TABLES) {
                assertThat(constants).as(type.getName() + " names " + table + "; ask recovery instead (ADR 018)")
                        .doesNotContainIgnoringCase(table);
            }
        }
    }

    @Test
    void theRecoveryEngineIsPureJava() {
        noClasses().that().resideInAPackage(ENGINE)
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax..", "java.sql..", "org.eclipse..",
                        "app.loadwise.recovery.batch..", "app.loadwise.server..", "app.loadwise.traininglog..")
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
