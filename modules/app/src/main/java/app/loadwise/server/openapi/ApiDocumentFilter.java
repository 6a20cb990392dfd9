package app.loadwise.server.openapi;

import static app.loadwise.server.openapi.ApiExamples.map;
import static org.eclipse.microprofile.openapi.OASFactory.createAPIResponse;
import static org.eclipse.microprofile.openapi.OASFactory.createComponents;
import static org.eclipse.microprofile.openapi.OASFactory.createContact;
import static org.eclipse.microprofile.openapi.OASFactory.createContent;
import static org.eclipse.microprofile.openapi.OASFactory.createHeader;
import static org.eclipse.microprofile.openapi.OASFactory.createInfo;
import static org.eclipse.microprofile.openapi.OASFactory.createLicense;
import static org.eclipse.microprofile.openapi.OASFactory.createMediaType;
import static org.eclipse.microprofile.openapi.OASFactory.createParameter;
import static org.eclipse.microprofile.openapi.OASFactory.createRequestBody;
import static org.eclipse.microprofile.openapi.OASFactory.createSchema;
import static org.eclipse.microprofile.openapi.OASFactory.createSecurityRequirement;
import static org.eclipse.microprofile.openapi.OASFactory.createSecurityScheme;
import static org.eclipse.microprofile.openapi.OASFactory.createServer;
import static org.eclipse.microprofile.openapi.OASFactory.createTag;

import app.loadwise.access.ApiAuthentication;
import app.loadwise.access.EndpointPolicy;
import app.loadwise.access.Permission;
import app.loadwise.server.openapi.ApiOperations.Answer;
import app.loadwise.server.openapi.ApiOperations.Doc;
import app.loadwise.server.openapi.ApiOperations.Shape;
import app.loadwise.server.problem.Problem;
import app.loadwise.domain.access.Caller;
import app.loadwise.domain.access.KeyScope;
import app.loadwise.domain.access.Role;
import app.loadwise.domain.recovery.ScoreStatus;
import app.loadwise.recovery.AthleteTimelines;
import app.loadwise.recovery.ScoreQueries;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter.In;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the scanned OpenAPI document (registered as {@code mp.openapi.filter}): security schemes, operation
 * names, summaries and tags from {@link ApiOperations}, who may call each operation from {@link EndpointPolicy},
 * success answers with typed schemas, the standard problem answers, conditional reads, Idempotency-Key, schema
 * constraints and examples. The resources themselves carry no OpenAPI annotations.
 */
public class ApiDocumentFilter implements OASFilter {

