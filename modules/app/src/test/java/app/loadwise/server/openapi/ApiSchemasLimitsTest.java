package app.loadwise.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.common.InputLimits;
import app.loadwise.domain.common.Limited;
import app.loadwise.domain.common.MaxText;
import app.loadwise.domain.training.SessionDetails;
import app.loadwise.recovery.HealthEventRequest;
import app.loadwise.traininglog.AthleteRequest;
import app.loadwise.traininglog.AthleteView;
import app.loadwise.traininglog.SessionRequest;
import app.loadwise.traininglog.SessionView;
import app.loadwise.traininglog.WellnessRequest;
import app.loadwise.traininglog.WellnessView;
import app.loadwise.traininglog.importing.BulkRequest;
import app.loadwise.traininglog.plan.PlannedSessionRequest;
import app.loadwise.traininglog.plan.PlannedSessionView;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiSchemasLimitsTest {

    private static final Set<Class<?>> NUMBERS = Set.of(int.class, long.class, double.class, Integer.class, Long.class,
            Double.class);

    @ParameterizedTest
    @ValueSource(classes = {SessionRequest.class, WellnessRequest.class, AthleteRequest.class, PlannedSessionRequest.class,
            HealthEventRequest.class, BulkRequest.SessionItem.class, BulkRequest.WellnessItem.class})
    void everyLoggedNumberOfARequestNamesItsRange(Class<?> request) {
        List<String> unlimited = Arrays.stream(request.getRecordComponents())
                .filter(c -> NUMBERS.contains(c.getType()) && !c.getName().endsWith("Id"))
                .filter(c -> !c.isAnnotationPresent(Limited.class))
                .map(RecordComponent::getName).toList();
        assertThat(unlimited).as("numeric fields of " + request.getSimpleName() + " without @Limited").isEmpty();
    }

    @Test
    void viewsAndBulkItemsShowTheLimitsOfTheirRequest() {
        Map<Class<?>, Class<?>> shownAs = Map.of(SessionView.class, SessionRequest.class,
                BulkRequest.SessionItem.class, SessionRequest.class, WellnessView.class, WellnessRequest.class,
                BulkRequest.WellnessItem.class, WellnessRequest.class, AthleteView.class, AthleteRequest.class,
                PlannedSessionView.class, PlannedSessionRequest.class);
        shownAs.forEach((view, request) -> {
            Map<String, RecordComponent> asked = Arrays.stream(request.getRecordComponents())
                    .collect(Collectors.toMap(RecordComponent::getName, c -> c));
            for (RecordComponent shown : view.getRecordComponents()) {
                RecordComponent same = asked.get(shown.getName());
                if (same != null) {
                    String field = view.getSimpleName() + "." + shown.getName();
                    assertThat(shown.getAnnotation(Limited.class)).as(field).isEqualTo(same.getAnnotation(Limited.class));
                    assertThat(shown.getAnnotation(MaxText.class)).as(field).isEqualTo(same.getAnnotation(MaxText.class));
                }
            }
        });
    }

    @Test
    void everyRecordThatNamesALimitIsReadForTheDocument() {
        Set<Class<?>> limited = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.loadwise").stream()
                .map(JavaClass::reflect)
                .filter(Class::isRecord)
                .filter(record -> Arrays.stream(record.getRecordComponents())
                        .anyMatch(c -> c.isAnnotationPresent(Limited.class) || c.isAnnotationPresent(MaxText.class)))
                .collect(Collectors.toSet());
        assertThat(limited).containsExactlyInAnyOrderElementsOf(ApiSchemas.LIMITED);
    }

    @Test
    void theDocumentShowsTheRangeAndDescriptionTheFieldNames() {
        Map<String, Schema> schemas = Map.of("SessionRequest",
                schema(Map.of("rpe", schema(Map.of()), "movingMinutes", schema(Map.of()), "notes", schema(Map.of()))));
        ApiSchemas.limits(schemas, SessionRequest.class);

        Limited rpe = Arrays.stream(SessionRequest.class.getRecordComponents()).filter(c -> c.getName().equals("rpe"))
                .findFirst().orElseThrow().getAnnotation(Limited.class);
        Schema property = schemas.get("SessionRequest").getProperties().get("rpe");
        assertThat(property.getMinimum()).isEqualTo(BigDecimal.valueOf((long) rpe.value().min()));
        assertThat(property.getMaximum()).isEqualTo(BigDecimal.valueOf((long) rpe.value().max()));
        assertThat(property.getExclusiveMinimum()).isNull();
        assertThat(property.getDescription()).isEqualTo(rpe.description()).isEqualTo("Borg CR-10 rating of perceived exertion");
        assertThat(schemas.get("SessionRequest").getProperties().get("movingMinutes").getDescription())
                .as("no description named, none written").isNull();
        assertThat(schemas.get("SessionRequest").getProperties().get("notes").getMaxLength())
                .isEqualTo(SessionDetails.MAX_NOTES_LENGTH);
    }

    @Test
    void aRangeThatLeavesOutItsLowestValueIsAnExclusiveMinimum() {
        Map<String, Schema> schemas = Map.of("WellnessRequest", schema(Map.of("hrvMs", schema(Map.of()))));
        ApiSchemas.limits(schemas, WellnessRequest.class);

        Schema hrv = schemas.get("WellnessRequest").getProperties().get("hrvMs");
        assertThat(hrv.getMinimum()).isEqualTo(BigDecimal.ZERO);
        assertThat(hrv.getMaximum()).isEqualTo(BigDecimal.valueOf((long) InputLimits.HRV_MS.max()));
        assertThat(hrv.getExclusiveMinimum()).isTrue();
        assertThat(hrv.getDescription()).isEqualTo("rMSSD, ms");
    }

    /** A schema model that only holds what is set on it (the OpenAPI implementation lives in the server). */
    private static Schema schema(Map<String, Schema> properties) {
        Map<String, Object> values = new HashMap<>();
        values.put("properties", new LinkedHashMap<>(properties));
        return (Schema) Proxy.newProxyInstance(Schema.class.getClassLoader(), new Class<?>[] {Schema.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    switch (name) {
                        case "toString":
                            return values.toString();
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "equals":
                            return proxy == args[0];
                        default:
                            break;
                    }
                    if (args == null && name.startsWith("get")) {
                        return values.get(Character.toLowerCase(name.charAt(3)) + name.substring(4));
                    }
                    if (args != null && args.length == 1 && Stream.of("set", "get", "add", "remove").noneMatch(name::startsWith)) {
                        values.put(name, args[0]);
                        return proxy;
                    }
                    throw new UnsupportedOperationException(name);
                });
    }
}
