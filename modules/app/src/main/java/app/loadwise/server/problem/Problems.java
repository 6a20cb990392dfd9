package app.loadwise.server.problem;

import app.loadwise.server.http.BodyLimit;
import app.loadwise.server.http.JsonCheck;
import app.loadwise.domain.common.ConflictException;
import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.common.NotFoundException;
import app.loadwise.traininglog.importing.BulkImports;
import app.loadwise.traininglog.importing.ImportFileException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.resource.spi.ResourceAllocationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns any exception into the problem the client should see; internals never leak into a 5xx detail. */
public final class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());
    private static final int RETRY_AFTER_SECONDS = 30;
    private static final Pattern JSON_PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");

    private Problems() {
    }

    public static Response response(Problem problem) {
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status() == 503) {
            response.header("Retry-After", RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    public static Problem of(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidValueException || t instanceof BodyLimit.TooLarge || t instanceof JsonCheck.Refused) {
                // A domain rule broken while binding a body (inside a JSON-B error) names its own field; a body cut
                // off at the size limit is too large, not malformed.
                return known(t);
            }
        }
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Problem known = known(t);
            if (known != null) {
                return known;
            }
        }
        LOG.log(Level.SEVERE, "Unexpected error", thrown);
        return Problem.of(500, "Internal error", "The request could not be completed; the error has been logged.");
    }

    private static Problem known(Throwable t) {
        if (t instanceof InvalidValueException e) {
            return Problem.invalid(e.getMessage(), List.of(new Problem.FieldError(e.field(), e.getMessage())));
        }
        if (t instanceof ConstraintViolationException e) {
            return violations(e);
        }
        if (t instanceof JsonCheck.Refused e) {
            List<Problem.FieldError> errors = e.refusals().stream().map(r -> new Problem.FieldError(r.field(), r.message())).toList();
            return Problem.invalid(e.getMessage(), errors);
        }
        if (t instanceof ImportFileException e) {
            return importFile(e);
        }
        if (t instanceof BulkImports.BulkRejected e) {
            return bulkRejected(e);
        }
        if (t instanceof NotFoundException e) {
            return Problem.of(404, "Not found", e.getMessage());
        }
        if (t instanceof ConflictException e) {
            return new Problem("about:blank", "Conflict", 409, e.getMessage(),
                    List.of(new Problem.FieldError(e.field(), e.getMessage())));
        }
        if (t instanceof OptimisticLockException) {
            return Problem.of(409, "Conflict", "The record was changed by someone else meanwhile; read it again and retry.");
        }
        if (t instanceof ResourceAllocationException || t instanceof ConnectException
                || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
            return Problem.of(503, "Service unavailable", "The database cannot be reached just now; retry shortly.");
        }
        if (t instanceof SQLIntegrityConstraintViolationException
                || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
            // SQLState class 23: PostgreSQL and H2 report a unique key hit by a concurrent request this way.
            return Problem.of(409, "Conflict", "The change clashes with an existing record (a duplicate key).");
        }
        if (t instanceof JsonbException || t instanceof ProcessingException) {
            return malformedJson(t);
        }
        if (t instanceof WebApplicationException e) {
            return web(e);
        }
        return null;
    }

    /** Invalid items of a bulk call that writes all or nothing: each by its index, field, value and fix. */
    static Problem bulkRejected(BulkImports.BulkRejected e) {
        List<Problem.FieldError> items = e.result().errors().stream()
                .map(i -> new Problem.FieldError("items[" + i.item() + "]." + i.field(), i.problem(), null, null, null, i.value(), i.fix()))
                .toList();
        String detail = e.getMessage() + (e.result().importId() == null ? "" : " (import " + e.result().importId() + ")");
        return new Problem("about:blank", "Invalid items", 422, Character.toUpperCase(detail.charAt(0)) + detail.substring(1), items);
    }

    /** A file that cannot be imported: why, and the rows at fault with sheet, row, column, value and fix. */
    static Problem importFile(ImportFileException e) {
        String title = switch (e.status()) {
            case 413 -> "File too large";
            case 415 -> "Unsupported file type";
            case 422 -> "File cannot be imported";
            default -> "Unreadable file";
        };
        List<Problem.FieldError> rows = e.rows().stream()
                .map(r -> new Problem.FieldError("file", r.problem(), r.sheet(), r.row(), r.column(), r.value(), r.fix()))
                .toList();
        String detail = e.getMessage().isEmpty() ? title : Character.toUpperCase(e.getMessage().charAt(0)) + e.getMessage().substring(1);
        return new Problem("about:blank", title, e.status(), detail, rows);
    }

    static Problem violations(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return Problem.invalid(detail, errors);
    }

    /** The last named node of the path: "create.request.name" is the field "name"; a missing body is "body". */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String field = "body";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                field = node.getName();
            }
        }
        return field;
    }

    /**
     * Names the property the JSON binder choked on, and the innermost reason, e.g. an impossible date. The binder's
     * messages name Java classes; the reason given says what was expected instead, never a class name.
     */
    private static Problem malformedJson(Throwable t) {
        String field = "body";
        String reason = null;
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String message = c.getMessage();
            if (message == null) {
                continue;
            }
            Matcher m = JSON_PROPERTY.matcher(message);
            if (field.equals("body") && m.find()) {
                field = m.group(1);
            }
            String readable = readable(firstLine(message));
            if (readable != null) {
                reason = readable;
            }
        }
        String detail = field.equals("body")
                ? "The request body is not valid JSON for this resource."
                : "The value of '" + field + "' cannot be read" + (reason == null ? "." : ": " + reason);
        return Problem.invalid(detail, List.of(new Problem.FieldError(field, reason == null ? "unreadable JSON" : reason)));
    }

    private static final Pattern POSITION = Pattern.compile(
            "Incorrect position for processing type: (?:class |interface )?(\\S+?)\\.? Received event: (\\w+)");
    private static final Pattern PARSING = Pattern.compile("Error parsing (?:class |interface )?(\\S+) from value: (.*?)\\.(?: Check |$)");
    private static final Pattern CLASS_NAME = Pattern.compile(
            "(?:class |interface |enum )?\\b(?:[a-z_][\\w$]*\\.)+([A-Z][\\w$]*)\\b");

    /**
     * A binder's message for people: Java class names become what the value should be ("a whole number", "a date");
     * a message with nothing to tell ("Internal error: null") is null.
     */
    static String readable(String message) {
        if (message == null || message.isBlank() || message.startsWith("Internal error")) {
            return null;
        }
        Matcher position = POSITION.matcher(message);
        if (position.find()) {
            return "expected " + typeWord(position.group(1)) + ", got " + eventWord(position.group(2));
        }
        Matcher parsing = PARSING.matcher(message);
        if (parsing.find()) {
            return "'" + parsing.group(2) + "' is not " + typeWord(parsing.group(1));
        }
        Matcher names = CLASS_NAME.matcher(message);
        StringBuilder out = new StringBuilder();
        while (names.find()) {
            names.appendReplacement(out, Matcher.quoteReplacement(typeWord(names.group(1))));
        }
        names.appendTail(out);
        return out.toString();
    }

    private static String typeWord(String className) {
        String simple = className.substring(className.lastIndexOf('.') + 1).replace("[]", "");
        return switch (simple) {
            case "String", "CharSequence" -> "text";
            case "Integer", "int", "Long", "long", "Short", "short", "Byte", "byte", "BigInteger" -> "a whole number";
            case "Double", "double", "Float", "float", "BigDecimal", "Number" -> "a number";
            case "Boolean", "boolean" -> "true or false";
            case "LocalDate" -> "a date (2026-03-02)";
            case "LocalTime" -> "a time of day (18:30)";
            case "Instant", "OffsetDateTime", "ZonedDateTime", "LocalDateTime" -> "an instant (2026-03-02T18:30:00Z)";
            case "List", "Set", "Collection", "ArrayList" -> "a list";
            default -> "an object";
        };
    }

    private static String eventWord(String event) {
        return switch (event) {
            case "START_ARRAY" -> "a list";
            case "START_OBJECT" -> "an object";
            case "VALUE_STRING" -> "text";
            case "VALUE_NUMBER" -> "a number";
            case "VALUE_TRUE", "VALUE_FALSE" -> "true or false";
            case "VALUE_NULL" -> "null";
            default -> "something else";
        };
    }

    private static Problem web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() != null) {
            Problem cause = known(e.getCause());
            if (cause != null) {
                return cause;
            }
        }
        String detail = null;
        if (e instanceof BodyLimit.TooLarge) {
            detail = e.getMessage();
        } else if (status < 500 && !KNOWN_DETAILS.contains(status) && e.getMessage() != null) {
            detail = readable(e.getMessage());
        }
        return ofStatus(status, detail);
    }

    private static final Set<Integer> KNOWN_DETAILS = Set.of(400, 404, 405, 406, 413, 414, 415, 431);

    /**
     * The problem for an HTTP error status that has nothing more specific to say, as the container and the JAX-RS
     * runtime raise them; {@code detail} replaces the status's standard detail when given.
     */
    public static Problem ofStatus(int status, String detail) {
        String standard = switch (status) {
            case 400 -> "The request cannot be read: its URI, a header or its body is malformed.";
            case 401 -> "Authentication required.";
            case 403 -> "Forbidden.";
            case 404 -> "No resource here; see /openapi for the API.";
            case 405 -> "This method is not allowed on this resource.";
            case 406 -> "The resource cannot answer in the requested media type; accept application/json.";
            case 413 -> "The request body is too large.";
            case 414 -> "The request URI is too long.";
            case 415 -> "Unsupported media type; send application/json.";
            case 431 -> "The request's headers are too large.";
            default -> status >= 500 ? "The request could not be completed." : reasonPhrase(status) + ".";
        };
        return Problem.of(status, reasonPhrase(status), detail == null || detail.isBlank() ? standard : detail);
    }

    /** The standard reason phrase of an HTTP status (RFC 9110, RFC 6585). */
    public static String reasonPhrase(int status) {
        return switch (status) {
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            default -> {
                Response.StatusType type = Response.Status.fromStatusCode(status);
                yield type != null ? type.getReasonPhrase() : "HTTP " + status;
            }
        };
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        String line = newline < 0 ? text : text.substring(0, newline);
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