    static final String API_ROOT = "/api/v1";
    static final String JSON = "application/json";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        info(api);
        api.servers(List.of(createServer().url("/").description("This Loadwise instance; every path starts with " + API_ROOT)));
        if (api.getComponents() == null) {
            api.components(createComponents());
        }
        Components components = api.getComponents();
        if (components.getSchemas() == null) {
            components.schemas(new LinkedHashMap<>());
        }
        ApiSchemas.complete(components);
        security(api, components);
        standardParts(components);
        api.tags(new ArrayList<>());
        ApiOperations.tags().forEach((name, description) -> api.addTag(createTag().name(name).description(description)));
        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            api.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                    .forEach((method, operation) -> operation(components, method, path, operation)));
        }
        dropUnused(api, components, "Page");
        dropVendorEndpointList(api);
    }

    private static void info(OpenAPI api) {
        if (api.getInfo() == null) {
            api.info(createInfo().title("Loadwise API").version("1"));
        }
        api.getInfo()
                .description("Training load and recovery for running clubs: clubs, athletes, sessions, wellness, spreadsheet "
                        + "imports, weekly recovery-balance scores and reports. Every request needs HTTP Basic (users) or "
                        + "`Authorization: Bearer lw_...` (a club's API key). Errors are `application/problem+json` "
                        + "(RFC 9457). Conventions and curl examples: docs/api.md.")
                .contact(createContact().name("Loadwise").url("https://loadwise.app/"))
                .license(createLicense().name("Proprietary").url("https://loadwise.app/terms"));
    }

    private static void security(OpenAPI api, Components components) {
        components.addSecurityScheme("basicAuth", createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("A user: platform admin, club admin or coach (`curl -u user:password`)."));
        components.addSecurityScheme("apiKey", createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("lw_<prefix>_<secret>")
                .description("A club's integration API key, `read` or `read-write`, sent as `Authorization: Bearer lw_...`; "
                        + "rate limited per key."));
        components.addSecurityScheme("browserSession", createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.COOKIE).name("loadwise_session")
                .description("The web app's session cookie from `POST /session`; requests that change anything also send "
                        + "the session's CSRF token in `X-CSRF-Token`."));
        api.security(List.of(createSecurityRequirement().addScheme("basicAuth"),
                createSecurityRequirement().addScheme("apiKey"), createSecurityRequirement().addScheme("browserSession")));
    }

    /** Shared problem answers, headers and parameters, referenced by every operation. */
    private static void standardParts(Components components) {
        problem(components, "BadRequest", 400, "The input is invalid: a field, parameter, header or file row is named in errors.",
                new Problem("about:blank", "Invalid input", 400, "The request has invalid fields.",
                        List.of(new Problem.FieldError("rpe", "RPE must be between 0 and 10 (CR-10 scale)"))));
        problem(components, "Unauthorized", 401, "No valid credentials: sign in with HTTP Basic or send an API key as Bearer token.",
                Problem.of(401, "Invalid credentials",
                        "The API key is unknown or revoked, or the username and password do not match an active user."));
        components.getResponses().get("Unauthorized").addHeader("WWW-Authenticate", createHeader()
                .description("the accepted schemes: Basic and Bearer").schema(createSchema().type(SchemaType.STRING))
                .example(ApiAuthentication.CHALLENGE));
        problem(components, "Forbidden", 403, "The caller's role or key scope lacks the permission this operation needs.",
                Problem.of(403, "Forbidden", "A read API key may not POST /athletes/{athleteId}/sessions; it needs write access "
                        + "to the training log (coach, club admin or a read-write API key)."));
        problem(components, "NotFound", 404, "No such record, or it belongs to another club (the two are not told apart).",
                Problem.of(404, "Not found", "athlete 150 does not exist"));
        problem(components, "Conflict", 409, "The change clashes with the current state, or a request with the same "
                + "Idempotency-Key is still being processed.",
                Problem.of(409, "Conflict", "The first request with this Idempotency-Key is still being processed; retry it in a moment."));
        problem(components, "IdempotencyKeyReused", 422, "The Idempotency-Key was used before for a different request.",
                new Problem("about:blank", "Idempotency-Key reused", 422, "This Idempotency-Key was used for a different request "
                        + "(POST /athletes/150/sessions); use a new key for a new request.",
                        List.of(new Problem.FieldError("Idempotency-Key", "used before for a different request"))));
        problem(components, "PayloadTooLarge", 413, "The request body is larger than the limit (JSON 10 MiB by default, "
                + "uploads LOADWISE_IMPORT_MAX_BYTES).",
                Problem.of(413, "Request Entity Too Large", "The request body is larger than the limit of 10485760 bytes "
                        + "(LOADWISE_API_MAX_BODY_BYTES); split a bulk request into smaller ones."));
        problem(components, "UnsupportedMediaType", 415, "The body's Content-Type is not one this operation accepts.",
                Problem.of(415, "Unsupported Media Type", "Unsupported media type; send application/json."));
        problem(components, "TooManyRequests", 429, "The API key sent more requests than its rate limit allows.",
                Problem.of(429, "Too many requests", "This caller may send 600 requests a minute; retry in 3 s."));
        components.getResponses().get("TooManyRequests")
                .addHeader("Retry-After", createHeader().description("seconds to wait before retrying")
                        .schema(createSchema().type(SchemaType.INTEGER).format("int32")).example(3))
                .addHeader("RateLimit-Limit", createHeader().description("requests a minute allowed for this key")
                        .schema(createSchema().type(SchemaType.INTEGER).format("int32")).example(600));
        problem(components, "LinkGone", 410, "The check-in link (or reminder) expired, or the coach revoked or replaced it.",
                Problem.of(410, "Link expired", "This check-in link has expired. Ask your coach for a new one."));
        problem(components, "InternalError", 500, "The request failed on the server; the error has been logged.",
                Problem.of(500, "Internal error", "The request could not be completed; the error has been logged."));
        problem(components, "ServiceUnavailable", 503, "The database cannot be reached just now; retry after Retry-After seconds.",
                Problem.of(503, "Service unavailable", "The database cannot be reached just now; retry shortly."));
        components.addResponse("NotModified", createAPIResponse()
                .description("The representation still has the ETag named in If-None-Match; no body.")
                .addHeader("ETag", createHeader().ref("ETag")));
        components.addHeader("ETag", createHeader().description("Strong validator of this answer; send it back in If-None-Match.")
                .schema(createSchema().type(SchemaType.STRING)).example("\"5f0c6e2ab9d14e7f8a3c1d2e4b6a7980\""));
        components.addHeader("Location", createHeader().description("URL of the created record or started run.")
                .schema(createSchema().type(SchemaType.STRING).format("uri")).example("/api/v1/athletes/150"));
        components.addHeader("IdempotentReplayed", createHeader()
                .description("`true` when this is the kept answer to an earlier request with the same Idempotency-Key.")
                .schema(createSchema().type(SchemaType.STRING).addEnumeration("true")));
        components.addParameter("IfNoneMatch", createParameter().name("If-None-Match").in(In.HEADER)
                .description("ETag of an earlier answer; 304 without a body while it is unchanged.")
                .schema(createSchema().type(SchemaType.STRING)).example("\"5f0c6e2ab9d14e7f8a3c1d2e4b6a7980\""));
        components.addParameter("IdempotencyKey", createParameter().name("Idempotency-Key").in(In.HEADER)
                .description("Any 1-200 visible ASCII characters, e.g. a UUID. The request is carried out once per caller and "
                        + "key; a retry gets the first answer back (with Idempotent-Replayed: true) for 24 hours.")
                .schema(createSchema().type(SchemaType.STRING).minLength(1).maxLength(200).pattern("^[\\x21-\\x7e]+$"))
                .example("3f1c2a9e-8d4b-4c1e-9a57-0b6f2d8e4c11"));
    }

    private static void problem(Components components, String name, int status, String description, Problem example) {
        components.addResponse(name, createAPIResponse().description(description)
                .content(createContent().addMediaType(Problem.MEDIA_TYPE, createMediaType().schema(ApiSchemas.ref("Problem"))
                        .example(problemExample(example)))));
    }

    private static Map<String, Object> problemExample(Problem problem) {
        Map<String, Object> example = map("type", problem.type(), "title", problem.title(), "status", problem.status(),
                "detail", problem.detail());
        if (problem.errors() != null) {
            example.put("errors", problem.errors().stream().map(e -> map("field", e.field(), "message", e.message())).toList());
        }
        return example;
    }

    private static void operation(Components components, PathItem.HttpMethod method, String path, Operation operation) {
        String relative = path.startsWith(API_ROOT) ? path.substring(API_ROOT.length()) : path;
        String endpoint = method.name() + " " + relative;
        Doc doc = ApiOperations.of(endpoint).orElse(null);
        if (doc == null) {
            return;
        }
        operation.operationId(doc.operationId()).summary(doc.summary()).tags(new ArrayList<>(List.of(doc.tag())));
        boolean signIn = "POST /session".equals(endpoint);
        boolean byToken = EndpointPolicy.isTokenEndpoint(endpoint);
        if (signIn || byToken) {
            // an empty requirement: no credentials needed (an empty list would be left out of the document)
            operation.security(new ArrayList<>(List.of(createSecurityRequirement())));
        }
        String who = signIn ? "**Who may call it:** anyone with a username and password; wrong passwords count against the sign-in limit."
                : byToken ? "**Who may call it:** anyone holding the token, with no sign-in; each token may make "
                        + "`LOADWISE_CHECKIN_RATE_LIMIT_PER_MINUTE` requests a minute (429 beyond). An expired or revoked "
                        + "token answers 410, an unknown one 404."
                : "**Who may call it:** " + whoMayCall(EndpointPolicy.of(endpoint).orElse(Permission.PLATFORM)) + ".";
        String described = operation.getDescription();
        operation.description(described == null || described.isBlank() ? who : described.strip() + "\n\n" + who);
        parameters(operation, method, conditional(method, doc.answer()), relative);
        boolean hasBody = requestBody(endpoint, operation);
        responses(components, method, relative, operation, doc.answer(), hasBody);
        if (byToken) {
            // the token is the only credential: a link that stopped working answers 410
            operation.getResponses().addAPIResponse("410", createAPIResponse().ref("LinkGone"));
        }
    }

    /** "platform admins; club admins, coaches and read-write API keys of the club". */
    static String whoMayCall(Permission permission) {
        List<String> club = new ArrayList<>();
        if (permission.grantedTo(new Caller("a", Role.CLUB_ADMIN, 1L, null, 1L, null))) {
            club.add("club admins");
        }
        if (permission.grantedTo(new Caller("c", Role.COACH, 1L, null, 2L, null))) {
            club.add("coaches");
        }
        boolean read = permission.grantedTo(new Caller("k", Role.INTEGRATION, 1L, KeyScope.READ, null, 1L));
        boolean readWrite = permission.grantedTo(new Caller("k", Role.INTEGRATION, 1L, KeyScope.READ_WRITE, null, 2L));
        if (read && readWrite) {
            club.add("API keys (read or read-write)");
        } else if (readWrite) {
            club.add("read-write API keys");
        }
        if (club.isEmpty()) {
            return "platform admins only";
        }
        String joined = club.size() == 1 ? club.get(0)
                : String.join(", ", club.subList(0, club.size() - 1)) + " and " + club.get(club.size() - 1);
        return "platform admins; " + joined + " of the club" + (permission == Permission.AUTHENTICATED
                ? " (the operation itself limits what each may see or change)" : "");
    }

    /** Reads answered with a body held in memory carry an ETag; streamed files do not. */
    private static boolean conditional(PathItem.HttpMethod method, Answer answer) {
        return method == PathItem.HttpMethod.GET && answer.shape() != Shape.FILE;
    }

    private static void parameters(Operation operation, PathItem.HttpMethod method, boolean conditional, String path) {
        List<Parameter> kept = new ArrayList<>();
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if (parameter.getIn() == In.HEADER && "Content-Length".equalsIgnoreCase(parameter.getName())) {
                    continue;
                }
                parameter(parameter, path);
                kept.add(parameter);
            }
        }
        if (conditional) {
            kept.add(createParameter().ref("IfNoneMatch"));
        }
        if (method == PathItem.HttpMethod.POST) {
            kept.add(createParameter().ref("IdempotencyKey"));
        }
        operation.parameters(kept);
    }

    private static void parameter(Parameter parameter, String path) {
        String name = parameter.getName();
        // the audit log is ranged by time, every other list by day
        boolean rangedByTime = path.endsWith("/audit");
        Schema schema = parameter.getSchema() == null ? createSchema() : parameter.getSchema();
        parameter.schema(schema);
        if (parameter.getIn() == In.PATH) {
            parameter.required(true).deprecated(null).allowEmptyValue(null).allowReserved(null);
            if (name.endsWith("Id")) {
                schema.type(SchemaType.INTEGER).format("int64").minimum(BigDecimal.ONE);
                describeIfMissing(parameter, name.substring(0, name.length() - 2) + " id");
            }
        }
        switch (name) {
            case "token" -> {
                schema.type(SchemaType.STRING).pattern("^[A-Za-z0-9_-]{43}$");
                describeIfMissing(parameter, "the token of the athlete's check-in link, or of a reminder email (43 URL-safe "
                        + "characters); never logged");
            }
            case "page" -> {
                schema.type(SchemaType.INTEGER).format("int32").minimum(BigDecimal.ZERO).defaultValue(0);
                describeIfMissing(parameter, "zero-based page number");
            }
            case "size" -> {
                schema.type(SchemaType.INTEGER).format("int32").minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(500))
                        .defaultValue(50);
                describeIfMissing(parameter, "page size, at most 500");
            }
            case "from", "to" -> {
                if (rangedByTime) {
                    schema.type(SchemaType.STRING).format(null);
                    parameter.description(("from".equals(name) ? "earliest" : "latest")
                            + " time: a date (2026-11-23, midnight UTC) or an instant (2026-11-23T06:00:00Z)");
                } else {
                    schema.type(SchemaType.STRING).format("date");
                    describeIfMissing(parameter, "from".equals(name) ? "first day included (YYYY-MM-DD)" : "last day included (YYYY-MM-DD)");
                }
            }
            case "week" -> {
                schema.type(SchemaType.STRING).pattern("^\\d{4}-W\\d{2}$");
                parameter.example("2026-W47");
                describeIfMissing(parameter, "ISO week, e.g. 2026-W47");
            }
            case "weeks" -> {
                boolean timeline = path.endsWith("/timeline");
                schema.type(SchemaType.INTEGER).format("int32").minimum(BigDecimal.ONE)
                        .maximum(BigDecimal.valueOf(timeline ? AthleteTimelines.MAX_WEEKS : ScoreQueries.MAX_HISTORY_WEEKS))
                        .defaultValue(timeline ? AthleteTimelines.DEFAULT_WEEKS : ScoreQueries.DEFAULT_HISTORY_WEEKS);
                describeIfMissing(parameter, "how many weeks back");
            }
            case "dryRun" -> {
                schema.type(SchemaType.BOOLEAN).defaultValue(false);
                describeIfMissing(parameter, "check the file and answer what it would do, writing nothing");
            }
            case "active" -> {
                schema.type(SchemaType.BOOLEAN);
                describeIfMissing(parameter, "only active (true) or inactive (false) athletes");
            }
            case "skipInvalid" -> {
                schema.type(SchemaType.BOOLEAN).defaultValue(false);
                describeIfMissing(parameter, "commit the valid rows and leave the invalid ones out");
            }
            case "clubId" -> {
                schema.type(SchemaType.INTEGER).format("int64");
                describeIfMissing(parameter, "club id");
            }
            case "status" -> {
                schema.type(SchemaType.STRING).enumeration(new ArrayList<>(Stream.of(ScoreStatus.values()).map(ScoreStatus::code).toList()));
                describeIfMissing(parameter, "only athletes with this status");
            }
            case "format" -> {
                schema.type(SchemaType.STRING).enumeration(new ArrayList<>(List.of("xlsx", "csv"))).defaultValue("xlsx");
                describeIfMissing(parameter, "xlsx: one workbook; csv: a zip of CSV files");
            }
            case "sort" -> {
                schema.type(SchemaType.STRING).enumeration(new ArrayList<>(List.of("score", "-score", "name", "-name")));
                describeIfMissing(parameter, "order of the athletes; - for descending");
            }
            default -> {
                if (schema.getType() == null && schema.getRef() == null) {
                    schema.type(SchemaType.STRING);
                }
            }
        }
        if (parameter.getIn() != In.PATH && parameter.getRequired() != null && !parameter.getRequired()) {
            parameter.required(null);
        }
    }

    private static void describeIfMissing(Parameter parameter, String description) {
        if (parameter.getDescription() == null || parameter.getDescription().isBlank()) {
            parameter.description(description);
        }
    }

    /** Completes the request body; true when the operation takes one. */
    private static boolean requestBody(String endpoint, Operation operation) {
        if ("POST /clubs/{clubId}/imports".equals(endpoint)) {
            operation.requestBody(createRequestBody().required(true).content(createContent()
                    .addMediaType("multipart/form-data", createMediaType().schema(ApiSchemas.ref("ImportUpload")))));
            return true;
        }
        if ("POST /clubs/{clubId}/roster-imports".equals(endpoint)) {
            operation.requestBody(createRequestBody().required(true).content(createContent()
                    .addMediaType("multipart/form-data", createMediaType().schema(ApiSchemas.ref("RosterUpload")))));
            return true;
        }
        if ("POST /clubs/{clubId}/plan-imports".equals(endpoint)) {
            operation.requestBody(createRequestBody().required(true).content(createContent()
                    .addMediaType("multipart/form-data", createMediaType().schema(ApiSchemas.ref("PlanUpload")))));
            return true;
        }
        if ("POST /reports/runs".equals(endpoint)) {
            operation.requestBody(createRequestBody().required(false).content(createContent().addMediaType(JSON,
                    createMediaType().schema(ApiSchemas.ref("ReportRunRequest")).example(map("at", "2026-11-23T06:00:00Z")))));
            return true;
        }
        RequestBody body = operation.getRequestBody();
        if (body == null || body.getContent() == null || body.getContent().getMediaTypes() == null
                || body.getContent().getMediaTypes().isEmpty()) {
            return false;
        }
        body.required(true);
        body.getContent().getMediaTypes().values().forEach(media -> {
            String schema = refName(media.getSchema());
            if (schema != null && media.getExample() == null && (media.getExamples() == null || media.getExamples().isEmpty())) {
                ApiExamples.of(schema).ifPresent(media::example);
            }
        });
        return true;
    }

    private static void responses(Components components, PathItem.HttpMethod method, String path, Operation operation,
            Answer answer, boolean hasBody) {
        APIResponses scanned = operation.getResponses();
        Map<String, APIResponse> old = scanned == null || scanned.getAPIResponses() == null ? Map.of() : scanned.getAPIResponses();
        APIResponses responses = org.eclipse.microprofile.openapi.OASFactory.createAPIResponses();
        if (answer.shape() == Shape.PAGE && components.getSchemas().containsKey(answer.schema())
                && !components.getSchemas().containsKey(ApiSchemas.pageOf(answer.schema()))) {
            components.addSchema(ApiSchemas.pageOf(answer.schema()), ApiSchemas.page(answer.schema()));
        }
        APIResponse success = success(components, method, answer, old);
        responses.addAPIResponse(String.valueOf(answer.status()), success);
        if (answer.otherStatus() != 0) {
            APIResponse other = old.get(String.valueOf(answer.otherStatus()));
            APIResponse copy = copyOf(success, answer.otherStatus());
            if (other != null) {
                copy.description(statusDescription(answer.otherStatus(), other.getDescription()));
            }
            responses.addAPIResponse(String.valueOf(answer.otherStatus()), copy);
        }
        if (conditional(method, answer)) {
            responses.addAPIResponse("304", createAPIResponse().ref("NotModified"));
        }
        boolean hasInput = hasBody || operation.getParameters().stream().anyMatch(p -> p.getRef() == null)
                || method == PathItem.HttpMethod.POST;
        if (hasInput) {
            responses.addAPIResponse("400", createAPIResponse().ref("BadRequest"));
        }
        responses.addAPIResponse("401", createAPIResponse().ref("Unauthorized"));
        responses.addAPIResponse("403", createAPIResponse().ref("Forbidden"));
        if (path.contains("{")) {
            responses.addAPIResponse("404", createAPIResponse().ref("NotFound"));
        }
        if (method == PathItem.HttpMethod.POST || old.containsKey("409") || method == PathItem.HttpMethod.DELETE
                && path.equals("/clubs/{clubId}") || method == PathItem.HttpMethod.PUT) {
            responses.addAPIResponse("409", createAPIResponse().ref("Conflict"));
        }
        if (hasBody) {
            responses.addAPIResponse("413", createAPIResponse().ref("PayloadTooLarge"));
            responses.addAPIResponse("415", createAPIResponse().ref("UnsupportedMediaType"));
        }
        if (method == PathItem.HttpMethod.POST) {
            responses.addAPIResponse("422", createAPIResponse().ref("IdempotencyKeyReused"));
        }
        responses.addAPIResponse("429", createAPIResponse().ref("TooManyRequests"));
        responses.addAPIResponse("500", createAPIResponse().ref("InternalError"));
        responses.addAPIResponse("503", createAPIResponse().ref("ServiceUnavailable"));
        operation.responses(responses);
    }

    private static APIResponse success(Components components, PathItem.HttpMethod method, Answer answer,
            Map<String, APIResponse> old) {
        APIResponse response = createAPIResponse().description(statusDescription(answer.status(), null));
        Schema schema = switch (answer.shape()) {
            case ONE -> answer.schema() == null || !components.getSchemas().containsKey(answer.schema())
                    ? scannedSchema(old) : ApiSchemas.ref(answer.schema());
            case PAGE -> components.getSchemas().containsKey(answer.schema()) ? ApiSchemas.ref(ApiSchemas.pageOf(answer.schema()))
                    : scannedSchema(old);
            case LIST -> createSchema().type(SchemaType.ARRAY).items(components.getSchemas().containsKey(answer.schema())
                    ? ApiSchemas.ref(answer.schema()) : createSchema().type(SchemaType.OBJECT));
            case NONE -> null;
            case FILE -> createSchema().type(SchemaType.STRING).format("binary");
        };
        if (schema != null) {
            MediaType media = createMediaType().schema(schema);
            Object example = switch (answer.shape()) {
                case ONE -> answer.schema() == null ? null : ApiExamples.of(answer.schema()).orElse(null);
                case PAGE -> ApiExamples.pageOf(answer.schema()).orElse(null);
                default -> null;
            };
            if (example != null) {
                media.example(example);
            }
            Content content = createContent();
            if (answer.shape() == Shape.FILE) {
                for (String type : answer.schema().split(",")) {
                    content.addMediaType(type, createMediaType().schema(schema));
                }
            } else {
                content.addMediaType(JSON, media);
            }
            response.content(content);
        }
        if (conditional(method, answer)) {
            response.addHeader("ETag", createHeader().ref("ETag"));
        }
        if (answer.status() == 201 || answer.status() == 202 && method == PathItem.HttpMethod.POST) {
            response.addHeader("Location", createHeader().ref("Location"));
        }
        if (method == PathItem.HttpMethod.POST) {
            response.addHeader("Idempotent-Replayed", createHeader().ref("IdempotentReplayed"));
        }
        return response;
    }

    private static APIResponse copyOf(APIResponse success, int status) {
        APIResponse copy = createAPIResponse().description(statusDescription(status, null)).content(success.getContent());
        if (success.getHeaders() != null) {
            success.getHeaders().forEach(copy::addHeader);
        }
        return copy;
    }

    private static Schema scannedSchema(Map<String, APIResponse> old) {
        for (APIResponse response : old.values()) {
            if (response.getContent() != null && response.getContent().getMediaTypes() != null) {
                for (MediaType media : response.getContent().getMediaTypes().values()) {
                    if (media.getSchema() != null && media.getSchema().getRef() != null) {
                        return media.getSchema();
                    }
                }
            }
        }
        return createSchema().type(SchemaType.OBJECT);
    }

    private static String statusDescription(int status, String scanned) {
        if (scanned != null && !scanned.isBlank() && !scanned.startsWith("Default")) {
            return scanned;
        }
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created; the new record is at Location.";
            case 202 -> "Accepted; the work goes on in the background, follow it at Location or by its id.";
            case 204 -> "Done; no body.";
            default -> "HTTP " + status;
        };
    }

    private static String refName(Schema schema) {
        if (schema == null || schema.getRef() == null) {
            return null;
        }
        String ref = schema.getRef();
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** Removes a component schema nothing refers to any more (the scanner's untyped Page, replaced by typed pages). */
    private static void dropUnused(OpenAPI api, Components components, String schema) {
        String ref = ApiSchemas.REF + schema;
        boolean used = components.getSchemas().entrySet().stream()
                .anyMatch(e -> !e.getKey().equals(schema) && refers(e.getValue(), ref, 0));
        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            for (PathItem item : api.getPaths().getPathItems().values()) {
                for (Operation operation : item.getOperations().values()) {
                    used |= operation.getResponses() != null && operation.getResponses().getAPIResponses() != null
                            && operation.getResponses().getAPIResponses().values().stream()
                                    .anyMatch(response -> refers(response.getContent(), ref));
                    used |= operation.getRequestBody() != null && refers(operation.getRequestBody().getContent(), ref);
                }
            }
        }
        if (!used) {
            components.removeSchema(schema);
        }
    }

    private static boolean refers(Content content, String ref) {
        return content != null && content.getMediaTypes() != null
                && content.getMediaTypes().values().stream().anyMatch(media -> refers(media.getSchema(), ref, 0));
    }

    private static boolean refers(Schema schema, String ref, int depth) {
        if (schema == null || depth > 20) {
            return false;
        }
        if (ref.equals(schema.getRef())) {
            return true;
        }
        if (refers(schema.getItems(), ref, depth + 1) || refers(schema.getAdditionalPropertiesSchema(), ref, depth + 1)) {
            return true;
        }
        return schema.getProperties() != null
                && schema.getProperties().values().stream().anyMatch(property -> refers(property, ref, depth + 1));
    }

    /**
     * The runtime adds a non-standard top-level {@code endpoints} list to the served document, which OpenAPI 3.0 does
     * not allow; it is emptied here when present (an empty one is left out of the document).
     */
    private static void dropVendorEndpointList(OpenAPI api) {
        try {
            Method setter = api.getClass().getMethod("setEndpoints", Map.class);
            setter.invoke(api, new TreeMap<String, Object>());
        } catch (ReflectiveOperationException | RuntimeException absent) {
            // another runtime: nothing to remove
        }
    }

}
