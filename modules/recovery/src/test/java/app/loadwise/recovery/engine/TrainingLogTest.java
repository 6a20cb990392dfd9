package app.loadwise.recovery.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.training.SessionType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingLogTest {

    private static final LocalDate DAY = Scenario.MONDAY;
    private static final TrainingSession FULL = TrainingSession.of("s-1", DAY, SessionType.INTERVALS, 52.5, 8)
            .withStartTime(LocalTime.of(6, 45)).withElapsedMinutes(61).withDistanceKm(11.25).withHeartRate(171, 249)
            .withWarmUpMinutes(12.5).withRefuel(95, 42.5, 22).withPain(true, "right Achilles", 7)
            .withMuscleSoreness(4).withNotes("nagging pain in the achilles again").withExcluded(true);
    private static final WellnessEntry MORNING = new WellnessEntry(DAY, 6.75, 7, 150, 87.5, 1, 6, 2, 5, "sharp knee");

    @Test
    void holdsTheRecordsInTheOrderGivenAndKeepsItsOwnCopy() {
        List<TrainingSession> sessions = new ArrayList<>(List.of(FULL));
        TrainingLog log = TrainingLog.of(sessions, List.of(MORNING));
        sessions.clear();

        assertThat(log.sessions()).containsExactly(FULL);
        assertThat(log.wellness()).containsExactly(MORNING);
        assertThat(TrainingLog.of(null, null)).isEqualTo(TrainingLog.empty());
    }

    @Test
    void namedStepsSetEveryValueOfASession() {
        assertThat(FULL).isEqualTo(new TrainingSession("s-1", DAY, LocalTime.of(6, 45), SessionType.INTERVALS, 52.5,
                61, 11.25, 8, 171, 249, 12.5, 95, 42.5, 22, true, "right Achilles", 7, 4, true,
                "nagging pain in the achilles again"));
    }

    @Test
    void refusesAValueOutsideTheSharedInputLimitsNamingItsField() {
        assertThatThrownBy(() -> TrainingSession.of("s-3", DAY, SessionType.EASY, 30, 11))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("RPE must be between 0 and 10, got 11.0")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("rpe");
        assertThatThrownBy(() -> FULL.withHeartRate(150, 251))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("maximum heart rate must be between 25 and 250 bpm, got 251")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("maxHeartRate");
        assertThatThrownBy(() -> new WellnessEntry(DAY, 8, 2, 50, Double.NaN, 9, 2, 2, 2, null))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("fatigue");
        assertThatThrownBy(() -> new WellnessEntry(DAY, 16.5, 2, 50, Double.NaN, 2, 2, 2, 2, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("sleep hours must be between 0 and 16 hours");
        assertThatThrownBy(() -> TrainingSession.of("s-4", null, SessionType.EASY, 30, 3))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("date");
    }

    @Test
    void takesTheAthleteMaximumHeartRateTheDomainTakes() {
        assertThat(new AthleteProfile("a", null, app.loadwise.domain.athlete.ExperienceLevel.BEGINNER, 250, 50, null)
                .maxHeartRate()).isEqualTo(250);
        assertThatThrownBy(() -> new AthleteProfile("a", null, app.loadwise.domain.athlete.ExperienceLevel.BEGINNER,
                251, 50, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("maximum heart rate must be between 100 and 250 bpm");
    }
}
