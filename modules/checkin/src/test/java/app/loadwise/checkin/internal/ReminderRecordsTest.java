package app.loadwise.checkin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class ReminderRecordsTest {

    @Test
    void aDayAnotherInstanceClaimedFirstIsADuplicateKey() {
        RuntimeException postgres = new RuntimeException("insert failed",
                new RuntimeException("database error", new SQLException("duplicate key value", "23505")));
        assertThat(ReminderRecords.isDuplicateKey(postgres)).isTrue();
        assertThat(ReminderRecords.isDuplicateKey(new RuntimeException(new SQLIntegrityConstraintViolationException("taken"))))
                .isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(ReminderRecords.isDuplicateKey(new RuntimeException(new SQLException("refused", "08001")))).isFalse();
        assertThat(ReminderRecords.isDuplicateKey(new IllegalStateException("no idea"))).isFalse();
    }
}
