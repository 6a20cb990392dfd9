package app.loadwise.server.problem;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.common.ConflictException;
import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.common.NotFoundException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.ProcessingException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void invalidValuesAre400NamingTheField() {
        Problem problem = Problems.of(new InvalidValueException("rpe", "RPE must be between 0 and 10"));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).containsExactly(new Problem.FieldError("rpe", "RPE must be between 0 and 10"));
    }

    @Test
    void findsTheDomainCauseBehindWrappers() {
        Problem problem = Problems.of(new RuntimeException("tx", new IllegalStateException(new NotFoundException("athlete", 7))));
        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.detail()).isEqualTo("athlete 7 does not exist");
    }

    @Test
    void aDomainRuleBrokenWhileBindingJsonNamesItsField() {
        Throwable thrown = new ProcessingException("Error deserializing object from entity stream.",
                new JsonbException("Unable to deserialize property 'beginner'",
                        new InvalidValueException("maxImplicitRestDays", "implicit rest days must be 0 to 6")));
        Problem problem = Problems.of(thrown);
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).containsExactly(new Problem.FieldError("maxImplicitRestDays", "implicit rest days must be 0 to 6"));
    }

    @Test
    void conflictsAndConcurrentEditsAre409() {
        assertThat(Problems.of(new ConflictException("memberId", "taken")).errors())
                .containsExactly(new Problem.FieldError("memberId", "taken"));
        RollbackException rollback = new RollbackException("commit failed");
        rollback.initCause(new OptimisticLockException("row changed"));
        assertThat(Problems.of(rollback).status()).isEqualTo(409);
    }

    @Test
    void aUniqueKeyHitReportedByTheDriverIs409() {
        RollbackException rollback = new RollbackException("commit failed");
        rollback.initCause(new java.sql.SQLException("duplicate key value violates unique constraint", "23505"));
        assertThat(Problems.of(rollback).status()).isEqualTo(409);
    }

    @Test
    void unreadableJsonNamesThePropertyAndTheReason() {
        Throwable thrown = new ProcessingException("Error deserializing object from entity stream.",
                new JsonbException("Unable to deserialize property 'date' because of: Error parsing class java.time.LocalDate",
                        new IllegalArgumentException("Text '2026-02-30' could not be parsed: Invalid date 'FEBRUARY 30'")));
        Problem problem = Problems.of(thrown);
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("date");
        assertThat(problem.detail()).contains("FEBRUARY 30");
    }

    @Test
    void anUnreachableDatabaseIs503() {
        Problem problem = Problems.of(new IllegalStateException("query failed",
                new java.sql.SQLException("Error in allocating a connection", new java.net.ConnectException("Connection refused"))));
        assertThat(problem.status()).isEqualTo(503);
        assertThat(Problems.of(new java.sql.SQLException("refused", "08001")).status()).isEqualTo(503);
    }

    @Test
    void unexpectedErrorsAre500WithoutInternals() {
        Problem problem = Problems.of(new NullPointerException("secret.internal.Field"));
        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.detail()).doesNotContain("secret");
        assertThat(problem.errors()).isNull();
    }

    @Test
    void filesThatCannotBeImportedCarryTheirStatusAndRows() {
        var rows = List.of(new app.loadwise.traininglog.importing.RowProblem("Sessions", 12, "RPE", "11",
                "RPE must be between 0 and 10", "use 0 to 10", null));
        Problem problem = Problems.of(new app.loadwise.traininglog.importing.ImportFileException(422, "rows changed", rows));
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.title()).isEqualTo("File cannot be imported");
        assertThat(problem.detail()).isEqualTo("Rows changed");
        assertThat(problem.errors()).containsExactly(new Problem.FieldError("file", "RPE must be between 0 and 10", "Sessions", 12,
                "RPE", "11", "use 0 to 10"));
        assertThat(Problems.of(app.loadwise.traininglog.importing.ImportFileException.tooLarge("too big")).status()).isEqualTo(413);
        assertThat(Problems.of(new RuntimeException(app.loadwise.traininglog.importing.ImportFileException.unsupported("xls")))
                .title()).isEqualTo("Unsupported file type");
    }

    @Test
    void emptyErrorListsAreLeftOut() {
        assertThat(Problem.invalid("x", List.of()).errors()).isNull();
    }

    @Test
    void jsonBindingErrorsNeverNameJavaClasses() {
        Throwable wrongShape = new ProcessingException("Error deserializing object from entity stream.",
                new JsonbException("Unable to deserialize property 'memberId' because of: Incorrect position for processing type: "
                        + "class java.lang.String. Received event: START_ARRAY Allowed: [VALUE_NULL, VALUE_STRING]"));
        Problem problem = Problems.of(wrongShape);
        assertThat(problem.errors()).containsExactly(new Problem.FieldError("memberId", "expected text, got a list"));
        assertThat(problem.toString()).doesNotContain("java.").doesNotContain("class ");

        Problem body = Problems.of(new ProcessingException("Error deserializing object from entity stream.", new JsonbException(
                "Incorrect position for processing type: class app.loadwise.traininglog.AthleteRequest. Received event: START_ARRAY"
                        + " Allowed: [START_OBJECT]")));
        assertThat(body.status()).isEqualTo(400);
        assertThat(body.toString()).doesNotContain("app.loadwise").doesNotContain("AthleteRequest");

        Problem date = Problems.of(new JsonbException("Unable to deserialize property 'date' because of: Error parsing class "
                + "java.time.LocalDate from value: 2026-13-45. Check your @JsonbDateFormat has all time units for class "
                + "java.time.LocalDate type, or consider using org.eclipse.yasson.YassonConfig#ZERO_TIME_PARSE_DEFAULTING."));
        assertThat(date.toString()).doesNotContain("java.").doesNotContain("org.eclipse").contains("a date (2026-03-02)");
        assertThat(Problems.of(new JsonbException("Internal error: null")).errors())
                .containsExactly(new Problem.FieldError("body", "unreadable JSON"));
    }

    @Test
    void refusedJsonValuesAre400NamingEachByItsPath() {
        Problem problem = Problems.of(new ProcessingException("reading failed", new app.loadwise.server.http.JsonCheck.Refused(List.of(
                new app.loadwise.server.http.JsonCheck.Refusal("items[3].rpe", "items[3].rpe must be a whole number"),
                new app.loadwise.server.http.JsonCheck.Refusal("items[4].notes", "items[4].notes must not contain control characters")))));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.detail()).isEqualTo("2 values of the request body are invalid");
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("items[3].rpe", "items[4].notes");
    }

    @Test
    void statusesWithoutMoreToSayHaveTheirStandardPhrase() {
        assertThat(Problems.ofStatus(429, null).title()).isEqualTo("Too Many Requests");
        assertThat(Problems.ofStatus(422, null).title()).isEqualTo("Unprocessable Content");
        assertThat(Problems.ofStatus(400, null).detail()).contains("malformed");
        assertThat(Problems.ofStatus(404, null).detail()).contains("/openapi");
        assertThat(Problems.ofStatus(503, "x").detail()).isEqualTo("x");
    }
}
