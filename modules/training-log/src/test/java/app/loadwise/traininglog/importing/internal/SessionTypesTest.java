package app.loadwise.traininglog.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.domain.training.SessionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionTypesTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource({
            "intervals, INTERVALS", "race_pace, RACE_PACE", "Race Pace, RACE_PACE",
            "reps, INTERVALS", "track 6x800, INTERVALS", "VO2, INTERVALS", "10 x 400, INTERVALS",
            "hill sprints, HILLS", "hill reps, HILLS", "8x10s hills, HILLS",
            "long run, LONG", "LSD, LONG", "gym, STRENGTH", "Strength Training, STRENGTH", "jog, EASY",
            "Easy run, EASY", "parkrun, RACE", "tempo, TEMPO", "threshold, TEMPO", "strides, STRIDES",
            "shakeout, RECOVERY", "bike, CROSS_TRAINING", "rest day, REST", "Dauerlauf, EASY"})
    void recognisesClubWords(String text, SessionType expected) {
        assertThat(SessionTypes.resolve(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ''{1}'' is {2}")
    @CsvSource({
            "Running, Track 6x800, INTERVALS",
            "Running, Lakeside Running, EASY",
            "Strength Training, Gym, STRENGTH",
            "Run, Hill sprints, HILLS",
            "Ride, Morning Ride, CROSS_TRAINING",
            "Treadmill Running, Long run, LONG"})
    void typesWatchActivitiesByTitleThenActivityType(String activityType, String title, SessionType expected) {
        assertThat(SessionTypes.ofActivity(activityType, title)).isEqualTo(expected);
    }

    @Test
    void rejectsAnUnknownTypeListingTheCodes() {
        assertThatThrownBy(() -> SessionTypes.resolve("zumba")).isInstanceOf(ValueException.class)
                .hasMessageContaining("'zumba'")
                .extracting(e -> ((ValueException) e).fix()).asString().contains("intervals").contains("jog");
    }
}
