package app.loadwise.server.openapi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How every endpoint is documented, in one table keyed like {@code EndpointPolicy} ("POST /clubs"): its operationId,
 * tag, summary and success answer. An endpoint missing here ships without a name or summary, so
 * {@code ApiOperationsTest} fails the build until it is added.
 */
public final class ApiOperations {

    /** The shape of a success answer. */
    public enum Shape {
        /** One JSON object of {@code schema}. */
        ONE,
        /** A page {@code {"items","page","size","total"}} of {@code schema}. */
        PAGE,
        /** A JSON array of {@code schema}. */
        LIST,
        /** No body. */
        NONE,
        /** A file download in one of the media types listed in {@code schema}, separated by commas. */
        FILE
    }

    /**
     * The success answer: its status, and a second status the same body may come with (0 for none), for example
     * 202 while a large import is still being checked.
     */
    public record Answer(int status, int otherStatus, Shape shape, String schema) {
    }

    /** One documented operation. */
    public record Doc(String operationId, String tag, String summary, Answer answer) {
    }

    public static final String CLUBS = "Clubs";
    public static final String ATHLETES = "Athletes";
    public static final String SESSIONS = "Sessions";
    public static final String WELLNESS = "Wellness";
    public static final String IMPORTS = "Imports";
    public static final String SCORES = "Scores";
    public static final String RULES = "Rule settings";
    public static final String FINDINGS = "Findings";
    public static final String SCORING_RUNS = "Scoring runs";
    public static final String REPORTS = "Weekly reports";
    public static final String USERS = "Users";
    public static final String API_KEYS = "API keys";
    public static final String AUDIT = "Audit log";
    public static final String WEBHOOKS = "Webhooks";
    public static final String DATA_RIGHTS = "Data rights";
    public static final String CHECK_IN = "Check-in";
    public static final String PLANS = "Plans";

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final Map<String, String> TAGS = new LinkedHashMap<>();
    private static final Map<String, Doc> DOCS = new LinkedHashMap<>();

