package app.loadwise.recovery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.athlete.Sex;
import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.plan.PlannedSessionDetails;
import app.loadwise.domain.training.SessionType;
import app.loadwise.recovery.PlanCheckView;
import app.loadwise.recovery.PlanCheckView.PlanFinding;
import app.loadwise.recovery.engine.AthleteProfile;
import app.loadwise.recovery.engine.EngineInputs;
import app.loadwise.recovery.engine.RuleId;
import app.loadwise.recovery.engine.RuleSettings;
import app.loadwise.recovery.engine.TrainingSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The plan check: a planned week assessed by the engine with the athlete's history, its findings worded by day. */
class PlanAssessmentTest {

    private static final IsoWeek WEEK = IsoWeek.parse("2026-W51");
    private static final LocalDate MON = WEEK.monday();
    private static final AthleteProfile ADA = EngineInputs.profile("7", Sex.FEMALE, ExperienceLevel.INTERMEDIATE);

    private final PlanAssessment assessment = new PlanAssessment();
    private long nextId = 100;

    /** An easy 40-minute run at RPE 3 (120 AU) on each of the {@code days} days before {@code until}. */
    private static List<TrainingSession> easyDays(LocalDate until, int days) {
        List<TrainingSession> log = new ArrayList<>();
        for (int i = days; i >= 1; i--) {
            log.add(TrainingSession.of("h" + i, until.minusDays(i), SessionType.EASY, 40, 3));
        }
        return log;
    }

    private PlanAssessment.Planned plan(int day, SessionType type, Double minutes, Integer rpe) {
        return new PlanAssessment.Planned(nextId++, new PlannedSessionDetails(MON.plusDays(day), type, minutes, rpe, null, null));
    }

    private PlanCheckView check(List<TrainingSession> history, RuleSettings settings, LocalDate plannedFrom,
                                PlanAssessment.Planned... planned) {
        return assessment.assess(7, ADA, history, List.of(), List.of(planned), settings, WEEK, plannedFrom);
    }

    private PlanCheckView check(PlanAssessment.Planned... planned) {
        return check(easyDays(MON, 35), RuleSettings.defaults(), MON, planned);
    }

    private static Optional<PlanFinding> finding(PlanCheckView view, String ruleId) {
        return view.findings().stream().filter(f -> f.ruleId().equals(ruleId)).findFirst();
    }

    @Test
    void wordsAMissingBufferDayByTheDaysAndSessionsOfThePlan() {
        PlanCheckView view = check(plan(0, SessionType.EASY, 40.0, 3), plan(1, SessionType.INTERVALS, 50.0, 8),
                plan(2, SessionType.HILLS, 45.0, 8), plan(3, SessionType.EASY, 40.0, 3), plan(5, SessionType.EASY, 40.0, 3));

        PlanFinding buffer = finding(view, "buffer-day").orElseThrow();
        assertThat(buffer.wording()).isEqualTo("Tue intervals then Wed hills: no buffer day between them");
        assertThat(buffer.severity()).isEqualTo("amber");
        assertThat(buffer.dates()).containsExactly(MON.plusDays(1), MON.plusDays(2));
        assertThat(buffer.fromPlan()).isTrue();
        assertThat(buffer.message()).startsWith("Back-to-back hard days");
        assertThat(buffer.advice()).isNotBlank();
        assertThat(buffer.evidence()).contains("2026-12-15, 2026-12-16");
        assertThat(view.restDays()).containsExactly(MON.plusDays(4), MON.plusDays(6));
        assertThat(finding(view, "strength").orElseThrow().wording())
                .isEqualTo("0 strength sessions in the week; the rule asks for at least 2");
    }

    @Test
    void judgesTheLastLoggedDayBeforeThePlanWithItsFirstPlannedDay() {
        List<TrainingSession> history = easyDays(MON.minusDays(1), 34);
        history.add(TrainingSession.of("sun", MON.minusDays(1), SessionType.LONG, 130, 5));

        PlanCheckView view = check(history, RuleSettings.defaults(), MON, plan(0, SessionType.TEMPO, 45.0, 6),
                plan(2, SessionType.EASY, 40.0, 3));

        assertThat(finding(view, "buffer-day").orElseThrow().wording())
                .isEqualTo("Sun 13 Dec long then Mon tempo: no buffer day between them");
    }

    @Test
    void wordsTooManySpeedDaysWithTheLevelsLimit() {
        PlanCheckView view = check(plan(1, SessionType.INTERVALS, 50.0, 8), plan(3, SessionType.TEMPO, 45.0, 6),
                plan(5, SessionType.HILLS, 40.0, 7), plan(0, SessionType.EASY, 40.0, 3), plan(2, SessionType.EASY, 40.0, 3),
                plan(4, SessionType.EASY, 40.0, 3));

        assertThat(finding(view, "speed-days").orElseThrow().wording())
                .isEqualTo("Speed work on 3 days (Tue intervals, Thu tempo, Sat hills); the most for an intermediate runner is 2");
    }

    @Test
    void wordsNewIntensityAfterWeeksWithoutSpeedWork() {
        PlanCheckView view = check(plan(1, SessionType.INTERVALS, 45.0, 7), plan(4, SessionType.TEMPO, 40.0, 6),
                plan(0, SessionType.EASY, 40.0, 3), plan(2, SessionType.EASY, 40.0, 3));

        assertThat(finding(view, "new-intensity").orElseThrow().wording())
                .isEqualTo("Tue intervals, Fri tempo: new kinds of hard session after 3 weeks without speed work");
    }

