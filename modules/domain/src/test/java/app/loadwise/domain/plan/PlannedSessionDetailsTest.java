package app.loadwise.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.training.SessionType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlannedSessionDetailsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "intervals | -1   | 8    | 1    | minutes     | planned minutes must be between 0 and 1440",
        "intervals | 1441 | 8    | 1    | minutes     | planned minutes must be between 0 and 1440",
        "intervals |      | 8    | 1    | minutes     | planned minutes are required for a intervals session",
        "tempo     | 45   | 11   | 1    | intendedRpe | intended RPE must be between 0 and 10 (CR-10 scale)",
        "tempo     | 45   | -1   | 1    | intendedRpe | intended RPE must be between 0 and 10 (CR-10 scale)",
        "long      | 90   | 4    | 1001 | distanceKm  | distance must be between 0 and 1000 km",
    })
    void rejectsValuesOutOfTheSessionRangesNamingTheField(String type, Double minutes, Integer rpe, Double km, String field,
                                                         String message) {
        assertThatThrownBy(() -> new PlannedSessionDetails(DAY, SessionType.fromCode(type, "type"), minutes, rpe, km, null))
                .isInstanceOf(InvalidValueException.class).hasMessage(message)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo(field));
    }

    @Test
    void requiresDateAndTypeAndLimitsTheNote() {
        assertThatThrownBy(() -> new PlannedSessionDetails(null, SessionType.EASY, 30.0, 3, null, null))
                .hasMessage("date is required (YYYY-MM-DD)");
        assertThatThrownBy(() -> new PlannedSessionDetails(DAY, null, 30.0, 3, null, null))
                .hasMessageStartingWith("session type is required; one of easy, recovery");
        assertThatThrownBy(() -> new PlannedSessionDetails(DAY, SessionType.EASY, 30.0, 3, null, "x".repeat(501)))
                .hasMessage("note must be at most 500 characters");
    }

    @Test
    void aRestDayNeedsNoMinutesAndTheLoadIsMinutesTimesIntendedRpe() {
        PlannedSessionDetails rest = new PlannedSessionDetails(DAY, SessionType.REST, null, null, null, "  ");
        assertThat(rest.note()).isNull();
        assertThat(rest.plannedLoad()).isNull();
        assertThat(new PlannedSessionDetails(DAY, SessionType.TEMPO, 45.0, 6, null, " 3 x 10 min ").plannedLoad()).isEqualTo(270.0);
        assertThat(new PlannedSessionDetails(DAY, SessionType.TEMPO, 45.0, 6, null, " 3 x 10 min ").note()).isEqualTo("3 x 10 min");
    }
}
