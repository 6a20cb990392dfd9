package app.loadwise.server.openapi;

import static org.eclipse.microprofile.openapi.OASFactory.createSchema;

import app.loadwise.domain.access.KeyScope;
import app.loadwise.domain.access.Role;
import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.athlete.Sex;
import app.loadwise.domain.common.InputLimits;
import app.loadwise.domain.common.Limited;
import app.loadwise.domain.common.MaxText;
import app.loadwise.domain.health.BodyLocation;
import app.loadwise.domain.health.HealthEventKind;
import app.loadwise.domain.health.HealthSeverity;
import app.loadwise.domain.plan.PlanComparison;
import app.loadwise.domain.recovery.ScoreStatus;
import app.loadwise.domain.training.SessionType;
import app.loadwise.recovery.AcknowledgmentRequest;
import app.loadwise.recovery.HealthEventRequest;
import app.loadwise.recovery.ScoringRunRequest;
import app.loadwise.reporting.RecipientRequest;
import app.loadwise.reporting.SendRequest;
import app.loadwise.traininglog.AthleteRequest;
import app.loadwise.traininglog.AthleteView;
import app.loadwise.traininglog.ClubRequest;
import app.loadwise.traininglog.SessionRequest;
import app.loadwise.traininglog.SessionView;
import app.loadwise.traininglog.WellnessRequest;
import app.loadwise.traininglog.WellnessView;
import app.loadwise.traininglog.importing.BulkRequest;
import app.loadwise.traininglog.importing.ImportView;
import app.loadwise.traininglog.importing.MappingRequest;
import app.loadwise.traininglog.importing.ReviewDecision;
import app.loadwise.traininglog.plan.PlanWeekRequest;
import app.loadwise.traininglog.plan.PlannedSessionRequest;
import app.loadwise.traininglog.plan.PlannedSessionView;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Completes the schemas the scanner made from the resources' records: dates, times and instants as strings,
 * {@code long}s as 64-bit integers, the Bean Validation constraints of the request records (the scanner's own
 * reading of them is switched off, see microprofile-config.properties), the vocabularies and ranges the domain
 * checks, and the schemas the scanner cannot see (problems, typed pages, generic answers).
 */
final class ApiSchemas {

    static final String REF = "#/components/schemas/";

    /** Request records whose Bean Validation constraints become schema constraints. */
    private static final List<Class<? extends Record>> VALIDATED = List.of(ClubRequest.class, AthleteRequest.class,
            SessionRequest.class, WellnessRequest.class, MappingRequest.class, ReviewDecision.class, HealthEventRequest.class,
            AcknowledgmentRequest.class, ScoringRunRequest.class, RecipientRequest.class, SendRequest.class, PlanWeekRequest.class);

    /** Records whose components name their range or length: the requests, views and bulk items of the logged values. */
    static final List<Class<? extends Record>> LIMITED = List.of(SessionRequest.class, SessionView.class,
            BulkRequest.SessionItem.class, WellnessRequest.class, WellnessView.class, BulkRequest.WellnessItem.class,
            AthleteRequest.class, AthleteView.class, PlannedSessionRequest.class, PlannedSessionView.class,
            HealthEventRequest.class);

    private static final Set<String> DATES = Set.of("date", "startedOn", "endedOn", "from", "to", "monday", "sunday",
            "plannedFrom", "today");
    private static final Set<String> MAPS = Set.of("columns", "parameters");
    /** Enums that JSON-B writes as their codes (an adapter on the enum): strings, not schemas of constant names. */
    private static final List<Class<? extends Enum<?>>> WRITTEN_AS_CODES = List.of(ScoreStatus.class, ImportView.Status.class);
    /** Properties held as {@code long} that are not named like ids. */
    private static final Set<String> LONGS = Set.of("id", "version", "club", "removed", "sameFileCommittedAs", "importedAs",
            "sizeBytes", "total", "valid", "invalid", "ignored", "duplicates", "review", "imported", "done", "green", "amber",
            "red", "evaluated", "followedByInjury", "followedByIllness", "duringHealthEvent", "pending", "recorded",
            "precededByRedFinding", "notPrecededByRedFinding", "withoutScoredWeek", "read", "written", "skipped", "issueCount");

    private ApiSchemas() {
    }