    @Test
    void flagsARampAboveTheClubsLimitAndProjectsTheLoadFigures() {
        PlanCheckView view = check(plan(0, SessionType.EASY, 40.0, 3), plan(1, SessionType.INTERVALS, 50.0, 8),
                plan(2, SessionType.EASY, 45.0, 3), plan(4, SessionType.TEMPO, 45.0, 7), plan(5, SessionType.EASY, 40.0, 3),
                plan(6, SessionType.LONG, 120.0, 5));

        assertThat(view.projected().weeklyLoad()).isEqualTo(120 + 400 + 135 + 315 + 120 + 600);
        assertThat(view.projected().usualWeeklyLoad()).isEqualTo(840.0);
        assertThat(view.projected().ramp()).isEqualTo(1690.0 / 840);
        PlanFinding ramp = finding(view, PlanAssessment.RAMP).orElseThrow();
        assertThat(ramp.wording()).isEqualTo("Week load 1690 AU is 2.01 x the usual week (840 AU): a ramp above 1.5");
        assertThat(ramp.severity()).isEqualTo("amber");
        assertThat(ramp.evidence()).contains("planned weekly load 1690 AU", "usual weekly load 840 AU", "ramp above 1.5");
        assertThat(view.projected().ewmaAcwr()).isGreaterThan(1.0);
        assertThat(view.projected().score()).isNotNull();
    }

    @Test
    void theAcwrProjectedFromThePlanNamesTheDaysAboveTheLimit() {
        PlanCheckView view = check(plan(0, SessionType.LONG, 150.0, 7), plan(1, SessionType.LONG, 150.0, 7),
                plan(2, SessionType.LONG, 150.0, 7), plan(3, SessionType.LONG, 150.0, 7));

        PlanFinding acwr = finding(view, "acwr-spike").orElseThrow();
        assertThat(acwr.dates()).startsWith(MON);
        // the projected ratio is Sunday's, after three rest days; the finding names the days it was above the limit
        assertThat(view.projected().ewmaAcwr()).isLessThan(1.5);
        assertThat(acwr.wording()).matches("Mon(, \\w{3})* and \\w{3}: load jumps against the recent norm, EWMA acute:chronic ratio "
                + "up to \\d\\.\\d+, above 1\\.5");
    }

    @Test
    void theClubsSettingsApplySwitchingRulesAndTheRampOff() {
        RuleSettings off = RuleSettings.defaults().withAllLevels(l -> l.withEnabled(RuleId.BUFFER_DAY, false)
                .withEnabled(RuleId.ACWR_SPIKE, false));
        PlanAssessment.Planned[] heavy = {plan(1, SessionType.INTERVALS, 50.0, 8), plan(2, SessionType.HILLS, 45.0, 8),
            plan(6, SessionType.LONG, 150.0, 7)};

        assertThat(check(easyDays(MON, 35), RuleSettings.defaults(), MON, heavy).findings())
                .extracting(PlanFinding::ruleId).contains("buffer-day", PlanAssessment.RAMP);
        assertThat(check(easyDays(MON, 35), off, MON, heavy).findings()).extracting(PlanFinding::ruleId)
                .doesNotContain("buffer-day", "acwr-spike", PlanAssessment.RAMP);
    }

    @Test
    void aWeekUnderWayTakesItsPastDaysAsLoggedAndTheRestAsPlanned() {
        LocalDate wednesday = MON.plusDays(2);
        List<TrainingSession> history = easyDays(MON, 35);
        history.add(TrainingSession.of("mon", MON, SessionType.TEMPO, 45, 6));
        history.add(TrainingSession.of("tue", MON.plusDays(1), SessionType.INTERVALS, 50, 8));

        PlanCheckView view = check(history, RuleSettings.defaults(), wednesday, plan(0, SessionType.EASY, 40.0, 3),
                plan(2, SessionType.HILLS, 45.0, 7), plan(4, SessionType.EASY, 40.0, 3));

        assertThat(view.plannedFrom()).isEqualTo(wednesday);
        assertThat(view.sessions()).extracting(PlanCheckView.PlannedLoad::date).containsExactly(wednesday, MON.plusDays(4));
        List<PlanFinding> buffers = view.findings().stream().filter(f -> f.ruleId().equals("buffer-day")).toList();
        assertThat(buffers).extracting(PlanFinding::wording).containsExactlyInAnyOrder(
                "Mon tempo then Tue intervals: no buffer day between them", "Tue intervals then Wed hills: no buffer day between them");
        assertThat(buffers).filteredOn(f -> f.wording().startsWith("Mon")).extracting(PlanFinding::fromPlan).containsExactly(false);
        assertThat(buffers).filteredOn(f -> f.wording().startsWith("Tue")).extracting(PlanFinding::fromPlan).containsExactly(true);
    }

    @Test
    void plannedLoadIsMinutesTimesIntendedRpeElseTheTypesTypicalRating() {
        PlanCheckView view = check(plan(1, SessionType.TEMPO, 45.0, 7), plan(3, SessionType.TEMPO, 45.0, null),
                plan(5, SessionType.REST, null, null));

        assertThat(view.sessions()).extracting(PlanCheckView.PlannedLoad::load).containsExactly(315.0, 270.0, 0.0);
        assertThat(view.sessions()).extracting(PlanCheckView.PlannedLoad::loadMethod)
                .containsExactly("session_rpe", "type_default", "type_default");
    }

    @Test
    void nothingPlannedIsNothingToJudge() {
        PlanCheckView view = check();
        assertThat(view.findings()).isEmpty();
        assertThat(view.projected()).isNull();
        assertThat(view.sessions()).isEmpty();
    }
}
