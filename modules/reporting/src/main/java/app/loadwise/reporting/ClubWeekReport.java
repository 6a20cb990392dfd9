package app.loadwise.reporting;

import app.loadwise.domain.recovery.ScoreStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything a club's weekly report shows, as plain values: the week's scored athletes worst first with their
 * figures and findings, the last weeks of each athlete and of the club, and the previous week's totals.
 *
 * @param trendWeeks the ISO weeks of the trend, oldest first, ending with {@code week}
 * @param clubTrend  one point per trend week, in the same order
 * @param previous   the week before's totals, or null when nothing was scored then
 */
public record ClubWeekReport(long clubId, String clubName, ZoneId timeZone, String week, String formulaVersion,
                             Instant generatedAt, List<AthleteLine> athletes, List<String> trendWeeks,
                             List<TrendPoint> clubTrend, WeekTotals previous, List<PlanLine> plans) {

    public ClubWeekReport {
        athletes = List.copyOf(athletes);
        trendWeeks = List.copyOf(trendWeeks);
        clubTrend = List.copyOf(clubTrend);
        plans = plans == null ? List.of() : List.copyOf(plans);
    }

    /**
     * Planned against done for one athlete with a plan that week: planned sessions done as planned, changed, missed
     * and not yet due, and sessions done without a plan; {@code changes} names what differed, day by day
     * ("Tue tempo: type tempo -> easy; Sat strength: missed").
     */
    public record PlanLine(long athleteId, String memberId, String name, int planned, int asPlanned, int changed, int missed,
                           int pending, int unplanned, String changes) {
    }

    /**
     * One scored athlete's week. Figures are null when they could not be computed; {@code loadChange} is the
     * relative change of the weekly load against the week before (0.25 = +25 %), null without a load then.
     * {@code trendLoads} and {@code trendScores} follow {@link ClubWeekReport#trendWeeks()}, null for unscored weeks.
     * {@code checkInDays} counts the days of the week the athlete answered their own check-in (0 when none).
     */
    public record AthleteLine(long athleteId, String memberId, String name, String level, Integer sessions, Double weeklyLoad,
                              Double loadChange, Double acwrEwma, Double monotony, Double strain, Integer hardDays,
                              Integer restDays, Integer strengthSessions, Double avgSleepHours, Double restingHrZ,
                              Integer daysWithData, int score, ScoreStatus status, boolean provisional, List<FindingLine> findings,
                              List<Double> trendLoads, List<Integer> trendScores, int checkInDays) {

        public AthleteLine {
            findings = List.copyOf(findings);
            trendLoads = Collections.unmodifiableList(new ArrayList<>(trendLoads));
            trendScores = Collections.unmodifiableList(new ArrayList<>(trendScores));
        }

        /** The first (most important) finding's message, or null when no rule fired. */
        public String mainReason() {
            return findings.isEmpty() ? null : findings.get(0).message();
        }

        /** The first finding's advice, or null. */
        public String suggestedAction() {
            return findings.isEmpty() ? null : findings.get(0).advice();
        }
    }

    /** A rule's finding for an athlete, as stored with the score. */
    public record FindingLine(String ruleId, String severity, String message, String advice, String evidence,
                              String evidenceStrength) {
    }

    /** The club in one week: athletes scored, their average weekly load and average score (null when none). */
    public record TrendPoint(String week, int scored, Double averageLoad, Double averageScore) {
    }

    /** A week's totals for comparison. */
    public record WeekTotals(String week, int scored, long green, long amber, long red, Double averageScore, Double averageLoad) {
    }
}