    static void complete(Components components) {
        Map<String, Schema> schemas = components.getSchemas() == null ? Map.of() : components.getSchemas();
        for (Class<? extends Enum<?>> type : WRITTEN_AS_CODES) {
            if (schemas.containsKey(type.getSimpleName())) {
                components.removeSchema(type.getSimpleName());
                schemas.values().forEach(schema -> asString(schema, REF + type.getSimpleName(), 0));
            }
        }
        schemas.values().forEach(schema -> fixTypes(schema, 0));
        addMissing(components);
        addAnswerRecords(components);
        for (Class<? extends Record> record : VALIDATED) {
            Schema schema = components.getSchemas().get(record.getSimpleName());
            if (schema != null) {
                constrain(schema, record);
            }
        }
        LIMITED.forEach(record -> limits(components.getSchemas(), record));
        domainRules(components.getSchemas());
    }

    /** The page schema of an item schema: {@code ClubView} is listed in a {@code ClubPage}. */
    static String pageOf(String itemSchema) {
        return itemSchema.replaceAll("View$", "") + "Page";
    }

    static Schema page(String itemSchema) {
        return createSchema().type(SchemaType.OBJECT)
                .description("One page of " + itemSchema + " in a stable order, with the total over all pages.")
                .addProperty("items", createSchema().type(SchemaType.ARRAY).items(ref(itemSchema)))
                .addProperty("page", createSchema().type(SchemaType.INTEGER).format("int32").minimum(BigDecimal.ZERO)
                        .description("zero-based page number").example(0))
                .addProperty("size", createSchema().type(SchemaType.INTEGER).format("int32").minimum(BigDecimal.ONE)
                        .maximum(BigDecimal.valueOf(500)).description("page size").example(50))
                .addProperty("total", createSchema().type(SchemaType.INTEGER).format("int64").minimum(BigDecimal.ZERO)
                        .description("items on all pages").example(123))
                .required(List.of("items", "page", "size", "total"));
    }

    static Schema ref(String schema) {
        return createSchema().ref(REF + schema);
    }

    private static void fixTypes(Schema schema, int depth) {
        if (schema == null || depth > 20 || schema.getProperties() == null) {
            return;
        }
        schema.getProperties().forEach((name, property) -> {
            fixProperty(name, property);
            fixTypes(property, depth + 1);
            fixTypes(property.getItems(), depth + 1);
        });
    }

    /** Every property of the schema, at any depth, that refers to {@code ref} becomes a plain string. */
    private static void asString(Schema schema, String ref, int depth) {
        if (schema == null || depth > 20 || schema.getProperties() == null) {
            return;
        }
        List<String> referring = schema.getProperties().entrySet().stream()
                .filter(e -> ref.equals(e.getValue().getRef())).map(Map.Entry::getKey).toList();
        referring.forEach(name -> schema.addProperty(name, createSchema().type(SchemaType.STRING)));
        schema.getProperties().values().forEach(property -> {
            asString(property, ref, depth + 1);
            asString(property.getItems(), ref, depth + 1);
        });
    }

    private static void fixProperty(String name, Schema property) {
        if (property.getRef() != null) {
            return;
        }
        boolean bareObject = property.getType() == SchemaType.OBJECT
                && (property.getProperties() == null || property.getProperties().isEmpty())
                && property.getAdditionalPropertiesSchema() == null;
        if (bareObject && DATES.contains(name)) {
            property.type(SchemaType.STRING).format("date").example("2026-11-23");
        } else if (bareObject && (name.endsWith("At") || name.equals("at") || name.equals("asOf"))) {
            property.type(SchemaType.STRING).format("date-time").example("2026-11-23T06:00:00Z");
        } else if (bareObject && name.equals("startTime")) {
            property.type(SchemaType.STRING).pattern("^\\d{2}:\\d{2}(:\\d{2})?$").description("local time, HH:mm")
                    .example("07:30");
        } else if (bareObject && MAPS.contains(name)) {
            property.additionalPropertiesSchema(createSchema().type(SchemaType.STRING));
        } else if (property.getType() == SchemaType.NUMBER && property.getFormat() == null
                && (LONGS.contains(name) || name.endsWith("Id"))) {
            property.type(SchemaType.INTEGER).format("int64");
        }
        if (property.getType() == SchemaType.STRING && "week".equals(name) && property.getPattern() == null) {
            property.pattern("^\\d{4}-W\\d{2}$").example("2026-W47");
        }
    }

