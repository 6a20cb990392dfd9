package app.loadwise.server.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each module rule fails on the fixture classes that break it, and passes what it allows. */
class ModuleRulesCanFailTest {

    private static final String FIXTURE = "app.loadwise.server.architecture.fixture";

    private static JavaClasses fixtures;
    private static ModuleRules rules;

    @BeforeAll
    static void importFixtures() {
        fixtures = new ClassFileImporter().importPackages(FIXTURE);
        rules = new ModuleRules(FIXTURE, Map.of("alpha", List.of(), "beta", List.of("alpha"), "gamma", List.of()),
                ModuleMap.PRIVATE_PACKAGES);
    }

    @Test
    void aModuleUsingAModuleItDoesNotDeclareFails() {
        EvaluationResult result = rules.usesOnlyDeclaredModules().evaluate(fixtures);
        assertThat(result.hasViolation()).isTrue();
        String report = result.getFailureReport().toString();
        assertThat(report).contains("Alpha").contains("Beta");
        assertThat(report).doesNotContain("Beta.declaredUse()");
    }

    @Test
    void aModuleUsingAnotherModulesInternalOrBatchClassesFails() {
        EvaluationResult result = rules.privatePackagesStayPrivate().evaluate(fixtures);
        assertThat(result.hasViolation()).isTrue();
        String report = result.getFailureReport().toString();
        assertThat(report).contains("Hidden").contains("DeepJob");
        assertThat(report).doesNotContain("Beta.declaredUse()");
    }

    @Test
    void aPackageCycleIsFound() {
        PackageCycles graph = PackageCycles.of(fixtures, FIXTURE);
        SortedSet<String> gamma = new TreeSet<>(Set.of(FIXTURE + ".gamma.one", FIXTURE + ".gamma.two"));
        assertThat(graph.cycles()).contains(gamma);
        assertThat(graph.describe(gamma)).contains("First -> Second").contains("Second -> First");
    }

    @Test
    void theProductRulesDeclareEveryModuleOnce() {
        assertThat(ModuleMap.values()).extracting(ModuleMap::packageName).doesNotHaveDuplicates();
        for (ModuleMap module : ModuleMap.values()) {
            assertThat(module.uses()).doesNotContain(module);
        }
    }
}
