package app.loadwise.server.openapi;

import app.loadwise.recovery.engine.RuleSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Example bodies of the main requests and answers, by schema name. They follow the curl examples in docs/api.md. */
final class ApiExamples {

    private static final Map<String, Object> EXAMPLES = new LinkedHashMap<>();

    static {
        Map<String, Object> club = map("name", "Riverside Harriers", "timeZone", "Europe/London", "firstDayOfWeek", "MONDAY",
                "locale", "en-GB");
        EXAMPLES.put("ClubRequest", club);
        EXAMPLES.put("ClubView", with(map("id", 50), club, map("createdAt", "2026-11-23T08:15:00Z", "version", 1)));
        Map<String, Object> athlete = map("memberId", "RH-014", "name", "Maya Lindqvist", "sex", "female", "birthYear", 1994,
                "level", "intermediate", "maxHr", 192, "restingHr", 48, "timeZone", "Europe/London", "active", true);
        EXAMPLES.put("AthleteRequest", athlete);
        EXAMPLES.put("AthleteView", with(map("id", 150, "clubId", 50), athlete, map("version", 1)));
        Map<String, Object> session = map("date", "2026-11-24", "startTime", "07:30", "type", "intervals", "movingMinutes", 52,
                "elapsedMinutes", 60, "distanceKm", 11.2, "rpe", 8, "avgHr", 158, "maxHr", 183, "warmUpMinutes", 15,
                "notes", "6 x 800 m at 5k pace, 400 m jog");
        EXAMPLES.put("SessionRequest", session);
        EXAMPLES.put("SessionView", with(map("id", 2050, "athleteId", 150), session,
                map("startTime", "07:30:00", "pain", false, "excluded", false, "source", "api", "version", 1)));
        Map<String, Object> wellness = map("date", "2026-11-25", "sleepHours", 7.5, "sleepQuality", 3, "restingHr", 47,
                "hrvMs", 68, "fatigue", 4, "stress", 2, "mood", 2, "soreness", 3);
        EXAMPLES.put("WellnessRequest", wellness);
        EXAMPLES.put("WellnessView", with(map("id", 900, "athleteId", 150), wellness, map("version", 1)));
        EXAMPLES.put("ImportView", map("id", 300, "clubId", 50, "fileName", "november.xlsx", "sizeBytes", 48213,
                "fileKind", "xlsx", "format", "loadwise-template", "status", "validated", "uploadedBy", "anna",
                "uploadedAt", "2026-11-25T19:02:11Z", "validatedAt", "2026-11-25T19:02:12Z",
                "counts", map("total", 412, "valid", 409, "invalid", 2, "ignored", 0, "duplicates", 1, "review", 1,
                        "imported", 0)));
        EXAMPLES.put("NewUser", map("username", "anna", "displayName", "Anna (head coach)", "role", "club-admin",
                "password", "a long passphrase here"));
        EXAMPLES.put("UserView", map("id", 51, "username", "anna", "displayName", "Anna (head coach)", "role", "club-admin",
                "clubId", 50, "enabled", true, "createdAt", "2026-11-23T08:20:00Z", "passwordChangedAt", "2026-11-23T08:20:00Z"));
        EXAMPLES.put("UserChange", map("displayName", "Anna Berg", "role", "coach", "enabled", true));
        EXAMPLES.put("PasswordChange", map("currentPassword", "a long passphrase here", "newPassword", "another long passphrase"));
        EXAMPLES.put("NewApiKey", map("name", "Garmin sync", "scope", "read-write"));
        Map<String, Object> key = map("id", 50, "clubId", 50, "name", "Garmin sync", "scope", "read-write",
                "prefix", "lw_ah849q2xt8ah_", "createdBy", "anna", "createdAt", "2026-11-23T08:25:00Z");
        EXAMPLES.put("ApiKeyView", key);
        EXAMPLES.put("IssuedApiKey", map("key", key, "token", "lw_ah849q2xt8ah_hyPi2aFxpoI37hS5gOp-0QDW6OvbfWqr3ld2vTUKQ1E"));
        EXAMPLES.put("MeView", map("name", "anna", "role", "club-admin", "clubId", 50, "userId", 51));
        EXAMPLES.put("RecipientRequest", map("email", "coaches@riverside-harriers.org", "name", "Coaching team"));
        EXAMPLES.put("SendRequest", map("week", "2026-W47"));
        EXAMPLES.put("ScoringRunRequest", map("week", "2026-W47", "club", 50));
        EXAMPLES.put("ReviewDecision", map("decision", "import"));
        EXAMPLES.put("AcknowledgmentRequest", map("note", "Talked to her; easy week planned."));
        EXAMPLES.put("HealthEventRequest", map("kind", "injury", "startedOn", "2026-11-20", "bodyLocation", "achilles",
                "severity", "moderate", "daysLost", 10, "note", "Left Achilles, sharp on the first steps in the morning"));
        EXAMPLES.put("MappingRequest", map("name", "Club sheet 2026", "headers", List.of("Member", "Date", "Type", "Minutes", "RPE"),
                "columns", map("Member", "memberId", "Date", "date", "Type", "type", "Minutes", "movingMinutes", "RPE", "rpe")));
        EXAMPLES.put("RunStarted", map("executionId", 101));
        Map<String, Object> planned = map("date", "2026-12-15", "type", "intervals", "minutes", 50, "intendedRpe", 8,
                "distanceKm", 10, "note", "6 x 800 m");
        EXAMPLES.put("PlannedSessionRequest", planned);
        EXAMPLES.put("PlannedSessionView", with(map("id", 350, "athleteId", 150), planned, map("plannedLoad", 400, "source", "api")));
        EXAMPLES.put("PlanWeekRequest", map("sessions", List.of(planned,
                map("date", "2026-12-16", "type", "hills", "minutes", 45, "intendedRpe", 8),
                map("date", "2026-12-20", "type", "long", "minutes", 110, "intendedRpe", 4))));
    }

    private ApiExamples() {
    }

    static Optional<Object> of(String schema) {
        if ("RuleSettings".equals(schema)) {
            return Optional.of(ApiSchemas.plain(RuleSettings.defaults()));
        }
        return Optional.ofNullable(EXAMPLES.get(schema));
    }

    /** A page of one example item. */
    static Optional<Object> pageOf(String itemSchema) {
        return of(itemSchema).map(item -> map("items", List.of(item), "page", 0, "size", 50, "total", 1));
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @SafeVarargs
    private static Map<String, Object> with(Map<String, Object>... parts) {
        Map<String, Object> all = new LinkedHashMap<>();
        for (Map<String, Object> part : parts) {
            all.putAll(part);
        }
        return all;
    }
}
