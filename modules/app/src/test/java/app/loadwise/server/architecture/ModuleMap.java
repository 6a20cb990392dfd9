package app.loadwise.server.architecture;

import java.util.List;

/**
 * The modules of the monolith and the modules each may use. Every module rule in {@link ModuleRulesTest} and the
 * module diagram in docs/architecture.md come from this one declaration.
 */
enum ModuleMap {

    DOMAIN("domain", "domain", "the shared JPA domain: clubs, athletes, sessions, wellness, scores and findings; migrations"),
    ACCESS("access", "access", "users, roles, API keys, sign-in and browser sessions, the filters that authenticate and "
            + "authorize every request, the audit log, rate limits, the answers kept for Idempotency-Key", DOMAIN),
    TRAINING_LOG("training-log", "traininglog", "sessions, wellness, the spreadsheet import", DOMAIN),
    RECOVERY("recovery", "recovery", "load figures, coaching rules, the balance score (pure engine) and the scoring job, "
            + "which records how far each club-week's scoring has come", DOMAIN),
    REPORTING("reporting", "reporting", "the weekly Excel report and its email; scores, trends and whether a week is final "
            + "come from recovery's public API", DOMAIN, RECOVERY),
    WEBHOOKS("webhooks", "webhooks", "registration, the outbox of recovery's and reporting's events, signed delivery, target rules",
            DOMAIN, RECOVERY, REPORTING),
    CHECKIN("checkin", "checkin", "athletes' check-in links, the check-in answered with a link's token alone, daily "
            + "reminder emails through reporting's mail server", DOMAIN, ACCESS, REPORTING),
    APP("app", "server", "the WAR: JAX-RS application, errors, start-up, health, schedules, demo",
            DOMAIN, ACCESS, TRAINING_LOG, RECOVERY, REPORTING, WEBHOOKS, CHECKIN);

    static final String BASE_PACKAGE = "app.loadwise";

    /** Packages a module keeps to itself, at any depth below its root. */
    static final List<String> PRIVATE_PACKAGES = List.of("internal", "batch", "rest");

    private final String mavenModule;
    private final String packageName;
    private final String purpose;
    private final List<ModuleMap> uses;

    ModuleMap(String mavenModule, String packageName, String purpose, ModuleMap... uses) {
        this.mavenModule = mavenModule;
        this.packageName = packageName;
        this.purpose = purpose;
        this.uses = List.of(uses);
    }

    String mavenModule() {
        return mavenModule;
    }

    /** The last segment of the module's root package, also its name in ArchUnit's module rules. */
    String packageName() {
        return packageName;
    }

    String rootPackage() {
        return BASE_PACKAGE + "." + packageName;
    }

    String purpose() {
        return purpose;
    }

    List<ModuleMap> uses() {
        return uses;
    }
}
