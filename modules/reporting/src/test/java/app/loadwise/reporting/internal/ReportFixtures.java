package app.loadwise.reporting.internal;

import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.recovery.ScoreStatus;
import app.loadwise.reporting.ClubWeekReport;
import app.loadwise.reporting.ClubWeekReport.AthleteLine;
import app.loadwise.reporting.ClubWeekReport.FindingLine;
import app.loadwise.reporting.ClubWeekReport.TrendPoint;
import app.loadwise.reporting.ClubWeekReport.WeekTotals;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Club reports made up for tests and the benchmark. */
public final class ReportFixtures {

    public static final IsoWeek WEEK = IsoWeek.parse("2026-W47");

    private ReportFixtures() {
    }

    /** A small club: one red athlete with pain and a formula-like name, one amber, one green without figures. */
    public static ClubWeekReport smallClub() {
        List<String> weeks = trendWeeks(12);
        List<AthleteLine> athletes = List.of(
                athlete(1, "RH-001", "=HYPERLINK(\"http://x\",\"Ada\")", 38, ScoreStatus.RED, weeks,
                        List.of(new FindingLine("pain", "red", "Sharp left Achilles pain reported on 2026-11-18",
                                        "Stop running until assessed by a physio", "pain score 6 on 2026-11-18", "strong (clinical consensus)"),
                                new FindingLine("buffer-day", "amber", "Hard days back to back", "Put an easy day between hard days",
                                        "dates 2026-11-17, 2026-11-18", "expert opinion"))),
                athlete(2, "RH-002", "Ben & Jerry's \u0007Runner", 62, ScoreStatus.AMBER, weeks,
                        List.of(new FindingLine("acwr-spike", "amber", "Load rose sharply against the last four weeks",
                                "Hold the load this week", "EWMA ACWR 1.62 (threshold 1.5)", "weak and disputed"))),
                new AthleteLine(3, "RH-003", "Chidi Obi", "beginner", null, null, null, null, null, null, null, null, null, null,
                        null, 2, 88, ScoreStatus.GREEN, true, List.of(), nulls(weeks.size()), nulls(weeks.size()), 0));
        List<TrendPoint> trend = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            trend.add(new TrendPoint(weeks.get(i), 3, 1800.0 + 40 * i, 80.0 - i));
        }
        return new ClubWeekReport(7, "Riverside Harriers", ZoneId.of("Europe/Berlin"), WEEK.toString(), "2026.1",
                Instant.parse("2026-11-23T05:00:00Z"), athletes, weeks, trend,
                new WeekTotals(WEEK.previous().toString(), 3, 2, 1, 0, 71.5, 1750.0), List.of());
    }

    /** A club of {@code size} athletes, worst first, each with twelve weeks of trend and a finding every other athlete. */
    public static ClubWeekReport club(int size) {
        List<String> weeks = trendWeeks(12);
        List<AthleteLine> athletes = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int score = (int) ((long) i * 100 / size);
            ScoreStatus status = score < 50 ? ScoreStatus.RED : score < 75 ? ScoreStatus.AMBER : ScoreStatus.GREEN;
            List<FindingLine> findings = i % 2 == 0
                    ? List.of(new FindingLine("monotony", status == ScoreStatus.GREEN ? "advice" : status.code(),
                    "Every day looked the same: monotony 2.4 with strain above usual", "Make easy days easier",
                    "monotony 2.40, strain 5210 (usual 3900)", "expert opinion"))
                    : List.of();
            athletes.add(athlete(i + 1, "M-" + (i + 1), "Athlete " + (i + 1), score, status, weeks, findings));
        }
        List<TrendPoint> trend = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            trend.add(new TrendPoint(weeks.get(i), size, 1800.0 + 10 * i, 70.0 + (i % 3)));
        }
        return new ClubWeekReport(9, "Big Club", ZoneId.of("UTC"), WEEK.toString(), "2026.1", Instant.parse("2026-11-23T05:00:00Z"),
                athletes, weeks, trend, null, List.of());
    }

    static List<String> trendWeeks(int count) {
        List<String> weeks = new ArrayList<>();
        IsoWeek week = WEEK;
        for (int i = 0; i < count; i++) {
            weeks.add(0, week.toString());
            week = week.previous();
        }
        return weeks;
    }

    private static AthleteLine athlete(long id, String member, String name, int score, ScoreStatus status, List<String> weeks,
                                       List<FindingLine> findings) {
        List<Double> loads = new ArrayList<>();
        List<Integer> scores = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            loads.add(i == 3 ? null : 1500.0 + 25 * i + id);
            scores.add(i == 3 ? null : Math.max(0, Math.min(100, score + 11 - i)));
        }
        return new AthleteLine(id, member, name, "intermediate", 5, 2140.0, 0.25, 1.31, 1.85, 3959.0, 3, 2, 1, 6.9, 1.4, 7,
                score, status, false, findings, loads, scores, 0);
    }

    private static <T> List<T> nulls(int n) {
        List<T> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(null);
        }
        return list;
    }
}
