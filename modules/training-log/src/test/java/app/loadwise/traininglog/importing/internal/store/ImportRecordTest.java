package app.loadwise.traininglog.importing.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.domain.common.ConflictException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ImportRecordTest {

    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

    private static ImportRecord checkedByJob(long execution) {
        ImportRecord record = new ImportRecord(1L, null, "log.csv", "ab".repeat(32), 1234, "csv", "coach", NOW, false);
        record.runningAs(execution);
        record.validated("club-sessions", ImportCounts.NONE, NOW);
        return record;
    }

    @Test
    void aCommitForgetsTheJobOfTheCheckSoASecondCommitIsRefusedUntilItsOwnJobRuns() {
        ImportRecord record = checkedByJob(41L);
        record.startCommit(false);
        assertThat(record.jobExecutionId()).isNull();
        assertThatThrownBy(() -> record.startCommit(false)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("already committing");
    }

    @Test
    void aRestartedCheckForgetsTheJobBeforeIt() {
        ImportRecord record = checkedByJob(41L);
        record.restartCheck();
        assertThat(record.jobExecutionId()).isNull();
    }

    @Test
    void aCheckOrCommitWithoutAJobLongAfterItWasAskedForNeverStarted() {
        ImportRecord record = checkedByJob(41L);
        record.startCommit(false);
        record.jobRequested(NOW);
        java.time.Duration grace = java.time.Duration.ofMinutes(2);
        assertThat(record.jobNeverStarted(NOW.plusSeconds(60), grace)).isFalse();
        assertThat(record.jobNeverStarted(NOW.plusSeconds(121), grace)).isTrue();
        record.runningAs(42L);
        assertThat(record.jobNeverStarted(NOW.plusSeconds(121), grace)).as("its job recorded itself").isFalse();
    }
}
