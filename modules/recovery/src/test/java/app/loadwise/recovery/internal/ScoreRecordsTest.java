package app.loadwise.recovery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.AthleteProfile;
import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.athlete.Sex;
import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.recovery.ScoreStatus;
import app.loadwise.domain.recovery.WeeklyScore;
import app.loadwise.domain.training.SessionRow;
import app.loadwise.domain.training.SessionType;
import app.loadwise.domain.training.WellnessRow;
import app.loadwise.recovery.engine.Evidence;
import app.loadwise.recovery.engine.Measure;
import app.loadwise.recovery.engine.RuleSettings;
import app.loadwise.recovery.engine.WeeklyAssessment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoreRecordsTest {

    private static final IsoWeek WEEK = IsoWeek.parse("2026-W47");

    private static AthleteScoringInput athleteWithPainLastWeek(Integer maxHr) {
        Athlete athlete = new Athlete(1, "M-1", new AthleteProfile("Ada", Sex.FEMALE, 1990, ExperienceLevel.BEGINNER, maxHr, 50, null));
        List<SessionRow> sessions = new ArrayList<>();
        List<WellnessRow> wellness = new ArrayList<>();
        long id = 1;
        for (LocalDate day = WEEK.monday().minusDays(70); !day.isAfter(WEEK.sunday()); day = day.plusDays(1)) {
            boolean pain = day.equals(WEEK.monday().plusDays(2));
            sessions.add(new SessionRow(id++, 1, day, null, SessionType.EASY, 40.0, null, 7.0, 3, 140, 160,
                    null, null, null, null, pain, pain ? "left Achilles tendon" : null, pain ? 6 : null, null, false, null));
            wellness.add(new WellnessRow(1, day, 7.5, 3, 50, 65.0, 3, 3, 3, 3, null));
        }
        return new AthleteScoringInput(1, athlete, ZoneId.of("Europe/London"), sessions, wellness, RuleSettings.defaults(), null);
    }

    @Test
    void storesScoreStatusFiguresAndFindingsOfAnAssessment() {
        WeeklyAssessment assessment = new AthleteScorer()
                .assess(athleteWithPainLastWeek(190), List.of(new ScoringWeeks.Target(WEEK, WEEK.sunday(), false)), RuleSettings.defaults())
                .get(0);
        WeeklyScore score = new WeeklyScore(1, 1, WEEK, "2026.1");
        ScoreRecords.record(score, assessment, false, Instant.parse("2026-11-23T02:00:00Z"));

        assertThat(score.score()).isEqualTo(assessment.score().value());
        assertThat(score.status()).isEqualTo(ScoreStatus.RED);
        assertThat(score.isProvisional()).isFalse();
        assertThat(score.findings()).extracting(f -> f.ruleId()).contains("pain");
        assertThat(score.findings().get(0).severity()).isEqualTo("red");
        assertThat(score.figures().values().sessions()).isEqualTo(7);
        assertThat(score.figures().values().weeklyLoad()).isEqualTo(7 * 40.0 * 3);
        assertThat(score.figures().values().coverageDays()).isEqualTo(7);
        assertThat(score.figures().values().baselineState()).isEqualTo("available");
    }

    @Test
    void storesFiguresThatWereNotWorkedOutAsNull() {
        Athlete athlete = new Athlete(1, "M-1", new AthleteProfile("Ada", Sex.FEMALE, 1990, ExperienceLevel.BEGINNER, 190, 50, null));
        List<SessionRow> sessions = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            sessions.add(new SessionRow(day + 1, 1, WEEK.monday().plusDays(day), null, SessionType.EASY, 40.0, null, null, 3,
                    null, null, null, null, null, null, false, null, null, null, false, null));
        }
        AthleteScoringInput input = new AthleteScoringInput(1, athlete, ZoneId.of("Europe/London"), sessions, List.of(),
                RuleSettings.defaults(), null);
        WeeklyAssessment assessment = new AthleteScorer()
                .assess(input, List.of(new ScoringWeeks.Target(WEEK, WEEK.sunday(), false)), RuleSettings.defaults())
                .get(0);
        WeeklyScore score = new WeeklyScore(1, 1, WEEK, "2026.1");
        ScoreRecords.record(score, assessment, false, Instant.EPOCH);

        var values = score.figures().values();
        assertThat(values.weeklyLoad()).isEqualTo(7 * 40.0 * 3);
        assertThat(values.acwrRolling()).isNull();
        assertThat(values.acwrEwma()).isNull();
        assertThat(values.ctl()).isNull();
        assertThat(values.tsb()).isNull();
        assertThat(values.monotony()).isNull();
        assertThat(values.runSpikeRatio()).isNull();
        assertThat(values.avgSleepHours()).isNull();
        assertThat(values.restingHrZ()).isNull();
        assertThat(values.hooperIndex()).isNull();
        assertThat(values.baselineState()).isEqualTo("building_baseline");
    }

    @Test
    void theCurrentWeekIsStoredProvisionalEvenWhenTheEngineSeesItComplete() {
        WeeklyAssessment assessment = new AthleteScorer()
                .assess(athleteWithPainLastWeek(190), List.of(new ScoringWeeks.Target(WEEK, WEEK.sunday(), true)), RuleSettings.defaults())
                .get(0);
        WeeklyScore score = new WeeklyScore(1, 1, WEEK, "2026.1");
        ScoreRecords.record(score, assessment, true, Instant.EPOCH);
        assertThat(score.isProvisional()).isTrue();
    }

    @Test
    void everyHeartRateTheDomainStoresReachesTheEngineAsStored() {
        assertThat(AthleteScorer.profile(athleteWithPainLastWeek(250)).maxHeartRate()).isEqualTo(250);
        assertThat(AthleteScorer.profile(athleteWithPainLastWeek(245)).restingHeartRate()).isEqualTo(50);
        assertThat(AthleteScorer.profile(athleteWithPainLastWeek(null)).maxHeartRate()).isNull();
        assertThat(AthleteScorer.profile(athleteWithPainLastWeek(null)).restingHeartRate()).isEqualTo(50);
        WeeklyAssessment assessment = new AthleteScorer()
                .assess(athleteWithPainLastWeek(245), List.of(new ScoringWeeks.Target(WEEK, WEEK.sunday(), false)),
                        RuleSettings.defaults())
                .get(0);
        assertThat(assessment.score().status()).isEqualTo(app.loadwise.recovery.engine.Status.RED);
    }

    @Test
    void writesEvidenceAsOneReadableLine() {
        Evidence evidence = new Evidence(List.of(LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 18)), List.of("12", "14"),
                List.of(new Measure("EWMA ACWR", 1.6234, "ratio")), List.of(new Measure("EWMA ACWR above", 1.5, "ratio")),
                List.of("nagging", "achilles"));
        assertThat(ScoreRecords.evidence(evidence))
                .isEqualTo("dates 2026-11-17, 2026-11-18; sessions 12, 14; EWMA ACWR 1.62; words \"nagging\", \"achilles\"; "
                        + "thresholds EWMA ACWR above 1.5");
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
        "EWMA ACWR            | 1.7123 | ratio            | EWMA ACWR 1.71",
        "fatigue from         | 5      | /7               | fatigue from 5/7",
        "pain score from      | 4      | /10              | pain score from 4/10",
        "resting HR           | 58     | bpm              | resting HR 58 bpm",
        "HRV below            | 43.5   | ms               | HRV below 43.5 ms",
        "sleep below          | 6      | h                | sleep below 6 h",
        "days at least        | 3      | days             | days at least 3 days",
        "easy or rest days    | 1      | days             | easy or rest days 1 day",
        "strain above         | 1      | x usual strain   | strain above 1 x usual strain",
        "monotony             | 2.345  | ratio            | monotony 2.35",
    })
    void writesEachMeasureInWordsWithItsUnit(String name, double value, String unit, String text) {
        assertThat(new Measure(name, value, unit).text()).isEqualTo(text);
    }
}