    static {
        TAGS.put(CLUBS, "Running clubs, the tenants of the API: each caller but a platform admin sees only their own.");
        TAGS.put(ATHLETES, "A club's athletes: profile, experience level, heart-rate anchors.");
        TAGS.put(SESSIONS, "Training sessions: type, duration, distance, RPE (CR-10), heart rate, pain.");
        TAGS.put(WELLNESS, "Morning wellness check-ins: sleep, resting HR, HRV and Hooper items (1-7, 7 worst); one per athlete and date.");
        TAGS.put(IMPORTS, "Spreadsheet imports: upload, check (dry run), review duplicates, commit, undo.");
        TAGS.put(SCORES, "Weekly recovery-balance scores (0-100, green, amber, red) with the findings behind them.");
        TAGS.put(RULES, "A club's coaching-rule settings per experience level, or the defaults.");
        TAGS.put(FINDINGS, "Acknowledged findings, injuries and illnesses, and how often red findings were followed by one.");
        TAGS.put(SCORING_RUNS, "The scoring batch job: started nightly, or by hand; progress, stop and restart.");
        TAGS.put(REPORTS, "The weekly Excel report: download, recipients, email deliveries and the weekly run.");
        TAGS.put(USERS, "Who is calling, platform admins and club users (club admins and coaches).");
        TAGS.put(API_KEYS, "A club's integration API keys (Bearer lw_...): read or read-write, shown once, revocable.");
        TAGS.put(AUDIT, "Changes made through the API and refusals, newest first.");
        TAGS.put(WEBHOOKS, "URLs a club registers to be told of events (a new red finding, a finished weekly report), "
                + "signed with HMAC and retried with backoff, with a delivery log.");
        TAGS.put(DATA_RIGHTS, "A club's full data export; erasing one athlete is DELETE /athletes/{athleteId}.");
        TAGS.put(PLANS, "An athlete's planned sessions per ISO week, what the plan would trigger before it happens (findings "
                + "worded by day, projected load figures) and, after the week, planned against done.");
        TAGS.put(CHECK_IN, "Athletes' daily check-in: personal links (token shown once, revocable, expiring), the check-in "
                + "the link's token alone opens, daily reminder emails and their unsubscribe.");

        // Clubs
        doc("POST /clubs", "createClub", CLUBS, "Create a club", created("ClubView"));
        doc("GET /clubs", "listClubs", CLUBS, "List clubs", page("ClubView"));
        doc("GET /clubs/{clubId}", "getClub", CLUBS, "Get a club", ok("ClubView"));
        doc("PUT /clubs/{clubId}", "updateClub", CLUBS, "Update a club", ok("ClubView"));
        doc("DELETE /clubs/{clubId}", "deleteClub", CLUBS, "Delete a club without athletes", none());
        // Athletes
        doc("POST /clubs/{clubId}/athletes", "enrolAthlete", ATHLETES, "Enrol an athlete", created("AthleteView"));
        doc("GET /clubs/{clubId}/athletes", "listAthletes", ATHLETES, "List a club's athletes", page("AthleteView"));
        doc("GET /athletes/{athleteId}", "getAthlete", ATHLETES, "Get an athlete", ok("AthleteView"));
        doc("PUT /athletes/{athleteId}", "updateAthlete", ATHLETES, "Update an athlete", ok("AthleteView"));
        doc("DELETE /athletes/{athleteId}", "deleteAthlete", ATHLETES, "Delete an athlete and their whole training log", none());
        doc("POST /clubs/{clubId}/roster-imports", "importRoster", ATHLETES,
                "Create and update athletes from a spreadsheet, by member id, all or nothing (dryRun=true only checks)",
                ok("RosterImportResult"));
        doc("GET /roster-imports/template", "getRosterTemplate", ATHLETES, "Download the roster template workbook", xlsx());
        // Sessions
        doc("POST /athletes/{athleteId}/sessions", "recordSession", SESSIONS, "Record a session", created("SessionView"));
        doc("GET /athletes/{athleteId}/sessions", "listSessions", SESSIONS, "List an athlete's sessions, newest first",
                page("SessionView"));
        doc("GET /sessions/{sessionId}", "getSession", SESSIONS, "Get a session", ok("SessionView"));
        doc("PUT /sessions/{sessionId}", "updateSession", SESSIONS, "Update or exclude a session", ok("SessionView"));
        doc("DELETE /sessions/{sessionId}", "deleteSession", SESSIONS, "Delete a session", none());
        // Wellness
        doc("POST /athletes/{athleteId}/wellness", "recordWellness", WELLNESS, "Record a wellness check-in", created("WellnessView"));
        doc("GET /athletes/{athleteId}/wellness", "listWellness", WELLNESS, "List an athlete's wellness check-ins",
                page("WellnessView"));
        doc("POST /clubs/{clubId}/sessions/bulk", "recordSessionsInBulk", SESSIONS,
                "Record many sessions in one call, checked like an import", new Answer(200, 202, Shape.ONE, "BulkResult"));
        doc("POST /clubs/{clubId}/wellness/bulk", "recordWellnessInBulk", WELLNESS,
                "Record many wellness check-ins in one call, checked like an import", new Answer(200, 202, Shape.ONE, "BulkResult"));
        doc("GET /wellness/{wellnessId}", "getWellness", WELLNESS, "Get a wellness check-in", ok("WellnessView"));
        doc("PUT /wellness/{wellnessId}", "updateWellness", WELLNESS, "Update a wellness check-in", ok("WellnessView"));
        doc("DELETE /wellness/{wellnessId}", "deleteWellness", WELLNESS, "Delete a wellness check-in", none());
        // Plans
        doc("GET /athletes/{athleteId}/plan/{week}", "getPlanWeek", PLANS, "Get an athlete's plan for an ISO week", ok("PlanWeekView"));
        doc("PUT /athletes/{athleteId}/plan/{week}", "replacePlanWeek", PLANS,
                "Replace an athlete's plan for an ISO week, all or nothing (an empty list clears it)", ok("PlanWeekView"));
        doc("POST /athletes/{athleteId}/planned-sessions", "addPlannedSession", PLANS, "Add a planned session",
                created("PlannedSessionView"));
        doc("GET /athletes/{athleteId}/planned-sessions/{plannedSessionId}", "getPlannedSession", PLANS, "Get a planned session",
                ok("PlannedSessionView"));
        doc("DELETE /athletes/{athleteId}/planned-sessions/{plannedSessionId}", "deletePlannedSession", PLANS,
                "Delete a planned session", none());
        doc("GET /athletes/{athleteId}/plan/{week}/check", "checkPlanWeek", PLANS,
                "What the week's plan would trigger: findings worded by day, with the weekly score's explanations and projected figures",
                ok("PlanCheckView"));
        doc("POST /clubs/{clubId}/plan-imports", "importPlan", PLANS,
                "Replace athletes' weeks with the planned sessions of a Plan sheet, all or nothing (dryRun=true only checks)",
                ok("PlanImportResult"));
        doc("GET /athletes/{athleteId}/plan/{week}/comparison", "comparePlanWeek", PLANS,
                "Planned against done: each planned session done as planned, changed, missed or pending, and unplanned sessions",
                ok("PlanComparisonView"));
        // Import
        doc("POST /clubs/{clubId}/imports", "uploadImport", IMPORTS, "Upload a spreadsheet and check it",
                new Answer(201, 202, Shape.ONE, "ImportView"));
        doc("GET /clubs/{clubId}/imports", "listImports", IMPORTS, "List a club's imports", page("ImportView"));
        doc("GET /imports/{importId}", "getImport", IMPORTS, "Get an import with its counts and preview", ok("ImportView"));
        doc("GET /imports/{importId}/errors", "listImportErrors", IMPORTS, "List an import's row errors", page("RowProblem"));
        doc("GET /imports/{importId}/review", "listImportReview", IMPORTS, "List an import's rows held for review",
                page("ReviewView"));
        doc("POST /imports/{importId}/review/{itemId}", "decideImportReview", IMPORTS, "Import or dismiss a held row",
                ok("ReviewView"));
        doc("POST /imports/{importId}/commit", "commitImport", IMPORTS, "Commit a checked import",
                new Answer(200, 202, Shape.ONE, "ImportView"));
        doc("POST /imports/{importId}/undo", "undoImport", IMPORTS, "Undo a committed import", ok("ImportView"));
        doc("POST /imports/{importId}/stop", "stopImport", IMPORTS, "Stop an import being checked or committed",
                new Answer(202, 0, Shape.ONE, "ImportView"));
        doc("POST /imports/{importId}/resume", "resumeImport", IMPORTS, "Resume a stopped import",
                new Answer(200, 202, Shape.ONE, "ImportView"));
        doc("GET /imports/template", "getImportTemplate", IMPORTS, "Download the import template workbook", xlsx());
        doc("GET /clubs/{clubId}/import-mappings", "listImportMappings", IMPORTS, "List a club's saved column mappings",
                list("MappingView"));
        doc("POST /clubs/{clubId}/import-mappings", "saveImportMapping", IMPORTS, "Save a column mapping", created("MappingView"));
        doc("DELETE /clubs/{clubId}/import-mappings/{mappingId}", "deleteImportMapping", IMPORTS, "Delete a column mapping",
                none());
        // Scores and rules
        doc("GET /clubs/{clubId}/scores", "listClubScores", SCORES, "Get a club's scores for a week", ok("ClubWeekScores"));
        doc("GET /clubs/{clubId}/squad", "getSquadWeek", SCORES,
                "Get a club's week for every active athlete: score, main finding, ACWR, sleep, completeness and 8 weeks of load",
                ok("SquadWeek"));
        doc("GET /athletes/{athleteId}/timeline", "getAthleteTimeline", SCORES,
                "Get an athlete's daily load, acute and chronic load, CTL/ATL/TSB and wellness against baselines", ok("AthleteTimeline"));
        doc("GET /athletes/{athleteId}/scores", "listAthleteScores", SCORES, "Get an athlete's weekly scores, newest first",
                list("AthleteWeekScore"));
        doc("GET /clubs/{clubId}/rule-settings", "getRuleSettings", RULES, "Get a club's rule settings", ok("ClubRuleSettingsView"));
        doc("PUT /clubs/{clubId}/rule-settings", "replaceRuleSettings", RULES, "Replace a club's rule settings",
                ok("ClubRuleSettingsView"));
        doc("DELETE /clubs/{clubId}/rule-settings", "resetRuleSettings", RULES, "Reset a club's rule settings to the defaults",
                ok("ClubRuleSettingsView"));
        // Scoring runs
        doc("POST /scoring/runs", "startScoringRun", SCORING_RUNS, "Start a scoring run", accepted("RunStarted"));
        doc("GET /scoring/runs", "listScoringRuns", SCORING_RUNS, "List scoring runs, newest first", page("ScoringRunView"));
        doc("GET /scoring/runs/{executionId}", "getScoringRun", SCORING_RUNS, "Get a scoring run's status and progress",
                ok("ScoringRunView"));
        doc("POST /scoring/runs/{executionId}/stop", "stopScoringRun", SCORING_RUNS, "Stop a running scoring run",
                accepted("RunStarted"));
        doc("POST /scoring/runs/{executionId}/restart", "restartScoringRun", SCORING_RUNS, "Restart a stopped or failed scoring run",
                accepted("RunStarted"));
        // Findings workflow
        doc("GET /athletes/{athleteId}/scores/{week}/findings/{ruleId}/acknowledgment", "getFindingAcknowledgment", FINDINGS,
                "Get a finding's acknowledgment", ok("AcknowledgmentView"));
        doc("PUT /athletes/{athleteId}/scores/{week}/findings/{ruleId}/acknowledgment", "acknowledgeFinding", FINDINGS,
                "Acknowledge a finding", new Answer(200, 201, Shape.ONE, "AcknowledgmentView"));
        doc("DELETE /athletes/{athleteId}/scores/{week}/findings/{ruleId}/acknowledgment", "withdrawFindingAcknowledgment",
                FINDINGS, "Withdraw a finding's acknowledgment", none());
        doc("POST /athletes/{athleteId}/health-events", "recordHealthEvent", FINDINGS, "Record an injury or illness",
                created("HealthEventView"));
        doc("GET /athletes/{athleteId}/health-events", "listHealthEvents", FINDINGS, "List an athlete's injuries and illnesses",
                page("HealthEventView"));
        doc("GET /athletes/{athleteId}/health-events/{healthEventId}", "getHealthEvent", FINDINGS, "Get an injury or illness",
                ok("HealthEventView"));
        doc("PUT /athletes/{athleteId}/health-events/{healthEventId}", "updateHealthEvent", FINDINGS,
                "Update an injury or illness", ok("HealthEventView"));
        doc("DELETE /athletes/{athleteId}/health-events/{healthEventId}", "deleteHealthEvent", FINDINGS,
                "Delete an injury or illness", none());
        doc("GET /clubs/{clubId}/rule-precision", "getRulePrecision", FINDINGS,
                "How often each rule's red findings were followed by an injury or illness", ok("RulePrecisionReport"));
        // Weekly report
        doc("GET /clubs/{clubId}/reports/{week}.xlsx", "downloadWeeklyReport", REPORTS, "Download a week's report workbook", xlsx());
        doc("GET /clubs/{clubId}/report-recipients", "listReportRecipients", REPORTS, "List the report's recipients",
                list("RecipientView"));
        doc("POST /clubs/{clubId}/report-recipients", "addReportRecipient", REPORTS, "Add a report recipient",
                created("RecipientView"));
        doc("DELETE /clubs/{clubId}/report-recipients/{recipientId}", "removeReportRecipient", REPORTS,
                "Remove a report recipient", none());
        doc("GET /clubs/{clubId}/report-deliveries", "listReportDeliveries", REPORTS, "List the report's email deliveries",
                page("DeliveryView"));
        doc("GET /clubs/{clubId}/report-deliveries/{week}", "getReportDelivery", REPORTS, "Get a week's report delivery",
                ok("DeliveryView"));
        doc("POST /clubs/{clubId}/report-deliveries", "sendWeeklyReport", REPORTS, "Send a week's report now",
                new Answer(201, 202, Shape.ONE, "DeliveryView"));
        doc("POST /clubs/{clubId}/report-deliveries/{week}/retry", "retryReportDelivery", REPORTS,
                "Retry a failed or interrupted delivery", ok("DeliveryView"));
        doc("POST /reports/runs", "startWeeklyReportRun", REPORTS, "Start the weekly report run", accepted("RunStarted"));
        doc("GET /reports/runs/{executionId}", "getWeeklyReportRun", REPORTS, "Get a weekly report run's status", ok("RunView"));
        // Users, API keys, audit
        doc("GET /me", "getMe", USERS, "Who is calling", ok("MeView"));
        doc("POST /session", "signIn", USERS, "Sign in a browser: starts a session cookie and returns its CSRF token",
                created("BrowserSessionView"));
        doc("GET /session", "getBrowserSession", USERS, "The browser's session and its CSRF token", ok("BrowserSessionView"));
        doc("DELETE /session", "signOut", USERS, "Sign out the browser's session", none());
        doc("POST /platform-admins", "createPlatformAdmin", USERS, "Create a platform admin", created("UserView"));
        doc("GET /platform-admins", "listPlatformAdmins", USERS, "List platform admins", page("UserView"));
        doc("POST /clubs/{clubId}/users", "createClubUser", USERS, "Create a club admin or coach", created("UserView"));
        doc("GET /clubs/{clubId}/users", "listClubUsers", USERS, "List a club's users", page("UserView"));
        doc("GET /users/{userId}", "getUser", USERS, "Get a user", ok("UserView"));
        doc("PUT /users/{userId}", "changeUser", USERS, "Change a user's name, role or whether they may sign in", ok("UserView"));
        doc("DELETE /users/{userId}", "deleteUser", USERS, "Delete a user", none());
        doc("PUT /users/{userId}/password", "changePassword", USERS, "Change a password", none());
        doc("POST /clubs/{clubId}/api-keys", "issueApiKey", API_KEYS, "Issue an API key (the token is shown once)",
                created("IssuedApiKey"));
        doc("GET /clubs/{clubId}/api-keys", "listApiKeys", API_KEYS, "List a club's API keys, revoked ones included",
                page("ApiKeyView"));
        doc("GET /api-keys/{apiKeyId}", "getApiKey", API_KEYS, "Get an API key", ok("ApiKeyView"));
        doc("DELETE /api-keys/{apiKeyId}", "revokeApiKey", API_KEYS, "Revoke an API key", none());
        doc("GET /clubs/{clubId}/audit", "listClubAudit", AUDIT, "List a club's audit log, newest first", page("AuditView"));
        doc("GET /audit", "listAudit", AUDIT, "List the platform-wide audit log, newest first", page("AuditView"));
        // Webhooks
        doc("POST /clubs/{clubId}/webhooks", "registerWebhook", WEBHOOKS, "Register a webhook (the signing secret is shown once)",
                created("CreatedWebhook"));
        doc("GET /clubs/{clubId}/webhooks", "listWebhooks", WEBHOOKS, "List a club's webhooks", page("WebhookView"));
        doc("GET /clubs/{clubId}/webhooks/{webhookId}", "getWebhook", WEBHOOKS, "Get a webhook", ok("WebhookView"));
        doc("PUT /clubs/{clubId}/webhooks/{webhookId}", "changeWebhook", WEBHOOKS, "Change a webhook", ok("WebhookView"));
        doc("DELETE /clubs/{clubId}/webhooks/{webhookId}", "deleteWebhook", WEBHOOKS, "Delete a webhook", none());
        doc("POST /clubs/{clubId}/webhooks/{webhookId}/test", "testWebhook", WEBHOOKS, "Send a test event to a webhook",
                ok("WebhookDeliveryView"));
        doc("GET /clubs/{clubId}/webhooks/{webhookId}/deliveries", "listWebhookDeliveries", WEBHOOKS,
                "List a webhook's deliveries, newest first", page("WebhookDeliveryView"));
        doc("POST /clubs/{clubId}/webhooks/{webhookId}/deliveries/{deliveryId}/retry", "retryWebhookDelivery", WEBHOOKS,
                "Retry a failed webhook delivery", ok("WebhookDeliveryView"));
        // Data rights
        doc("GET /clubs/{clubId}/export", "exportClubData", DATA_RIGHTS, "Export all of a club's data (xlsx, or csv files in a zip)",
                file(XLSX, "application/zip"));
        // Check-in
        doc("GET /clubs/{clubId}/check-in-links", "listCheckInLinks", CHECK_IN,
                "List the club's athletes with their check-in link (active, expired, revoked or none) and reminder", ok("CheckInLinkList"));
        doc("POST /athletes/{athleteId}/check-in-link", "issueCheckInLink", CHECK_IN,
                "Issue an athlete's check-in link (token and URL shown once; an earlier link stops working)", created("IssuedCheckInLink"));
        doc("GET /athletes/{athleteId}/check-in-link", "getCheckInLink", CHECK_IN, "Get an athlete's check-in link", ok("CheckInLinkView"));
        doc("DELETE /athletes/{athleteId}/check-in-link", "revokeCheckInLink", CHECK_IN,
                "Revoke an athlete's check-in link (it stays listed as revoked)", none());
        doc("GET /athletes/{athleteId}/check-in-reminder", "getCheckInReminder", CHECK_IN,
                "Get an athlete's daily reminder email setting", ok("CheckInReminderView"));
        doc("PUT /athletes/{athleteId}/check-in-reminder", "saveCheckInReminder", CHECK_IN,
                "Set an athlete's reminder email address and switch the daily reminder on or off", ok("CheckInReminderView"));
        doc("DELETE /athletes/{athleteId}/check-in-reminder", "deleteCheckInReminder", CHECK_IN,
                "Remove an athlete's reminder address", none());
        doc("GET /check-in/{token}", "openCheckIn", CHECK_IN,
                "Open the check-in of a link's token: first name, club, today and the athlete's own last 7 days", ok("CheckInPage"));
        doc("PUT /check-in/{token}", "answerCheckIn", CHECK_IN, "Answer (or correct) today's check-in", ok("CheckInPage"));
        doc("POST /check-in-unsubscribe/{token}", "unsubscribeCheckInReminders", CHECK_IN,
                "Stop the daily reminder emails (the token of a reminder's unsubscribe link)", ok("CheckInUnsubscribed"));
    }

