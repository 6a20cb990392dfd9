package app.loadwise.reporting;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.club.Club;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.plan.PlanComparison;
import app.loadwise.domain.plan.PlannedSession;
import app.loadwise.domain.plan.PlannedSessionRepository;
import app.loadwise.domain.recovery.ScoreStatus;
import app.loadwise.domain.training.CheckInResponses;
import app.loadwise.domain.training.SessionRow;
import app.loadwise.domain.training.TrainingLogRows;
import app.loadwise.recovery.AthleteWeekScore;
import app.loadwise.recovery.ScoreQueries.ScorePoint;
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
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

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
    CheckInResponses responses;

    @Inject
    PlannedSessionRepository planned;

    @Inject
    TrainingLogRows logRows;

    @Inject
    AthleteRepository athletes;

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
        ScoreQueries.ClubWeekScores current = scores.ofClub(clubId, isoWeek, null, "score");
        List<String> weeks = new ArrayList<>();
        IsoWeek first = isoWeek;
        for (int i = 1; i < TREND_WEEKS; i++) {
            first = first.previous();
        }
        for (IsoWeek w = first; w.compareTo(isoWeek) <= 0; w = w.next()) {
            weeks.add(w.toString());
        }
        List<ScorePoint> points = scores.trendOfClub(clubId, first.previous(), isoWeek);
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
        Map<Long, List<LocalDate>> checkIns = responses.daysOfClub(club.id(), week.monday(), week.monday().plusDays(6));
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
                    null, null, null, null, null, s.score(), s.status(), s.provisional(), findings, loads, trendScores,
                    checkIns.getOrDefault(s.athleteId(), List.of()).size())
                    : new AthleteLine(s.athleteId(), s.memberId(), s.name(), s.level(), f.sessions(), load, change, f.acwrEwma(),
                    f.monotony(), f.strain(), f.hardDays(), f.restDays(), f.strengthSessions(), f.avgSleepHours(),
                    f.restingHrZ(), f.coverageDays(), s.score(), s.status(), s.provisional(), findings, loads, trendScores,
                    checkIns.getOrDefault(s.athleteId(), List.of()).size()));
        }
        List<TrendPoint> clubTrend = new ArrayList<>();
        for (String w : weeks) {
            List<ScorePoint> ofWeek = points.stream().filter(p -> p.week().equals(w)).toList();
            clubTrend.add(new TrendPoint(w, ofWeek.size(), averageLoad(ofWeek), averageScore(ofWeek)));
        }
        WeekTotals previous = previousWeekPoints.isEmpty() ? null : new WeekTotals(previousWeek, previousWeekPoints.size(),
                count(previousWeekPoints, ScoreStatus.GREEN), count(previousWeekPoints, ScoreStatus.AMBER),
                count(previousWeekPoints, ScoreStatus.RED), averageScore(previousWeekPoints), averageLoad(previousWeekPoints));
        return new ClubWeekReport(club.id(), club.name(), club.timeZone(), week.toString(), current.formulaVersion(),
                clock.instant(), lines, weeks, clubTrend, previous, planLines(club, week));
    }

    /** Planned against done of the club's athletes with a plan that week, by name; days before today have passed. */
    private List<ClubWeekReport.PlanLine> planLines(Club club, IsoWeek week) {
        List<PlannedSession> plans = planned.ofClub(club.id(), week.monday(), week.sunday());
        if (plans.isEmpty()) {
            return List.of();
        }
        Map<Long, List<PlannedSession>> byAthlete = new LinkedHashMap<>();
        plans.forEach(p -> byAthlete.computeIfAbsent(p.athleteId(), id -> new ArrayList<>()).add(p));
        List<Long> ids = List.copyOf(byAthlete.keySet());
        Map<Long, List<SessionRow>> done = new HashMap<>();
        logRows.sessions(ids, week.monday(), week.sunday())
                .forEach(r -> done.computeIfAbsent(r.athleteId(), id -> new ArrayList<>()).add(r));
        List<ClubWeekReport.PlanLine> lines = new ArrayList<>();
        for (Athlete athlete : athletes.findAll(ids)) {
            LocalDate today = LocalDate.now(clock.withZone(athlete.zoneOr(club.timeZone())));
            PlanComparison.Result r = PlanComparison.compare(byAthlete.get(athlete.id()), done.getOrDefault(athlete.id(), List.of()),
                    today);
            String changes = r.items().stream()
                    .filter(i -> i.outcome() == PlanComparison.Outcome.CHANGED || i.outcome() == PlanComparison.Outcome.MISSED)
                    .map(i -> i.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " "
                            + PlanComparison.name(i.planned().type()) + ": "
                            + (i.outcome() == PlanComparison.Outcome.MISSED ? "missed" : String.join(", ", i.changes())))
                    .collect(Collectors.joining("; "));
            lines.add(new ClubWeekReport.PlanLine(athlete.id(), athlete.memberId(), athlete.name(), byAthlete.get(athlete.id()).size(),
                    r.count(PlanComparison.Outcome.AS_PLANNED), r.count(PlanComparison.Outcome.CHANGED),
                    r.count(PlanComparison.Outcome.MISSED), r.count(PlanComparison.Outcome.PENDING),
                    r.count(PlanComparison.Outcome.UNPLANNED), changes));
        }
        lines.sort(Comparator.comparing(ClubWeekReport.PlanLine::name, String.CASE_INSENSITIVE_ORDER));
        return lines;
    }

    private static long count(List<ScorePoint> points, ScoreStatus status) {
        return points.stream().filter(p -> p.status() == status).count();
    }

    private static Double averageScore(List<ScorePoint> points) {
        return points.isEmpty() ? null : points.stream().mapToInt(ScorePoint::score).average().orElseThrow();
    }

    private static Double averageLoad(List<ScorePoint> points) {
        var loads = points.stream().filter(p -> p.weeklyLoad() != null).mapToDouble(ScorePoint::weeklyLoad).average();
        return loads.isPresent() ? loads.getAsDouble() : null;
    }
}
