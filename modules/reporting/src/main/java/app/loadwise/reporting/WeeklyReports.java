package app.loadwise.reporting;

import app.loadwise.domain.club.Club;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.reporting.ScoreTrendRepository;
import app.loadwise.domain.reporting.ScoreTrendRepository.ScorePoint;
import app.loadwise.recovery.AthleteWeekScore;
import app.loadwise.recovery.ScoreQueries;
import app.loadwise.reporting.ClubWeekReport.AthleteLine;
import app.loadwise.reporting.ClubWeekReport.FindingLine;
import app.loadwise.reporting.ClubWeekReport.TrendPoint;
import app.loadwise.reporting.ClubWeekReport.WeekTotals;
import app.loadwise.reporting.internal.WeeklyReportWorkbook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds a club's weekly report from the stored scores and writes it as a workbook. */
@ApplicationScoped
public class WeeklyReports {

    /** Weeks shown in the trends, the report's week included. */
    public static final int TREND_WEEKS = 12;
    public static final String CONTENT_TYPE = WeeklyReportWorkbook.CONTENT_TYPE;

    @Inject
    ClubRepository clubs;

    @Inject
    ScoreQueries scores;

    @Inject
    ScoreTrendRepository trends;

    @Inject
    Clock clock;

    /**
     * Everything the report of a club's ISO week shows. Fails with a not-found error for an unknown club and an
     * invalid-value error ("week") for a malformed week or one that has not started in the club's time zone.
     */
    @Transactional
    public ClubWeekReport assemble(long clubId, String week) {
        Club club = clubs.get(clubId);
        IsoWeek isoWeek = IsoWeek.parse(week);
        LocalDate today = LocalDate.now(clock.withZone(club.timeZone()));
        if (isoWeek.monday().isAfter(today)) {
            throw new InvalidValueException("week", "week " + isoWeek + " has not started yet in " + club.timeZone().getId());
        }
        ScoreQueries.ClubWeekScores current = scores.ofClub(clubId, isoWeek.toString(), null, "score");
        List<String> weeks = new ArrayList<>();
        IsoWeek first = isoWeek;
        for (int i = 1; i < TREND_WEEKS; i++) {
            first = first.previous();
        }
        for (IsoWeek w = first; w.compareTo(isoWeek) <= 0; w = w.next()) {
            weeks.add(w.toString());
        }
        List<ScorePoint> points = trends.ofClub(clubId, current.formulaVersion(), first.previous(), isoWeek);
        return report(club, isoWeek, current, weeks, points);
    }

    /** Writes the report as an xlsx workbook. */
    public void write(ClubWeekReport report, OutputStream out) throws IOException {
        new WeeklyReportWorkbook().write(report, out);
    }

    /** The file name a report is offered under, such as {@code loadwise-club-50-2026-W47.xlsx}. */
    public static String fileName(ClubWeekReport report) {
        return "loadwise-club-" + report.clubId() + "-" + report.week() + ".xlsx";
    }

    private ClubWeekReport report(Club club, IsoWeek week, ScoreQueries.ClubWeekScores current, List<String> weeks,
                                  List<ScorePoint> points) {
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < weeks.size(); i++) {
            column.put(weeks.get(i), i);
        }
        String previousWeek = week.previous().toString();
        Map<Long, ScorePoint[]> byAthlete = new HashMap<>();
        Map<Long, ScorePoint> previousByAthlete = new HashMap<>();
        List<ScorePoint> previousWeekPoints = new ArrayList<>();
        for (ScorePoint p : points) {
            if (p.week().equals(previousWeek)) {
                previousByAthlete.put(p.athleteId(), p);
                previousWeekPoints.add(p);
            }
            Integer at = column.get(p.week());
            if (at != null) {
                byAthlete.computeIfAbsent(p.athleteId(), id -> new ScorePoint[weeks.size()])[at] = p;
            }
        }
        List<AthleteLine> lines = new ArrayList<>(current.items().size());
        for (AthleteWeekScore s : current.items()) {
            ScorePoint[] history = byAthlete.getOrDefault(s.athleteId(), new ScorePoint[weeks.size()]);
            List<Double> loads = new ArrayList<>(weeks.size());
            List<Integer> trendScores = new ArrayList<>(weeks.size());
            for (ScorePoint p : history) {
                loads.add(p == null ? null : p.weeklyLoad());
                trendScores.add(p == null ? null : p.score());
            }
            var f = s.figures();
            Double load = f == null ? null : f.weeklyLoad();
            ScorePoint before = previousByAthlete.get(s.athleteId());
            Double change = load != null && before != null && before.weeklyLoad() != null && before.weeklyLoad() > 0
                    ? load / before.weeklyLoad() - 1 : null;
            List<FindingLine> findings = s.findings().stream()
                    .map(x -> new FindingLine(x.ruleId(), x.severity(), x.message(), x.advice(), x.evidence(), x.evidenceStrength()))
                    .toList();
            lines.add(f == null
                    ? new AthleteLine(s.athleteId(), s.memberId(), s.name(), s.level(), null, null, null, null, null, null, null,
                    null, null, null, null, null, s.score(), s.status(), s.provisional(), findings, loads, trendScores)
                    : new AthleteLine(s.athleteId(), s.memberId(), s.name(), s.level(), f.sessions(), load, change, f.acwrEwma(),
                    f.monotony(), f.strain(), f.hardDays(), f.restDays(), f.strengthSessions(), f.avgSleepHours(),
                    f.restingHrZ(), f.coverageDays(), s.score(), s.status(), s.provisional(), findings, loads, trendScores));
        }
        List<TrendPoint> clubTrend = new ArrayList<>();
        for (String w : weeks) {
            List<ScorePoint> ofWeek = points.stream().filter(p -> p.week().equals(w)).toList();
            clubTrend.add(new TrendPoint(w, ofWeek.size(), averageLoad(ofWeek), averageScore(ofWeek)));
        }
        WeekTotals previous = previousWeekPoints.isEmpty() ? null : new WeekTotals(previousWeek, previousWeekPoints.size(),
                count(previousWeekPoints, "green"), count(previousWeekPoints, "amber"), count(previousWeekPoints, "red"),
                averageScore(previousWeekPoints), averageLoad(previousWeekPoints));
        return new ClubWeekReport(club.id(), club.name(), club.timeZone(), week.toString(), current.formulaVersion(),
                clock.instant(), lines, weeks, clubTrend, previous);
    }

    private static long count(List<ScorePoint> points, String status) {
        return points.stream().filter(p -> p.status().equals(status)).count();
    }

    private static Double averageScore(List<ScorePoint> points) {
        return points.isEmpty() ? null : points.stream().mapToInt(ScorePoint::score).average().orElseThrow();
    }

    private static Double averageLoad(List<ScorePoint> points) {
        var loads = points.stream().filter(p -> p.weeklyLoad() != null).mapToDouble(ScorePoint::weeklyLoad).average();
        return loads.isPresent() ? loads.getAsDouble() : null;
    }
}