    private static void addMissing(Components components) {
        Schema fieldError = createSchema().type(SchemaType.OBJECT)
                .description("One input error: the field or parameter at fault; for a row of an uploaded file also the "
                        + "sheet, row, column, value and how to fix it.")
                .addProperty("field", string("the field, parameter or header at fault").example("rpe"))
                .addProperty("message", string("what is wrong").example("RPE must be between 0 and 10 (CR-10 scale)"))
                .addProperty("sheet", string("sheet of the uploaded file"))
                .addProperty("row", createSchema().type(SchemaType.INTEGER).format("int32").description("row number as the user sees it"))
                .addProperty("column", string("column header"))
                .addProperty("value", string("the value found"))
                .addProperty("fix", string("how to fix it"))
                .required(List.of("message"));
        components.addSchema("FieldError", fieldError);
        components.addSchema("Problem", createSchema().type(SchemaType.OBJECT)
                .description("An RFC 9457 problem detail, the body of every error answer (application/problem+json).")
                .addProperty("type", string("a URI naming the kind of problem; about:blank when the status says it all")
                        .example("about:blank"))
                .addProperty("title", string("short summary of the kind of problem").example("Invalid input"))
                .addProperty("status", createSchema().type(SchemaType.INTEGER).format("int32").minimum(BigDecimal.valueOf(400))
                        .maximum(BigDecimal.valueOf(599)).example(400))
                .addProperty("detail", string("what went wrong with this request"))
                .addProperty("errors", createSchema().type(SchemaType.ARRAY).items(ref("FieldError"))
                        .description("each field or row at fault (input errors only)"))
                .required(List.of("type", "title", "status")));
        components.addSchema("RowProblem", createSchema().type(SchemaType.OBJECT)
                .description("A row of an uploaded file that cannot be imported, and how to fix it.")
                .addProperty("sheet", string("sheet name").example("Sessions"))
                .addProperty("row", createSchema().type(SchemaType.INTEGER).format("int32").example(12))
                .addProperty("column", string("column header").example("RPE"))
                .addProperty("columnRef", string("where the column is: its letter in a workbook, its position (from 1) in a CSV file")
                        .example("D"))
                .addProperty("value", string("the value found").example("11"))
                .addProperty("problem", string("what is wrong").example("RPE must be between 0 and 10 (CR-10 scale)"))
                .addProperty("fix", string("how to fix it").example("use the CR-10 scale: 0 (rest) to 10 (maximal)")));
        components.addSchema("AuditView", createSchema().type(SchemaType.OBJECT)
                .description("One audit log entry: a change made through the API, or a refusal.")
                .addProperty("id", createSchema().type(SchemaType.INTEGER).format("int64"))
                .addProperty("at", createSchema().type(SchemaType.STRING).format("date-time"))
                .addProperty("actor", string("username, or key:<prefix> for an API key").example("anna"))
                .addProperty("actorKind", string("user or api-key").example("user"))
                .addProperty("clubId", createSchema().type(SchemaType.INTEGER).format("int64"))
                .addProperty("action", string("method and endpoint").example("POST /clubs/{clubId}/api-keys"))
                .addProperty("target", string("what was changed").example("/api-keys/50"))
                .addProperty("status", createSchema().type(SchemaType.INTEGER).format("int32").example(201))
                .addProperty("detail", string("more about the change or refusal")));
        components.addSchema("IssuedApiKey", createSchema().type(SchemaType.OBJECT)
                .description("A newly issued API key. The token is shown only in this answer; only its hash is kept.")
                .addProperty("key", ref("ApiKeyView"))
                .addProperty("token", string("send as Authorization: Bearer <token>").example("lw_ah849q2xt8ah_hyPi2aFxpoI37hS5gOp-0QDW6OvbfWqr3ld2vTUKQ1E"))
                .required(List.of("key", "token")));
        components.addSchema("RunStarted", createSchema().type(SchemaType.OBJECT)
                .description("A batch run that was started, stopped or restarted; follow it at its Location.")
                .addProperty("executionId", createSchema().type(SchemaType.INTEGER).format("int64").example(101))
                .addProperty("status", string("STOPPING when a stop was asked for"))
                .required(List.of("executionId")));
        components.addSchema("ReportRunRequest", createSchema().type(SchemaType.OBJECT)
                .description("Start the weekly report run as if it were this instant (default: now).")
                .addProperty("at", createSchema().type(SchemaType.STRING).format("date-time").example("2026-11-23T06:00:00Z")));
        components.addSchema("ImportUpload", createSchema().type(SchemaType.OBJECT)
                .description("A spreadsheet to import (.xlsx or .csv), sent as multipart/form-data.")
                .addProperty("file", createSchema().type(SchemaType.STRING).format("binary")
                        .description("the workbook or CSV file; its file name is kept"))
                .addProperty("athleteId", createSchema().type(SchemaType.INTEGER).format("int64")
                        .description("the athlete all rows belong to, for a file without a member column"))
                .addProperty("createAthletes", createSchema().type(SchemaType.BOOLEAN)
                        .description("enrol athletes whose member id is not known yet").defaultValue(false))
                .required(List.of("file")));
        components.addSchema("PlanUpload", createSchema().type(SchemaType.OBJECT)
                .description("A plan (.xlsx with a sheet named Plan, or .csv) of planned sessions, one row each, sent as "
                        + "multipart/form-data.")
                .addProperty("file", createSchema().type(SchemaType.STRING).format("binary")
                        .description("the workbook or CSV file with Member ID (or Name), Date, Type, Planned (min), Intended RPE"
                                + " (0-10) and optionally Distance (km) and Note columns"))
                .required(List.of("file")));
        components.addSchema("RosterUpload", createSchema().type(SchemaType.OBJECT)
                .description("A roster (.xlsx or .csv) of athletes, one row each, sent as multipart/form-data.")
                .addProperty("file", createSchema().type(SchemaType.STRING).format("binary")
                        .description("the workbook or CSV file with a Member ID column and any of Name, Sex, Birth year,"
                                + " Level, Max HR, Resting HR, Time zone"))
                .required(List.of("file")));
    }

