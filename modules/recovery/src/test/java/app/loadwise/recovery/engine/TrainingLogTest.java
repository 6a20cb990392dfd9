package app.loadwise.recovery.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.training.SessionType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingLogTest {

    private static final LocalDate DAY = Scenario.MONDAY;
    private static final TrainingSession FULL = new TrainingSession("s-1", DAY, LocalTime.of(6, 45), SessionType.INTERVALS,
            52.5, 61, 11.25, 8, 171, 249, 12.5, 95, 42.5, 22, true, "right Achilles", 7, 4, true, "nagging pain in the achilles again");
    private static final WellnessEntry MORNING = new WellnessEntry(DAY, 6.75, 7, 150, 87.5, 1, 6, 2, 5, "sharp knee");

    @Test
    void givesBackEveryValueOfEveryRecordItHolds() {
        TrainingSession bare = TrainingSession.of("s-2", DAY.minusDays(40), SessionType.EASY, Double.NaN, Double.NaN);
        WellnessEntry empty = new WellnessEntry(DAY.plusDays(3), Double.NaN, TrainingSession.NOT_RECORDED,
                TrainingSession.NOT_RECORDED, Double.NaN, TrainingSession.NOT_RECORDED, TrainingSession.NOT_RECORDED,
                TrainingSession.NOT_RECORDED, TrainingSession.NOT_RECORDED, null);

        TrainingLog log = TrainingLog.builder(2, 2).add(FULL).add(bare).add(MORNING).add(empty).build();

        assertThat(log.sessions()).containsExactly(FULL, bare);
        assertThat(log.wellness()).containsExactly(MORNING, empty);
        assertThat(log.session(0).painScore()).isEqualTo(7);
        assertThat(log.session(1).pain()).isFalse();
    }

    @Test
    void growsPastTheExpectedCountAndKeepsTheOrder() {
        TrainingLog.Builder builder = TrainingLog.builder(0, 0);
        for (int i = 0; i < 40; i++) {
            builder.add(TrainingSession.of("s" + i, DAY.minusDays(i), SessionType.EASY, 30 + i, 3));
            builder.add(WellnessEntry.hooper(DAY.minusDays(i), 7 + i / 10.0, 2, 3, 4, 5));
        }
        TrainingLog log = builder.build();

        assertThat(log.sessionCount()).isEqualTo(40);
        assertThat(log.wellnessCount()).isEqualTo(40);
        assertThat(log.sessions().get(39)).isEqualTo(TrainingSession.of("s39", DAY.minusDays(39), SessionType.EASY, 69, 3));
        assertThat(log.wellness().get(25).sleepHours()).isEqualTo(9.5);
    }

    @Test
    void refusesABadValueNamingItsFieldAndKeepsWhatCameBefore() {
        TrainingLog.Builder builder = TrainingLog.builder(4, 4).add(FULL).add(MORNING);

        assertThatThrownBy(() -> builder.session("s-3", DAY, null, SessionType.EASY, 30, Double.NaN, Double.NaN, 11,
                -1, -1, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false, null, -1, -1, false))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("RPE must be between 0 and 10, got 11.0")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("rpe");
        assertThatThrownBy(() -> builder.wellness(DAY, 8, 2, 50, Double.NaN, 9, 2, 2, 2, null))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("fatigue");
        assertThatThrownBy(() -> builder.session("s-4", null, null, SessionType.EASY, 30, Double.NaN, Double.NaN, 3,
                -1, -1, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false, null, -1, -1, false))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("date");
        assertThatThrownBy(() -> builder.add(TrainingSession.of("s-5", LocalDate.MAX, SessionType.EASY, 30, 3)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("out of range");

        TrainingLog log = builder.build();
        assertThat(log.sessions()).containsExactly(FULL);
        assertThat(log.wellness()).containsExactly(MORNING);
    }

    @Test
    void aRecordOutsideTheLogIsRefusedAsAnIndex() {
        TrainingLog log = TrainingLog.builder(4, 4).add(FULL).add(MORNING).build();

        assertThatThrownBy(() -> log.session(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> log.wellnessEntry(1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aBuilderBuildsOnce() {
        TrainingLog.Builder builder = TrainingLog.builder(1, 0).add(FULL);
        builder.build();

        assertThatThrownBy(() -> builder.add(FULL)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aLogMadeFromRecordsHandsTheSameRecordsBack() {
        List<TrainingSession> sessions = List.of(FULL);
        TrainingLog log = TrainingLog.of(sessions, null);

        assertThat(log.sessions().get(0)).isSameAs(FULL);
        assertThat(log.wellness()).isEmpty();
        assertThat(log).isEqualTo(TrainingLog.builder(0, 0).add(FULL).build()).isNotEqualTo(TrainingLog.empty());
    }
}
