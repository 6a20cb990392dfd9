package app.loadwise.domain.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.domain.common.InvalidValueException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SessionDetailsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    /** Field values by name, so each case changes one thing. */
    private record Draft(LocalDate date, SessionType type, Double moving, Double elapsed, Double distance, Integer rpe,
                         Integer avgHr, Integer maxHr, Integer painScore, Integer carbs) {
        static Draft valid() {
            return new Draft(DAY, SessionType.TEMPO, 45.0, 50.0, 10.0, 7, 150, 175, null, null);
        }

        SessionDetails build() {
            return new SessionDetails(date, LocalTime.NOON, type, moving, elapsed, distance, rpe, avgHr, maxHr, null, null,
                    carbs, null, false, null, painScore, null, null);
        }
    }

    static Stream<Arguments> invalidDrafts() {
        return Stream.of(
                Arguments.of("no date", (UnaryOperator<Draft>) d -> new Draft(null, d.type(), d.moving(), d.elapsed(), d.distance(), d.rpe(), d.avgHr(), d.maxHr(), null, null), "date"),
                Arguments.of("no type", (UnaryOperator<Draft>) d -> new Draft(d.date(), null, d.moving(), d.elapsed(), d.distance(), d.rpe(), d.avgHr(), d.maxHr(), null, null), "type"),
                Arguments.of("no moving time", (UnaryOperator<Draft>) d -> new Draft(d.date(), d.type(), null, d.elapsed(), d.distance(), d.rpe(), d.avgHr(), d.maxHr(), null, null), "movingMinutes"),
                Arguments.of("negative duration", (UnaryOperator<Draft>) d -> new Draft(d.date(), d.type(), -1.0, null, d.distance(), d.rpe(), d.avgHr(), d.maxHr(), null, null), "movingMinutes"),
                Arguments.of("longer than a day", (UnaryOperator<Draft>) d -> new Draft(d.date(), d.type(), 1441.0, null, d.distance(), d.rpe(), d.avgHr(), d.maxHr(), null, null), "movingMinutes"),
                Arguments.of("elapsed below moving", (UnaryOperator<Draft>) d -> new Draft(d.date(), d.type(), 45.0, 44.9, d.distance(), d.rpe(), d.avgHr(), d.maxHr(), null, null), "elapsedMinutes"),
                Arguments.of("RPE 11", (UnaryOperator<Draft>) d -> new Draft(d.date(), d.type(), d.moving(), d.elapsed(), d.distance(), 11, d.avgHr(), d.maxHr(), null, null), "rpe"),
                Arguments.of("RPE -1", (UnaryOperator<Draft>) d -> new Draft(d.date(), d.type(), d.moving(), d.elapsed(), d.distance(), -1, d.avgHr(), d.maxHr(), null, null), "rpe"),
                Arguments.of("HR 24", (UnaryOperator<Draft>) d -> new Draft(d.date(), d.type(), d.moving(), d.elapsed(), d.distance(), d.rpe(), 24, d.maxHr(), null, null), "avgHr"),
                Arguments.of("HR 251", (UnaryOperator<Draft>) d -> new Draft(d.date(), d.type(), d.moving(), d.elapsed(), d.distance(), d.rpe(), d.avgHr(), 251, null, null), "maxHr"),
                Arguments.of("average above max", (UnaryOperator<Draft>) d -> new Draft(d.date(), d.type(), d.moving(), d.elapsed(), d.distance(), d.rpe(), 180, 170, null, null), "avgHr"),
                Arguments.of("pain 11", (UnaryOperator<Draft>) d -> new Draft(d.date(), d.type(), d.moving(), d.elapsed(), d.distance(), d.rpe(), d.avgHr(), d.maxHr(), 11, null), "painScore"),
                Arguments.of("negative distance", (UnaryOperator<Draft>) d -> new Draft(d.date(), d.type(), d.moving(), d.elapsed(), -0.1, d.rpe(), d.avgHr(), d.maxHr(), null, null), "distanceKm"),
                Arguments.of("negative carbs", (UnaryOperator<Draft>) d -> new Draft(d.date(), d.type(), d.moving(), d.elapsed(), d.distance(), d.rpe(), d.avgHr(), d.maxHr(), null, -5), "carbsG"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDrafts")
    void rejectsInvalidSessionsNamingTheField(String name, UnaryOperator<Draft> change, String field) {
        Draft draft = change.apply(Draft.valid());
        assertThatThrownBy(draft::build)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void acceptsTheEdgesOfEveryRange() {
        Draft edges = new Draft(DAY, SessionType.RACE, 1440.0, 1440.0, 0.0, 10, 25, 250, 10, 0);
        assertThat(edges.build().rpe()).isEqualTo(10);
        Draft low = new Draft(DAY, SessionType.EASY, 0.0, null, null, 0, null, null, 0, null);
        assertThat(low.build().movingMinutes()).isZero();
    }

    @Test
    void restDaysNeedNoDuration() {
        assertThat(TestSessions.basic(DAY, null, SessionType.REST, null, null).type()).isEqualTo(SessionType.REST);
    }

    @Test
    void naturalKeyUsesStartTimeToTheMinuteElseType() {
        SessionDetails timed = TestSessions.basic(DAY, LocalTime.of(7, 5, 42), SessionType.EASY, 30.0, 3);
        SessionDetails untimed = TestSessions.basic(DAY, null, SessionType.LONG, 90.0, 4);
        assertThat(TrainingSession.naturalKey(12, timed)).isEqualTo("12|2026-03-02|07:05");
        assertThat(TrainingSession.naturalKey(12, untimed)).isEqualTo("12|2026-03-02|long");
    }

    @ParameterizedTest
    @CsvSource({"race pace, RACE_PACE", "Cross-Training, CROSS_TRAINING", " intervals , INTERVALS"})
    void readsSessionTypeCodesLeniently(String code, SessionType expected) {
        assertThat(SessionType.fromCode(code, "type")).isEqualTo(expected);
    }

    @Test
    void namesTheVocabularyWhenATypeIsUnknown() {
        assertThatThrownBy(() -> SessionType.fromCode("zumba", "type"))
                .hasMessageContaining("zumba").hasMessageContaining("race_pace");
    }

    @Test
    void excludingNeedsAReasonAndIncludingClearsIt() {
        TrainingSession session = new TrainingSession(1, TestSessions.basic(DAY, null, SessionType.EASY, 30.0, 3),
                SessionSource.api());
        assertThatThrownBy(() -> session.exclude(" ")).isInstanceOf(InvalidValueException.class);
        session.exclude("watch glitch");
        assertThat(session.isExcluded()).isTrue();
        assertThat(session.excludedReason()).isEqualTo("watch glitch");
        session.include();
        assertThat(session.isExcluded()).isFalse();
        assertThat(session.excludedReason()).isNull();
    }

    @Test
    void wellnessNeedsAtLeastOneValueAndHooperItemsOnOneToSeven() {
        assertThatThrownBy(() -> new WellnessDetails(DAY, null, null, null, null, null, null, null, null, " "))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new WellnessDetails(DAY, 7.0, null, null, null, 8, null, null, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("fatigue"));
        assertThatThrownBy(() -> new WellnessDetails(DAY, 16.5, null, null, null, null, null, null, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("sleepHours"));
    }
}