    /**
     * Answer records the scanner cannot see because their resources answer a {@code Response}, named by class so a
     * record that is not there (yet) is simply left out.
     */
    private static final List<String> ANSWER_RECORDS = List.of("app.loadwise.traininglog.importing.BulkResult",
            "app.loadwise.webhooks.WebhookViews$CreatedWebhook", "app.loadwise.access.rest.SessionResource$BrowserSessionView",
            "app.loadwise.checkin.CheckInViews$IssuedCheckInLink", "app.loadwise.checkin.CheckInViews$CheckInPage",
            "app.loadwise.checkin.CheckInReminderMail$CheckInUnsubscribed");

    private static void addAnswerRecords(Components components) {
        for (String name : ANSWER_RECORDS) {
            try {
                Class<?> type = Class.forName(name, false, ApiSchemas.class.getClassLoader());
                if (type.isRecord()) {
                    describe(components, type, 0);
                }
            } catch (ClassNotFoundException | LinkageError absent) {
                // not part of this build
            }
        }
    }

    /** The schema of a record, by its simple name, with the records it holds; an existing schema is kept. */
    static Schema describe(Components components, Class<?> record, int depth) {
        String name = record.getSimpleName();
        if (components.getSchemas() != null && components.getSchemas().containsKey(name)) {
            return ref(name);
        }
        Schema schema = createSchema().type(SchemaType.OBJECT);
        components.addSchema(name, schema);
        for (RecordComponent component : record.getRecordComponents()) {
            Schema property = schemaOf(components, component.getType(), component.getGenericType(), depth);
            schema.addProperty(component.getName(), property);
            fixProperty(component.getName(), property);
        }
        return ref(name);
    }

    private static Schema schemaOf(Components components, Class<?> type, Type generic, int depth) {
        if (type == String.class || type.isEnum()) {
            return createSchema().type(SchemaType.STRING);
        }
        if (type == boolean.class || type == Boolean.class) {
            return createSchema().type(SchemaType.BOOLEAN);
        }
        if (type == int.class || type == Integer.class) {
            return createSchema().type(SchemaType.INTEGER).format("int32");
        }
        if (type == long.class || type == Long.class) {
            return createSchema().type(SchemaType.INTEGER).format("int64");
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return createSchema().type(SchemaType.NUMBER);
        }
        if (type == LocalDate.class) {
            return createSchema().type(SchemaType.STRING).format("date");
        }
        if (type == Instant.class) {
            return createSchema().type(SchemaType.STRING).format("date-time");
        }
        if (List.class.isAssignableFrom(type) && generic instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> item) {
            return createSchema().type(SchemaType.ARRAY).items(schemaOf(components, item, item, depth + 1));
        }
        if (type.isRecord() && depth < 5) {
            return describe(components, type, depth + 1);
        }
        return createSchema().type(SchemaType.OBJECT);
    }

