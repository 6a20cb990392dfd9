package app.loadwise.access;

import static app.loadwise.access.Permission.AUTHENTICATED;
import static app.loadwise.access.Permission.CLUB_ADMIN;
import static app.loadwise.access.Permission.CLUB_WRITE;
import static app.loadwise.access.Permission.COACHING;
import static app.loadwise.access.Permission.LOG_WRITE;
import static app.loadwise.access.Permission.PLATFORM;
import static app.loadwise.access.Permission.READ;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * What every endpoint needs, in one table. An endpoint missing here is open to platform admins only, and
 * {@code EndpointPolicyTest} fails the build until it is added.
 */
public final class EndpointPolicy {

    private static final Map<String, Permission> POLICY = new LinkedHashMap<>();

    static {
        // Clubs
        allow(PLATFORM, "POST /clubs", "DELETE /clubs/{clubId}");
        allow(READ, "GET /clubs", "GET /clubs/{clubId}");
        allow(CLUB_ADMIN, "PUT /clubs/{clubId}");
        // Athletes
        allow(READ, "GET /clubs/{clubId}/athletes", "GET /athletes/{athleteId}");
        allow(CLUB_WRITE, "POST /clubs/{clubId}/athletes", "PUT /athletes/{athleteId}");
        allow(CLUB_ADMIN, "DELETE /athletes/{athleteId}");
        // Roster import: athletes from a file, as creating athletes one by one
        allow(CLUB_WRITE, "POST /clubs/{clubId}/roster-imports");
        allow(READ, "GET /roster-imports/template");
        // Training log
        allow(READ, "GET /athletes/{athleteId}/sessions", "GET /sessions/{sessionId}",
                "GET /athletes/{athleteId}/wellness", "GET /wellness/{wellnessId}");
        allow(LOG_WRITE, "POST /athletes/{athleteId}/sessions", "PUT /sessions/{sessionId}", "DELETE /sessions/{sessionId}",
                "POST /athletes/{athleteId}/wellness", "PUT /wellness/{wellnessId}", "DELETE /wellness/{wellnessId}");
        // Plans: read and written as the training log; the plan check and planned against done are reads
        allow(READ, "GET /athletes/{athleteId}/plan/{week}", "GET /athletes/{athleteId}/plan/{week}/check",
                "GET /athletes/{athleteId}/plan/{week}/comparison", "GET /athletes/{athleteId}/planned-sessions/{plannedSessionId}");
        allow(LOG_WRITE, "PUT /athletes/{athleteId}/plan/{week}", "POST /athletes/{athleteId}/planned-sessions",
                "DELETE /athletes/{athleteId}/planned-sessions/{plannedSessionId}", "POST /clubs/{clubId}/plan-imports");
        // Bulk writes, checked and written as an import
        allow(LOG_WRITE, "POST /clubs/{clubId}/sessions/bulk", "POST /clubs/{clubId}/wellness/bulk");
        // Import
        allow(READ, "GET /clubs/{clubId}/imports", "GET /imports/{importId}", "GET /imports/{importId}/errors",
                "GET /imports/{importId}/review", "GET /imports/template", "GET /clubs/{clubId}/import-mappings");
        allow(LOG_WRITE, "POST /clubs/{clubId}/imports", "POST /imports/{importId}/commit", "POST /imports/{importId}/undo",
                "POST /imports/{importId}/stop", "POST /imports/{importId}/resume", "POST /imports/{importId}/review/{itemId}",
                "POST /clubs/{clubId}/import-mappings", "DELETE /clubs/{clubId}/import-mappings/{mappingId}");
        // Scores and rules
        allow(READ, "GET /clubs/{clubId}/scores", "GET /athletes/{athleteId}/scores", "GET /clubs/{clubId}/rule-settings",
                "GET /clubs/{clubId}/squad", "GET /athletes/{athleteId}/timeline");
        allow(CLUB_ADMIN, "PUT /clubs/{clubId}/rule-settings", "DELETE /clubs/{clubId}/rule-settings");
        allow(PLATFORM, "POST /scoring/runs", "GET /scoring/runs", "GET /scoring/runs/{executionId}",
                "POST /scoring/runs/{executionId}/stop", "POST /scoring/runs/{executionId}/restart");
        // Findings workflow
        allow(READ, "GET /athletes/{athleteId}/scores/{week}/findings/{ruleId}/acknowledgment",
                "GET /athletes/{athleteId}/health-events", "GET /athletes/{athleteId}/health-events/{healthEventId}",
                "GET /clubs/{clubId}/rule-precision");
        allow(COACHING, "PUT /athletes/{athleteId}/scores/{week}/findings/{ruleId}/acknowledgment",
                "DELETE /athletes/{athleteId}/scores/{week}/findings/{ruleId}/acknowledgment");
        allow(LOG_WRITE, "POST /athletes/{athleteId}/health-events", "PUT /athletes/{athleteId}/health-events/{healthEventId}",
                "DELETE /athletes/{athleteId}/health-events/{healthEventId}");
        // Weekly report
        allow(READ, "GET /clubs/{clubId}/reports", "GET /clubs/{clubId}/reports/{week}.xlsx",
                "GET /clubs/{clubId}/report-deliveries", "GET /clubs/{clubId}/report-deliveries/{week}",
                "GET /clubs/{clubId}/report-recipients");
        allow(CLUB_ADMIN, "POST /clubs/{clubId}/report-deliveries", "POST /clubs/{clubId}/report-deliveries/{week}/retry",
                "POST /clubs/{clubId}/report-recipients", "DELETE /clubs/{clubId}/report-recipients/{recipientId}");
        allow(PLATFORM, "POST /reports/runs", "GET /reports/runs/{executionId}");
        // Webhooks (club admins only: receiver URLs often carry credentials)
        allow(CLUB_ADMIN, "POST /clubs/{clubId}/webhooks", "GET /clubs/{clubId}/webhooks",
                "GET /clubs/{clubId}/webhooks/{webhookId}", "PUT /clubs/{clubId}/webhooks/{webhookId}",
                "DELETE /clubs/{clubId}/webhooks/{webhookId}", "POST /clubs/{clubId}/webhooks/{webhookId}/test",
                "GET /clubs/{clubId}/webhooks/{webhookId}/deliveries",
                "POST /clubs/{clubId}/webhooks/{webhookId}/deliveries/{deliveryId}/retry");
        // Data rights: a club's full export (erasure of one athlete is DELETE /athletes/{athleteId})
        allow(CLUB_ADMIN, "GET /clubs/{clubId}/export");
        // Users, API keys, audit
        allow(AUTHENTICATED, "GET /me", "GET /users/{userId}", "PUT /users/{userId}/password");
        // Browser sessions (signing in needs no caller; ApiAuthentication lets it through)
        allow(AUTHENTICATED, "POST /session", "GET /session", "DELETE /session");
        allow(CLUB_ADMIN, "POST /clubs/{clubId}/users", "GET /clubs/{clubId}/users", "PUT /users/{userId}",
                "DELETE /users/{userId}", "POST /clubs/{clubId}/api-keys", "GET /clubs/{clubId}/api-keys",
                "GET /api-keys/{apiKeyId}", "DELETE /api-keys/{apiKeyId}", "GET /clubs/{clubId}/audit");
        allow(PLATFORM, "POST /platform-admins", "GET /platform-admins", "GET /audit");
        // Athletes' check-in: coaches issue and revoke links and set reminders
        allow(READ, "GET /clubs/{clubId}/check-in-links", "GET /athletes/{athleteId}/check-in-link",
                "GET /athletes/{athleteId}/check-in-reminder");
        allow(COACHING, "POST /athletes/{athleteId}/check-in-link", "DELETE /athletes/{athleteId}/check-in-link",
                "PUT /athletes/{athleteId}/check-in-reminder", "DELETE /athletes/{athleteId}/check-in-reminder");
    }

