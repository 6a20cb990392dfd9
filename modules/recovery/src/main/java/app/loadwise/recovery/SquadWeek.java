package app.loadwise.recovery;

import app.loadwise.domain.recovery.ScoreStatus;
import java.util.List;

/**
 * A club's week for every active athlete, worst first: the score and its main finding, the figures a coach scans
 * (ACWR, sleep, data completeness) and the last 8 weeks' loads, in one answer. Athletes without a score that week
 * come last. {@code nextWeek} is null while it has not started in the club's time zone.
 */
public record SquadWeek(long clubId, String week, String previousWeek, String nextWeek, String formulaVersion, SquadCounts counts,
                        List<SquadAthlete> athletes) {

    /** How many active athletes, scored ones, and of those how many are red, amber and green. */
    public record SquadCounts(int athletes, int scored, int red, int amber, int green, int unscored) {
    }

    /** A week's load (null when the week has no score). */
    public record WeekLoad(String week, Double load) {
    }

    /**
     * One athlete's week. {@code acwr} is the EWMA acute:chronic ratio the rules use; {@code coverageDays} how many
     * of the week's days have a record; {@code scoreChange} this week's score less last week's; {@code checkInDates}
     * the days of the week (ISO dates) the athlete answered their own check-in.
     */
    public record SquadAthlete(long athleteId, String memberId, String name, String level, Integer score, ScoreStatus status,
                          boolean provisional, String mainReason, int findings, Double weeklyLoad, List<WeekLoad> loadHistory,
                          Double acwr, Double avgSleepHours, Integer coverageDays, Integer previousScore, Integer scoreChange,
                          List<String> checkInDates) {
    }
}