    private static Schema string(String description) {
        return createSchema().type(SchemaType.STRING).description(description);
    }

    /** Required fields, lengths, ranges and patterns from the record's Bean Validation annotations. */
    static void constrain(Schema schema, Class<? extends Record> record) {
        if (schema.getProperties() == null) {
            return;
        }
        for (RecordComponent component : record.getRecordComponents()) {
            Schema property = schema.getProperties().get(component.getName());
            Field field;
            try {
                field = record.getDeclaredField(component.getName());
            } catch (NoSuchFieldException e) {
                continue;
            }
            if (property == null) {
                continue;
            }
            if (field.isAnnotationPresent(NotNull.class) || field.isAnnotationPresent(NotBlank.class)
                    || field.isAnnotationPresent(NotEmpty.class)) {
                addRequired(schema, component.getName());
            }
            boolean many = property.getType() == SchemaType.ARRAY;
            boolean map = property.getType() == SchemaType.OBJECT;
            if (field.isAnnotationPresent(NotBlank.class)) {
                property.minLength(1);
            }
            if (field.isAnnotationPresent(NotEmpty.class)) {
                if (many) {
                    property.minItems(1);
                } else if (map) {
                    property.minProperties(1);
                } else {
                    property.minLength(1);
                }
            }
            Size size = field.getAnnotation(Size.class);
            if (size != null) {
                if (many) {
                    property.maxItems(size.max());
                    if (size.min() > 0) {
                        property.minItems(size.min());
                    }
                } else {
                    property.maxLength(size.max());
                    if (size.min() > 0) {
                        property.minLength(size.min());
                    }
                }
            }
            Min min = field.getAnnotation(Min.class);
            if (min != null) {
                property.minimum(BigDecimal.valueOf(min.value()));
            }
            Max max = field.getAnnotation(Max.class);
            if (max != null) {
                property.maximum(BigDecimal.valueOf(max.value()));
            }
            Pattern pattern = field.getAnnotation(Pattern.class);
            if (pattern != null && !pattern.regexp().startsWith("(?")) {
                property.pattern("^(?:" + pattern.regexp() + ")$");
            }
        }
    }

    private static void addRequired(Schema schema, String name) {
        if (schema.getRequired() == null || !schema.getRequired().contains(name)) {
            schema.addRequired(name);
        }
    }

    /**
     * The range, description and most characters each component of the record names ({@link Limited},
     * {@link MaxText}), on the properties of the schema of the record's simple name.
     */
    static void limits(Map<String, Schema> schemas, Class<? extends Record> record) {
        Schema schema = schemas.get(record.getSimpleName());
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        for (RecordComponent component : record.getRecordComponents()) {
            Schema property = schema.getProperties().get(component.getName());
            if (property == null) {
                continue;
            }
            Limited limited = component.getAnnotation(Limited.class);
            if (limited != null) {
                InputLimits range = limited.value();
                property.minimum(number(range.min())).maximum(number(range.max()));
                if (!range.minIncluded()) {
                    property.exclusiveMinimum(true);
                }
                if (!limited.description().isEmpty() && property.getDescription() == null) {
                    property.description(limited.description());
                }
            }
            MaxText text = component.getAnnotation(MaxText.class);
            if (text != null) {
                property.maxLength(text.value());
            }
        }
    }

    private static BigDecimal number(double value) {
        return value == Math.rint(value) ? BigDecimal.valueOf((long) value) : BigDecimal.valueOf(value);
    }

