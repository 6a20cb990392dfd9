package app.loadwise.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.access.EndpointPolicy;
import app.loadwise.access.Permission;
import app.loadwise.server.openapi.ApiOperations.Doc;
import app.loadwise.server.openapi.ApiOperations.Shape;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenApiOperationsTest {

    static final List<String> endpoints = new ArrayList<>();

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
                String endpoint = EndpointPolicy.endpointOf(resource, method);
                if (Modifier.isPublic(method.getModifiers()) && !endpoint.startsWith("ANY ")) {
                    endpoints.add(endpoint);
                }
            }
        }
    }

    /** The documentation of an endpoint the resources serve. */
    private static Doc doc(String endpoint) {
        return ApiOperations.of(endpoint).orElseThrow(() -> new AssertionError("no OpenAPI entry in ApiOperations for " + endpoint));
    }

    @Test
    void findsTheResourcesOfEveryModule() {
        assertThat(endpoints).contains("GET /clubs", "POST /athletes/{athleteId}/sessions", "GET /clubs/{clubId}/scores",
                "GET /clubs/{clubId}/reports/{week}.xlsx", "POST /clubs/{clubId}/imports", "POST /clubs/{clubId}/api-keys");
    }

    @Test
    void everyEndpointIsDocumented() {
        assertThat(endpoints).allSatisfy(endpoint ->
                assertThat(ApiOperations.of(endpoint)).as("OpenAPI entry in ApiOperations for " + endpoint).isPresent());
    }

    @Test
    void operationIdsAreUniqueCamelCaseNames() {
        List<String> ids = endpoints.stream().distinct().map(OpenApiOperationsTest::doc).map(Doc::operationId).toList();
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z][A-Za-z]+"));
    }

    @Test
    void everyOperationHasAKnownTagAndASummary() {
        assertThat(endpoints.stream().map(OpenApiOperationsTest::doc)).allSatisfy(doc -> {
            assertThat(ApiOperations.tags()).containsKey(doc.tag());
            assertThat(doc.summary()).isNotBlank().doesNotEndWith(".");
        });
        assertThat(ApiOperations.tags().values()).allSatisfy(description -> assertThat(description).isNotBlank());
    }

    @Test
    void listsAnswerPagesAndDeletesAnswerNoContent() {
        endpoints.forEach(endpoint -> {
            Doc doc = doc(endpoint);
            if (endpoint.startsWith("DELETE ") && !endpoint.endsWith("/rule-settings")) {
                assertThat(doc.answer().shape()).as(endpoint).isEqualTo(Shape.NONE);
                assertThat(doc.answer().status()).as(endpoint).isEqualTo(204);
            }
            if (doc.answer().shape() == Shape.PAGE) {
                assertThat(endpoint).startsWith("GET ");
            }
        });
        assertThat(ApiOperations.of("GET /clubs/{clubId}/athletes")).get()
                .satisfies(doc -> assertThat(doc.answer().shape()).isEqualTo(Shape.PAGE));
    }

    @Test
    void describesWhoMayCallFromThePermission() {
        assertThat(ApiDocumentFilter.whoMayCall(Permission.PLATFORM)).isEqualTo("platform admins only");
        assertThat(ApiDocumentFilter.whoMayCall(Permission.CLUB_ADMIN)).isEqualTo("platform admins; club admins of the club");
        assertThat(ApiDocumentFilter.whoMayCall(Permission.READ))
                .isEqualTo("platform admins; club admins, coaches and API keys (read or read-write) of the club");
        assertThat(ApiDocumentFilter.whoMayCall(Permission.LOG_WRITE))
                .isEqualTo("platform admins; club admins, coaches and read-write API keys of the club");
        assertThat(ApiDocumentFilter.whoMayCall(Permission.CLUB_WRITE))
                .isEqualTo("platform admins; club admins and read-write API keys of the club");
    }

    @Test
    void namesPageSchemasAfterTheirItems() {
        assertThat(ApiSchemas.pageOf("ClubView")).isEqualTo("ClubPage");
        assertThat(ApiSchemas.pageOf("RowProblem")).isEqualTo("RowProblemPage");
    }
}
