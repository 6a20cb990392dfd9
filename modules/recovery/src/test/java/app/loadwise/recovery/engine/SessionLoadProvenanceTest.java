package app.loadwise.recovery.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.athlete.Sex;
import app.loadwise.domain.training.SessionType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionLoadProvenanceTest {

    private static final LocalDate TUESDAY = Scenario.MONDAY.plusDays(1);
    private static final AthleteProfile MAN = new AthleteProfile("m", Sex.MALE, ExperienceLevel.INTERMEDIATE, 190, 50, null);
    private static final AthleteProfile WOMAN = new AthleteProfile("w", Sex.FEMALE, ExperienceLevel.INTERMEDIATE, 195, 55, null);

    private static SessionLoad only(AthleteProfile athlete, TrainingSession... sessions) {
        WeeklyAssessment a = new RecoveryEngine().assess(EngineInputs.completeWeek(athlete, List.of(sessions),
                List.of(), Scenario.WEEK));
        assertThat(a.sessionLoads()).hasSize(1);
        return a.sessionLoads().get(0);
    }

    @Test
    void usesSessionRpeWhenRpeIsRecorded() {
        SessionLoad l = only(MAN, TrainingSession.of("s", TUESDAY, SessionType.TEMPO, 60.0, 7.0).withHeartRate(150, 170));
        assertThat(l.method()).isEqualTo(LoadMethod.SESSION_RPE);
        assertThat(l.load()).isEqualTo(420.0);
    }

    @Test
    void fallsBackToTrimpForAManFromHeartRate() {
        SessionLoad l = only(MAN, TrainingSession.of("s", TUESDAY, SessionType.TEMPO, 60.0, Double.NaN).withHeartRate(150, 170));
        assertThat(l.method()).isEqualTo(LoadMethod.TRIMP);
        assertThat(l.load()).isCloseTo(247.618, within(0.001));
    }

    @Test
    void fallsBackToTrimpForAWomanFromHeartRate() {
        SessionLoad l = only(WOMAN, TrainingSession.of("s", TUESDAY, SessionType.TEMPO, 60.0, Double.NaN).withHeartRate(160, 180));
        assertThat(l.method()).isEqualTo(LoadMethod.TRIMP);
        assertThat(l.load()).isCloseTo(296.411, within(0.001));
    }

    @Test
    void estimatesMaximumHeartRateFromBirthYearForTrimp() {
        // Born 1986, week in 2026: age 40, max HR 208 - 0.7 x 40 = 180; HRr = (150 - 50) / 130.
        AthleteProfile athlete = new AthleteProfile("m", Sex.MALE, ExperienceLevel.INTERMEDIATE, null, 50, 1986);
        SessionLoad l = only(athlete, TrainingSession.of("s", TUESDAY, SessionType.EASY, 60.0, Double.NaN).withHeartRate(150, 160));
        double hrr = 100.0 / 130.0;
        assertThat(l.method()).isEqualTo(LoadMethod.TRIMP);
        assertThat(l.load()).isCloseTo(60 * 10 * hrr * Math.exp(1.92 * (hrr - 1)), within(1e-9));
    }

    @Test
    void usesTheTypeDefaultWithoutRpeOrUsableHeartRate() {
        AthleteProfile noSex = new AthleteProfile("x", Sex.UNSPECIFIED, ExperienceLevel.INTERMEDIATE, 190, 50, null);
        SessionLoad withoutSex = only(noSex, TrainingSession.of("s", TUESDAY, SessionType.INTERVALS, 40.0, Double.NaN).withHeartRate(160, 185));
        SessionLoad withoutHr = only(MAN, TrainingSession.of("s", TUESDAY, SessionType.INTERVALS, 40.0, Double.NaN));
        assertThat(withoutSex.method()).isEqualTo(LoadMethod.TYPE_DEFAULT);
        assertThat(withoutSex.load()).isEqualTo(280.0);
        assertThat(withoutHr.method()).isEqualTo(LoadMethod.TYPE_DEFAULT);
        assertThat(withoutHr.load()).isEqualTo(280.0);
    }

    @Test
    void neverUsesElapsedTimeInPlaceOfMovingTime() {
        TrainingSession s = TrainingSession.of("s", TUESDAY, SessionType.EASY, Double.NaN, 3.0).withElapsedMinutes(70.0);
        WeeklyAssessment a = new RecoveryEngine().assess(EngineInputs.completeWeek(MAN, List.of(s), List.of(), Scenario.WEEK));
        assertThat(a.sessionLoads().get(0).method()).isEqualTo(LoadMethod.UNKNOWN);
        assertThat(a.sessionLoads().get(0).load()).isZero();
        assertThat(a.figures().days().get(1).status()).isEqualTo(DayStatus.LOAD_UNKNOWN);
        assertThat(a.figures().weeklyLoad()).isZero();
    }

    @Test
    void addsUpSeveralSessionsOnOneDay() {
        WeeklyAssessment a = new RecoveryEngine().assess(EngineInputs.completeWeek(MAN, List.of(
                TrainingSession.of("am", TUESDAY, SessionType.EASY, 40.0, 3.0),
                TrainingSession.of("pm", TUESDAY, SessionType.STRENGTH, 30.0, 5.0)), List.of(), Scenario.WEEK));
        assertThat(a.sessionLoads()).extracting(SessionLoad::sessionId).containsExactly("am", "pm");
        assertThat(a.figures().days().get(1).load()).isEqualTo(270.0);
        assertThat(a.figures().weeklyLoad()).isEqualTo(270.0);
    }

    @Test
    void excludedSessionsDoNotCount() {
        WeeklyAssessment a = new RecoveryEngine().assess(EngineInputs.completeWeek(MAN, List.of(
                TrainingSession.of("kept", TUESDAY, SessionType.EASY, 40.0, 3.0),
                TrainingSession.of("dropped", TUESDAY, SessionType.RACE, 90.0, 10.0).withExcluded(true)),
                List.of(), Scenario.WEEK));
        assertThat(a.sessionLoads()).extracting(SessionLoad::sessionId).containsExactly("kept");
        assertThat(a.figures().weeklyLoad()).isEqualTo(120.0);
        assertThat(a.figures().counts().hardDays()).isZero();
    }

    @Test
    void aRestSessionWithoutMinutesIsAKnownRestDay() {
        WeeklyAssessment a = new RecoveryEngine().assess(EngineInputs.completeWeek(MAN, List.of(
                TrainingSession.of("rest", TUESDAY, SessionType.REST, Double.NaN, Double.NaN)), List.of(), Scenario.WEEK));
        assertThat(a.sessionLoads().get(0).method()).isEqualTo(LoadMethod.TYPE_DEFAULT);
        assertThat(a.figures().days().get(1).status()).isEqualTo(DayStatus.REST);
    }

    @Test
    void marksLongRunsHardFromTheLevelsDurationOrLoadThreshold() {
        // Intermediate: from 90 min or 600 AU.
        assertThat(only(MAN, TrainingSession.of("s", TUESDAY, SessionType.LONG, 89.0, 4.0)).hard()).isFalse();
        assertThat(only(MAN, TrainingSession.of("s", TUESDAY, SessionType.LONG, 90.0, 4.0)).hard()).isTrue();
        assertThat(only(MAN, TrainingSession.of("s", TUESDAY, SessionType.LONG, 60.0, 9.9)).hard()).isFalse();
        assertThat(only(MAN, TrainingSession.of("s", TUESDAY, SessionType.LONG, 60.0, 10.0)).hard()).isTrue();
        assertThat(only(MAN, TrainingSession.of("s", TUESDAY, SessionType.EASY, 150.0, 5.0)).hard()).isFalse();
    }
}
