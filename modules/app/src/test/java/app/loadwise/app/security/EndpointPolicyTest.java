package app.loadwise.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EndpointPolicyTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z]+)}");

    static List<String> endpoints = new ArrayList<>();

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

    @Test
    void batchRunsAreForPlatformAdminsOnly() {
        assertThat(endpoints).filteredOn(e -> e.contains("/runs")).isNotEmpty()
                .allSatisfy(e -> assertThat(EndpointPolicy.of(e)).contains(Permission.PLATFORM));
    }
}
