package app.loadwise.server.architecture;

import static com.tngtech.archunit.library.modules.syntax.ModuleDependencyScope.consideringOnlyDependenciesBetweenModules;
import static com.tngtech.archunit.library.modules.syntax.ModuleRuleDefinition.modules;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.modules.syntax.AllowedModuleDependencies;
import java.util.List;
import java.util.Map;

/**
 * The module rules over any base package, so that the product's classes and the test fixtures that prove each rule
 * can fail are checked by the same code. A module is a package directly below the base package.
 */
final class ModuleRules {

    private final String basePackage;
    private final Map<String, List<String>> allowedUses;
    private final List<String> privatePackages;

    /** @param allowedUses each module's name (its package below the base) and the modules it may use */
    ModuleRules(String basePackage, Map<String, List<String>> allowedUses, List<String> privatePackages) {
        this.basePackage = basePackage;
        this.allowedUses = Map.copyOf(allowedUses);
        this.privatePackages = List.copyOf(privatePackages);
    }

    /** A module uses only the modules it declares. */
    ArchRule usesOnlyDeclaredModules() {
        AllowedModuleDependencies allowed = null;
        for (Map.Entry<String, List<String>> module : allowedUses.entrySet()) {
            String[] targets = module.getValue().toArray(String[]::new);
            allowed = allowed == null
                    ? AllowedModuleDependencies.allow().fromModule(module.getKey()).toModules(targets)
                    : allowed.fromModule(module.getKey()).toModules(targets);
        }
        return modules().definedByPackages(basePackage + ".(*)..").derivingNameFromPattern("$1")
                .should().respectTheirAllowedDependencies(allowed, consideringOnlyDependenciesBetweenModules())
                .because("each module declares the modules it may use (ModuleMap)");
    }

    /** Another module sees only what lies outside a module's internal, batch and rest packages. */
    ArchRule privatePackagesStayPrivate() {
        return modules().definedByPackages(basePackage + ".(*)..").derivingNameFromPattern("$1")
                .should().onlyDependOnEachOtherThroughClassesThat(outsidePrivatePackages())
                .because("a module's " + String.join(", ", privatePackages) + " packages, at any depth, are its own");
    }

    private DescribedPredicate<JavaClass> outsidePrivatePackages() {
        return DescribedPredicate.describe("are outside packages named " + String.join(", ", privatePackages),
                type -> {
                    List<String> segments = List.of(type.getPackageName().split("\\."));
                    return privatePackages.stream().noneMatch(segments::contains);
                });
    }
}
