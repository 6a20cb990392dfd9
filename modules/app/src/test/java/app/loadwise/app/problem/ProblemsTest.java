package app.loadwise.app.problem;

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
    void tellsAConflictFromAnOutage() {
        RollbackException taken = new RollbackException("commit failed");
        taken.initCause(new java.sql.SQLException("duplicate key value violates unique constraint", "23505"));
        assertThat(Problems.isConflict(taken)).isTrue();
        assertThat(Problems.isConflict(new java.sql.SQLException("refused", "08001"))).isFalse();
        assertThat(Problems.isConflict(new IllegalStateException("no idea"))).isFalse();
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
                "RPE must be between 0 and 10", "use 0 to 10"));
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
}