    /**
     * Endpoints that take no caller: the athlete's check-in and the reminder's unsubscribe, authorized by the token in
     * their path alone (a check-in link's or a reminder's). {@link ApiAuthentication} lets their paths through.
     */
    static final Set<String> TOKEN_ENDPOINTS = Set.of("GET /check-in/{token}", "PUT /check-in/{token}",
            "POST /check-in-unsubscribe/{token}");

    private static final Pattern TOKEN_PATH = Pattern.compile("/*(check-in|check-in-unsubscribe)/[^/]+/*");

    /** True for an endpoint the token in its path authorizes, without a caller. */
    public static boolean isTokenEndpoint(String endpoint) {
        return TOKEN_ENDPOINTS.contains(endpoint);
    }

    /** True for the path of a token endpoint ({@code check-in/<token>}), relative to the API's root. */
    public static boolean isTokenPath(String path) {
        return path != null && TOKEN_PATH.matcher(path).matches();
    }

    private EndpointPolicy() {
    }

    private static void allow(Permission permission, String... endpoints) {
        for (String endpoint : endpoints) {
            if (POLICY.put(endpoint, permission) != null) {
                throw new IllegalStateException("endpoint listed twice: " + endpoint);
            }
        }
    }

    public static Optional<Permission> of(String endpoint) {
        return Optional.ofNullable(POLICY.get(endpoint));
    }

    /** {@code GET /clubs/{clubId}/athletes} for a resource method: its HTTP method and the joined path templates. */
    public static String endpointOf(Class<?> resource, Method method) {
        return ENDPOINTS.computeIfAbsent(method, m -> describe(resource, m));
    }

    private static final Map<Method, String> ENDPOINTS = new ConcurrentHashMap<>();

    private static String describe(Class<?> resource, Method method) {
        StringBuilder path = new StringBuilder();
        append(path, resource.getAnnotation(Path.class));
        append(path, method.getAnnotation(Path.class));
        return httpMethodOf(method) + " " + (path.length() == 0 ? "/" : path.toString());
    }

    private static void append(StringBuilder path, Path segment) {
        if (segment == null) {
            return;
        }
        String value = segment.value().replaceAll("^/+|/+$", "");
        if (!value.isEmpty()) {
            path.append('/').append(value);
        }
    }

    /** The HTTP method a resource method answers (the JAX-RS annotation carrying {@code @HttpMethod}), or "ANY". */
    static String httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return "ANY";
    }
}
