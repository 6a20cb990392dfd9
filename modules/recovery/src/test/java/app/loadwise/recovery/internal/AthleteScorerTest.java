package app.loadwise.recovery.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.AthleteProfile;
import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.athlete.Sex;
import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.training.SessionRow;
import app.loadwise.domain.training.SessionType;
import app.loadwise.domain.training.WellnessRow;
import app.loadwise.recovery.engine.AssessmentInput;
import app.loadwise.recovery.engine.RecoveryEngine;
import app.loadwise.recovery.engine.RuleSettings;
import app.loadwise.recovery.engine.TrainingLog;
import app.loadwise.recovery.engine.TrainingSession;
import app.loadwise.recovery.engine.WeeklyAssessment;
import app.loadwise.recovery.engine.WellnessEntry;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AthleteScorerTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 18);

    @Test
    void storedRowsBecomeOneRecordEachWithMissingValuesAsNotRecorded() {
        SessionRow full = new SessionRow(7, 1, DAY, LocalTime.of(18, 5), SessionType.HILLS, 48.5, 55.0, 9.2, 8, 162, 181,
                15, 40, 55, 25, true, "left shin", 6, 3, false, null);
        SessionRow bare = new SessionRow(8, 1, DAY.plusDays(1), null, SessionType.EASY, null, null, null, null, null, null,
                null, null, null, null, false, null, null, null, true, "nagging pain in the achilles again");
        WellnessRow morning = new WellnessRow(1, DAY, 7.5, 2, 49, 71.5, 3, 4, 2, 1, "knee a bit stiff");
        WellnessRow blank = new WellnessRow(1, DAY.plusDays(1), null, null, null, null, null, null, null, null, null);

        TrainingLog log = AthleteScorer.log(List.of(full, bare), List.of(morning, blank));

        int none = TrainingSession.NOT_RECORDED;
        assertThat(log.sessions()).containsExactly(
                new TrainingSession("7", DAY, LocalTime.of(18, 5), SessionType.HILLS, 48.5, 55, 9.2, 8, 162, 181, 15, 40,
                        55, 25, true, "left shin", 6, 3, false, null),
                new TrainingSession("8", DAY.plusDays(1), null, SessionType.EASY, Double.NaN, Double.NaN, Double.NaN,
                        Double.NaN, none, none, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false, null, none, none,
                        true, "nagging pain in the achilles again"));
        assertThat(log.wellness()).containsExactly(
                new WellnessEntry(DAY, 7.5, 2, 49, 71.5, 3, 4, 2, 1, "knee a bit stiff"),
                new WellnessEntry(DAY.plusDays(1), Double.NaN, none, none, Double.NaN, none, none, none, none, null));
    }

    @Test
    void assessesEachTargetWeekFromOneLogInTheTargetsOrder() {
        List<SessionRow> sessions = new ArrayList<>();
        List<WellnessRow> wellness = new ArrayList<>();
        LocalDate today = LocalDate.of(2026, 11, 25);
        for (LocalDate day = today.minusDays(75); !day.isAfter(today); day = day.plusDays(1)) {
            boolean hard = day.getDayOfWeek() == DayOfWeek.TUESDAY;
            sessions.add(new SessionRow(day.toEpochDay(), 1, day, null, hard ? SessionType.INTERVALS : SessionType.EASY,
                    hard ? 50.0 : 35.0, null, 7.0, hard ? 8 : 3, null, null, null, null, null, null, false, null, null,
                    null, false, null));
            wellness.add(new WellnessRow(1, day, 7.5, 3, 50, 65.0, 3, 3, 3, 3, null));
        }
        Athlete athlete = new Athlete(1, "M-1", new AthleteProfile("Ada", Sex.FEMALE, 1990, ExperienceLevel.INTERMEDIATE,
                null, null, null));
        AthleteScoringInput input = new AthleteScoringInput(1, athlete, ZoneId.of("Europe/Berlin"), sessions, wellness,
                RuleSettings.defaults(), null);
        List<ScoringWeeks.Target> targets = ScoringWeeks.targets(null, today);

        List<WeeklyAssessment> assessed = new AthleteScorer().assess(input, targets, RuleSettings.defaults());

        assertThat(assessed).extracting(WeeklyAssessment::week).containsExactly(IsoWeek.parse("2026-W47"),
                IsoWeek.parse("2026-W48"));
        assertThat(assessed).extracting(WeeklyAssessment::asOf).containsExactly(today, today);
        RecoveryEngine engine = new RecoveryEngine();
        AssessmentInput lastWeek = new AssessmentInput(AthleteScorer.profile(input), AthleteScorer.log(sessions, wellness),
                RuleSettings.defaults(), targets.get(0).week(), targets.get(0).asOf());
        assertThat(assessed.get(0)).isEqualTo(engine.assess(lastWeek));
        assertThat(assessed.get(0).score()).isNotNull();
    }

    @Test
    void aStoredRowOutOfRangeIsRefusedNamingTheField() {
        SessionRow impossible = new SessionRow(9, 1, DAY, null, SessionType.EASY, 30.0, null, null, 11, null, null,
                null, null, null, null, false, null, null, null, false, null);

        assertThatThrownBy(() -> AthleteScorer.log(List.of(impossible), List.of()))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("rpe");
    }
}
