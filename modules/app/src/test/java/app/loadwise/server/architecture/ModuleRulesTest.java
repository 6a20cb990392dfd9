package app.loadwise.server.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The declared module rules hold for the product's classes. */
class ModuleRulesTest {

    /**
     * Package cycles that exist today, each with the reason it is not yet cut. A new cycle fails the build, and so
     * does a listed one that is gone (take it off the list).
     */
    static final Map<Set<String>, String> KNOWN_CYCLES = Map.of(
            Set.of("app.loadwise.recovery", "app.loadwise.recovery.internal"),
            "recovery's public services (ScoreBackfill, SquadWeeks, AthleteTimelines) call internal classes that "
                    + "return the public records; cut when the services become interfaces implemented in internal",
            Set.of("app.loadwise.reporting", "app.loadwise.reporting.internal"),
            "WeeklyReports calls the internal workbook writer, which takes the public report records; same cut as recovery",
            Set.of("app.loadwise.traininglog.importing", "app.loadwise.traininglog.importing.internal"),
            "the import's public services hand the internal pipeline their requests, and the pipeline returns the "
                    + "public records (ignored columns, mapping fields); cut when those records move to the public package");

    private static JavaClasses product;

    @BeforeAll
    static void importProduct() {
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .withImportOption(location -> !location.contains("/app/loadwise/server/architecture/"))
                .importPackages(ModuleMap.BASE_PACKAGE);
    }

    static ModuleRules productRules() {
        Map<String, List<String>> uses = new LinkedHashMap<>();
        for (ModuleMap module : ModuleMap.values()) {
            uses.put(module.packageName(), module.uses().stream().map(ModuleMap::packageName).toList());
        }
        return new ModuleRules(ModuleMap.BASE_PACKAGE, uses, ModuleMap.PRIVATE_PACKAGES);
    }

    @Test
    void everyProductPackageBelongsToADeclaredModule() {
        Set<String> declared = Arrays.stream(ModuleMap.values()).map(ModuleMap::rootPackage).collect(Collectors.toSet());
        Set<String> undeclared = product.stream().map(type -> type.getPackageName())
                .filter(name -> declared.stream().noneMatch(root -> name.equals(root) || name.startsWith(root + ".")))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(undeclared).as("packages outside every module declared in ModuleMap").isEmpty();
    }

    @Test
    void eachModuleUsesOnlyTheModulesItDeclares() {
        productRules().usesOnlyDeclaredModules().check(product);
    }

    @Test
    void internalBatchAndRestPackagesArePrivateToTheirModule() {
        productRules().privatePackagesStayPrivate().check(product);
    }

    @Test
    void noPackageCyclesBeyondTheKnownOnes() {
        PackageCycles graph = PackageCycles.of(product, ModuleMap.BASE_PACKAGE);
        List<SortedSet<String>> cycles = graph.cycles();
        String found = cycles.stream().map(cycle -> cycle + "\n" + graph.describe(cycle)).collect(Collectors.joining("\n"));
        assertThat(cycles.stream().filter(cycle -> !KNOWN_CYCLES.containsKey(cycle)).toList())
                .as("package cycles not in KNOWN_CYCLES:\n" + found).isEmpty();
        assertThat(KNOWN_CYCLES.keySet().stream().filter(known -> !cycles.contains(known)).toList())
                .as("KNOWN_CYCLES lists cycles that are gone or changed; cycles now:\n" + found).isEmpty();
    }
}
