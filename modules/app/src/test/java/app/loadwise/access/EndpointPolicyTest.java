package app.loadwise.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint of every module is in the access module's policy. It lives in the app's tests, which see all
 * modules' resources, and in access's package, whose policy helpers it reads.
 */
class EndpointPolicyTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z]+)}");

    static List<String> endpoints = new ArrayList<>();

    /** The token endpoints: no permission at all, the token in the path alone. */
    private static final String TOKEN = "token";

    /**
     * What each endpoint of the check-in, the plan and the roster import needs, written out once more by hand: changing a
     * permission in {@link EndpointPolicy} fails here until this table agrees.
     */
    private static final Map<String, String> PINNED = new LinkedHashMap<>();

    static {
        // check-in: coaches (and club admins) issue and revoke links and set reminders; read keys may look
        PINNED.put("GET /clubs/{clubId}/check-in-links", "READ");
        PINNED.put("POST /athletes/{athleteId}/check-in-link", "COACHING");
        PINNED.put("GET /athletes/{athleteId}/check-in-link", "READ");
        PINNED.put("DELETE /athletes/{athleteId}/check-in-link", "COACHING");
        PINNED.put("GET /athletes/{athleteId}/check-in-reminder", "READ");
        PINNED.put("PUT /athletes/{athleteId}/check-in-reminder", "COACHING");
        PINNED.put("DELETE /athletes/{athleteId}/check-in-reminder", "COACHING");
        PINNED.put("GET /check-in/{token}", TOKEN);
        PINNED.put("PUT /check-in/{token}", TOKEN);
        PINNED.put("POST /check-in-unsubscribe/{token}", TOKEN);
        // plans: read and written as the training log
        PINNED.put("GET /athletes/{athleteId}/plan/{week}", "READ");
        PINNED.put("PUT /athletes/{athleteId}/plan/{week}", "LOG_WRITE");
        PINNED.put("GET /athletes/{athleteId}/plan/{week}/comparison", "READ");
        PINNED.put("GET /athletes/{athleteId}/plan/{week}/check", "READ");
        PINNED.put("POST /athletes/{athleteId}/planned-sessions", "LOG_WRITE");
        PINNED.put("GET /athletes/{athleteId}/planned-sessions/{plannedSessionId}", "READ");
        PINNED.put("DELETE /athletes/{athleteId}/planned-sessions/{plannedSessionId}", "LOG_WRITE");
        PINNED.put("POST /clubs/{clubId}/plan-imports", "LOG_WRITE");
        // roster import: as creating athletes one by one
        PINNED.put("POST /clubs/{clubId}/roster-imports", "CLUB_WRITE");
        PINNED.put("GET /roster-imports/template", "READ");
    }

    static Stream<Arguments> pinned() {
        return PINNED.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @BeforeAll
    static void findEveryEndpoint() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.loadwise");
        for (JavaClass javaClass : classes) {
            if (!javaClass.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> resource = javaClass.reflect();
            for (Method method : resource.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !EndpointPolicy.httpMethodOf(method).equals("ANY")) {
                    endpoints.add(EndpointPolicy.endpointOf(resource, method));
                }
            }
        }
    }

    @Test
    void findsTheResourcesOfEveryModule() {
        assertThat(endpoints).contains("GET /clubs", "POST /athletes/{athleteId}/sessions", "GET /clubs/{clubId}/scores",
                "GET /clubs/{clubId}/reports/{week}.xlsx", "POST /clubs/{clubId}/imports", "POST /clubs/{clubId}/api-keys");
    }

    @Test
    void everyEndpointHasAPolicy() {
        assertThat(endpoints).filteredOn(endpoint -> !EndpointPolicy.isTokenEndpoint(endpoint)).allSatisfy(endpoint ->
                assertThat(EndpointPolicy.of(endpoint)).as("policy for " + endpoint).isPresent());
    }

    @Test
    void idsInPathsUseNamesThatTenantIsolationKnows() {
        List<String> unknown = new ArrayList<>();
        for (String endpoint : endpoints) {
            Matcher m = PARAMETER.matcher(endpoint);
            String first = null;
            while (m.find()) {
                first = first == null ? m.group(1) : first;
            }
            if (first != null && !ApiAuthorization.OWNED_PARAMETERS.containsKey(first) && !EndpointPolicy.isTokenEndpoint(endpoint)
                    && !endpoint.contains("/scoring/runs/") && !endpoint.contains("/reports/runs/")) {
                unknown.add(endpoint);
            }
        }
        assertThat(unknown).as("endpoints whose first path id is not checked for the caller's club").isEmpty();
    }

    @Test
    void onlyTheCheckInsTokenEndpointsGoWithoutACallerAndTheirPathsAreKnown() {
        assertThat(endpoints).filteredOn(EndpointPolicy::isTokenEndpoint)
                .containsExactlyInAnyOrder("GET /check-in/{token}", "PUT /check-in/{token}", "POST /check-in-unsubscribe/{token}")
                .allSatisfy(endpoint -> assertThat(EndpointPolicy.of(endpoint)).as(endpoint).isEmpty());
        assertThat(EndpointPolicy.isTokenPath("check-in/abc_DEF-123")).isTrue();
        assertThat(EndpointPolicy.isTokenPath("/check-in-unsubscribe/abc")).isTrue();
        assertThat(EndpointPolicy.isTokenPath("check-in/abc/more")).isFalse();
        assertThat(EndpointPolicy.isTokenPath("athletes/1/check-in-link")).isFalse();
        assertThat(EndpointPolicy.isTokenPath("check-in")).isFalse();
    }

    @ParameterizedTest(name = "{0} needs {1}")
    @MethodSource("pinned")
    void checkInPlanAndRosterEndpointsNeedExactlyTheirPinnedPermission(String endpoint, String needs) {
        assertThat(endpoints).as("a resource answers " + endpoint).contains(endpoint);
        if (needs.equals(TOKEN)) {
            assertThat(EndpointPolicy.isTokenEndpoint(endpoint)).as(endpoint + " goes without a caller").isTrue();
            assertThat(EndpointPolicy.of(endpoint)).as(endpoint).isEmpty();
        } else {
            assertThat(EndpointPolicy.isTokenEndpoint(endpoint)).as(endpoint + " needs a caller").isFalse();
            assertThat(EndpointPolicy.of(endpoint)).as("policy for " + endpoint).contains(Permission.valueOf(needs));
        }
    }

    @Test
    void everyCheckInPlanAndRosterEndpointIsPinned() {
        assertThat(endpoints).filteredOn(e -> e.contains("check-in") || e.contains("/plan") || e.contains("planned-sessions")
                        || e.contains("roster-imports"))
                .as("endpoints of the check-in, the plan and the roster import, each pinned above")
                .containsExactlyInAnyOrderElementsOf(PINNED.keySet());
    }

    @Test
    void batchRunsAreForPlatformAdminsOnly() {
        assertThat(endpoints).filteredOn(e -> e.contains("/runs")).isNotEmpty()
                .allSatisfy(e -> assertThat(EndpointPolicy.of(e)).contains(Permission.PLATFORM));
    }
}