    /** Vocabularies and other rules the domain checks (the API answers 400 outside them). */
    private static void domainRules(Map<String, Schema> schemas) {
        Rules rules = new Rules(schemas);
        rules.oneOf(codes(SessionType.values(), SessionType::code), "SessionRequest.type", "SessionView.type", "SessionPreview.type",
                "SessionItem.type");
        rules.oneOf(codes(ExperienceLevel.values(), ExperienceLevel::code), "AthleteRequest.level", "AthleteView.level",
                "AthleteWeekScore.level");
        rules.oneOf(codes(Sex.values(), Sex::code), "AthleteRequest.sex", "AthleteView.sex");
        rules.oneOf(codes(HealthEventKind.values(), HealthEventKind::code), "HealthEventRequest.kind", "HealthEventView.kind");
        rules.oneOf(codes(BodyLocation.values(), BodyLocation::code), "HealthEventRequest.bodyLocation",
                "HealthEventView.bodyLocation");
        rules.oneOf(codes(HealthSeverity.values(), HealthSeverity::code), "HealthEventRequest.severity",
                "HealthEventView.severity");
        rules.oneOf(codes(DayOfWeek.values(), DayOfWeek::name), "ClubRequest.firstDayOfWeek", "ClubView.firstDayOfWeek");
        rules.oneOf(codes(Role.values(), Role::apiName), "MeView.role");
        rules.oneOf(Stream.of(Role.PLATFORM_ADMIN, Role.CLUB_ADMIN, Role.COACH).map(Role::apiName).toList(),
                "NewUser.role", "UserChange.role", "UserView.role");
        rules.oneOf(codes(KeyScope.values(), KeyScope::apiName), "NewApiKey.scope", "ApiKeyView.scope", "MeView.scope");
        rules.oneOf(codes(ScoreStatus.values(), ScoreStatus::code), "AthleteWeekScore.status");
        rules.oneOf(List.of("import", "dismiss"), "ReviewDecision.decision");

        rules.oneOf(codes(SessionType.values(), SessionType::code), "PlannedSessionRequest.type", "PlannedSessionView.type",
                "PlannedLoad.type");
        rules.oneOf(Stream.of(PlanComparison.Outcome.values()).map(PlanComparison.Outcome::code).toList(), "ComparedSession.outcome");
        for (String schema : List.of("AthleteRequest", "AthleteView")) {
            rules.describe(schema + ".timeZone", "IANA time zone of the athlete's days; default: the club's");
        }
        rules.describe("ClubRequest.timeZone", "IANA time zone of the club's days, e.g. Europe/Berlin");
        rules.describe("ClubRequest.locale", "BCP 47 language tag, e.g. en-GB");
        rules.require("NewUser", "username", "password");
        rules.minLength("NewUser.password", 12);
        rules.maxLength("NewUser.displayName", 200);
        rules.maxLength("UserChange.displayName", 200);
        rules.require("PasswordChange", "newPassword");
        rules.minLength("PasswordChange.newPassword", 12);
        rules.require("NewApiKey", "name", "scope");
        rules.format("RecipientRequest.email", "email");
        rules.range("AthleteWeekScore.score", 0, 100, null);
    }

    private static <E> List<String> codes(E[] values, Function<E, String> code) {
        return Arrays.stream(values).map(code).collect(Collectors.toList());
    }

    /** Schema rules addressed as "Schema.property"; a schema or property that is not there is left alone. */
    private record Rules(Map<String, Schema> schemas) {

        Schema property(String address) {
            String[] parts = address.split("\\.");
            Schema schema = schemas.get(parts[0]);
            return schema == null || schema.getProperties() == null ? null : schema.getProperties().get(parts[1]);
        }

        void oneOf(List<String> values, String... addresses) {
            for (String address : addresses) {
                Schema property = property(address);
                if (property != null && property.getType() == SchemaType.STRING) {
                    property.enumeration(new ArrayList<>(values));
                }
            }
        }

        void range(String address, int min, int max, String description) {
            Schema property = property(address);
            if (property != null) {
                property.minimum(BigDecimal.valueOf(min)).maximum(BigDecimal.valueOf(max));
                describe(address, description);
            }
        }

        void describe(String address, String description) {
            Schema property = property(address);
            if (property != null && description != null && property.getDescription() == null) {
                property.description(description);
            }
        }

        void maxLength(String address, int max) {
            Schema property = property(address);
            if (property != null) {
                property.maxLength(max);
            }
        }

        void minLength(String address, int min) {
            Schema property = property(address);
            if (property != null) {
                property.minLength(min);
            }
        }

        void format(String address, String format) {
            Schema property = property(address);
            if (property != null) {
                property.format(format);
            }
        }

        void require(String schemaName, String... names) {
            Schema schema = schemas.get(schemaName);
            if (schema != null) {
                for (String name : names) {
                    addRequired(schema, name);
                }
            }
        }
    }

    /** A record (or list, enum, value) as plain maps and lists, for an example. */
    static Object plain(Object value) {
        if (value instanceof Record record) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    Object v = component.getAccessor().invoke(record);
                    if (v != null) {
                        map.put(component.getName(), plain(v));
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return map;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ApiSchemas::plain).toList();
        }
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT);
        }
        if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return null;
        }
        return value;
    }
}