    private ApiOperations() {
    }

    private static void doc(String endpoint, String operationId, String tag, String summary, Answer answer) {
        if (!TAGS.containsKey(tag)) {
            throw new IllegalStateException("unknown tag " + tag + " for " + endpoint);
        }
        if (DOCS.values().stream().anyMatch(d -> d.operationId().equals(operationId))) {
            throw new IllegalStateException("operationId used twice: " + operationId);
        }
        if (DOCS.put(endpoint, new Doc(operationId, tag, summary, answer)) != null) {
            throw new IllegalStateException("endpoint listed twice: " + endpoint);
        }
    }

    private static Answer ok(String schema) {
        return new Answer(200, 0, Shape.ONE, schema);
    }

    private static Answer created(String schema) {
        return new Answer(201, 0, Shape.ONE, schema);
    }

    private static Answer accepted(String schema) {
        return new Answer(202, 0, Shape.ONE, schema);
    }

    private static Answer page(String schema) {
        return new Answer(200, 0, Shape.PAGE, schema);
    }

    private static Answer list(String schema) {
        return new Answer(200, 0, Shape.LIST, schema);
    }

    private static Answer none() {
        return new Answer(204, 0, Shape.NONE, null);
    }

    private static Answer xlsx() {
        return file(XLSX);
    }

    private static Answer file(String... mediaTypes) {
        return new Answer(200, 0, Shape.FILE, String.join(",", mediaTypes));
    }

    /** The documentation of {@code GET /clubs/{clubId}}: method and path below {@code /api/v1}. */
    public static Optional<Doc> of(String endpoint) {
        return Optional.ofNullable(DOCS.get(endpoint));
    }

    /** Tag names and descriptions, in the order the document lists them. */
    public static Map<String, String> tags() {
        return new LinkedHashMap<>(TAGS);
    }
}
