package app.loadwise.recovery.internal;

import app.loadwise.domain.health.HealthEventKind;
import app.loadwise.domain.health.HealthEventRow;
import app.loadwise.domain.recovery.FindingRow;
import app.loadwise.domain.recovery.ScoredWeekRow;
import app.loadwise.recovery.RulePrecision;
import app.loadwise.recovery.RulePrecisionReport.EventOutcome;
import app.loadwise.recovery.RulePrecisionReport.Outcome;
import app.loadwise.recovery.RulePrecisionReport.RuleOutcome;
import app.loadwise.recovery.RulePrecisionReport;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rule precision from plain rows: a club's red and amber findings, its scored weeks and its athletes' injuries and
 * illnesses. The definition (docs/scoring.md, "Findings workflow"):
 * <ul>
 * <li>the <b>window</b> of a finding in the week starting Monday M is (M, M + 6 + 21 days]: a new injury or illness
 *     that starts on the Tuesday to Sunday of the week or in the 21 days after it <b>follows</b> the finding;</li>
 * <li>a week that starts <b>during a health event</b> (one that started on or before M and had not ended before M;
 *     no end date: still going on) is not evaluated: the finding most likely reports what is already there;</li>
 * <li>a week whose window has not passed yet (its last day is today or later) is <b>pending</b> and not evaluated;</li>
 * <li>one injury counts for every evaluated finding of that athlete whose window holds its start.</li>
 * </ul>
 */
public final class RulePrecisionCalculator {

    private static final int WINDOW_END = 6 + RulePrecision.WINDOW_DAYS;

    private RulePrecisionCalculator() {
    }

    /** The rows and the period: finding weeks from {@code firstMonday} to {@code lastMonday}, events that started from {@code from} to {@code to}. */
    public record Input(LocalDate firstMonday, LocalDate lastMonday, LocalDate from, LocalDate to, LocalDate asOf,
                        List<FindingRow> findings, List<ScoredWeekRow> scoredWeeks, List<HealthEventRow> events) {
    }

    /** What became of one athlete-week. */
    enum Status { EVALUATED, DURING_HEALTH_EVENT, PENDING }

    record WeekOutcome(Status status, boolean injury, boolean illness) {
    }

    /** Whether an event starting on {@code start} lies in the window of the week starting {@code monday}. */
    static boolean inWindow(LocalDate start, LocalDate monday) {
        return start.isAfter(monday) && !start.isAfter(monday.plusDays(WINDOW_END));
    }

    /** The outcome of the week starting {@code monday} for an athlete with these events, as known on {@code asOf}. */
    static WeekOutcome outcome(LocalDate monday, List<HealthEventRow> events, LocalDate asOf) {
        for (HealthEventRow e : events) {
            if (!e.startedOn().isAfter(monday) && (e.endedOn() == null || !e.endedOn().isBefore(monday))) {
                return new WeekOutcome(Status.DURING_HEALTH_EVENT, false, false);
            }
        }
        if (!monday.plusDays(WINDOW_END).isBefore(asOf)) {
            return new WeekOutcome(Status.PENDING, false, false);
        }
        boolean injury = false;
        boolean illness = false;
        for (HealthEventRow e : events) {
            if (inWindow(e.startedOn(), monday)) {
                injury |= e.kind() == HealthEventKind.INJURY;
                illness |= e.kind() == HealthEventKind.ILLNESS;
            }
        }
        return new WeekOutcome(Status.EVALUATED, injury, illness);
    }

    public static RulePrecisionReport calculate(long clubId, String formulaVersion, String firstWeek, String lastWeek, Input in) {
        Map<Long, List<HealthEventRow>> eventsByAthlete = new HashMap<>();
        in.events().forEach(e -> eventsByAthlete.computeIfAbsent(e.athleteId(), k -> new ArrayList<>()).add(e));
        Map<String, Tally> red = new TreeMap<>();
        Map<String, Tally> amber = new TreeMap<>();
        Map<Long, Set<LocalDate>> redWeeks = new HashMap<>();
        Set<AthleteWeek> redInPeriod = new HashSet<>();
        Tally anyRed = new Tally();
        for (FindingRow f : in.findings()) {
            boolean isRed = "red".equals(f.severity());
            if (isRed) {
                redWeeks.computeIfAbsent(f.athleteId(), k -> new HashSet<>()).add(f.weekStart());
            }
            if (f.weekStart().isBefore(in.firstMonday()) || f.weekStart().isAfter(in.lastMonday())) {
                continue;
            }
            WeekOutcome outcome = outcome(f.weekStart(), eventsByAthlete.getOrDefault(f.athleteId(), List.of()), in.asOf());
            if (isRed) {
                red.computeIfAbsent(f.ruleId(), k -> new Tally()).add(outcome);
                if (redInPeriod.add(new AthleteWeek(f.athleteId(), f.weekStart()))) {
                    anyRed.add(outcome);
                }
            } else if ("amber".equals(f.severity())) {
                amber.computeIfAbsent(f.ruleId(), k -> new Tally()).add(outcome);
            }
        }
        Map<Long, Set<LocalDate>> scored = new HashMap<>();
        Tally noRed = new Tally();
        for (ScoredWeekRow w : in.scoredWeeks()) {
            scored.computeIfAbsent(w.athleteId(), k -> new HashSet<>()).add(w.weekStart());
            if (!w.weekStart().isBefore(in.firstMonday()) && !w.weekStart().isAfter(in.lastMonday())
                    && !redInPeriod.contains(new AthleteWeek(w.athleteId(), w.weekStart()))) {
                noRed.add(outcome(w.weekStart(), eventsByAthlete.getOrDefault(w.athleteId(), List.of()), in.asOf()));
            }
        }
        EventTally injuries = new EventTally();
        EventTally illnesses = new EventTally();
        for (HealthEventRow e : in.events()) {
            if (e.startedOn().isBefore(in.from()) || e.startedOn().isAfter(in.to())) {
                continue;
            }
            EventTally tally = e.kind() == HealthEventKind.INJURY ? injuries : illnesses;
            tally.recorded++;
            if (anyWindowHolds(e.startedOn(), redWeeks.getOrDefault(e.athleteId(), Set.of()))) {
                tally.preceded++;
            } else if (anyWindowHolds(e.startedOn(), scored.getOrDefault(e.athleteId(), Set.of()))) {
                tally.missed++;
            } else {
                tally.unscored++;
            }
        }
        Set<String> rules = new HashSet<>(red.keySet());
        rules.addAll(amber.keySet());
        List<RuleOutcome> outcomes = rules.stream()
                .map(rule -> new RuleOutcome(rule, red.getOrDefault(rule, new Tally()).outcome(), amber.getOrDefault(rule, new Tally()).outcome()))
                .sorted(Comparator.comparingLong((RuleOutcome r) -> -r.red().evaluated())
                        .thenComparingLong(r -> -(r.red().evaluated() + r.red().duringHealthEvent() + r.red().pending()))
                        .thenComparing(RuleOutcome::ruleId))
                .toList();
        return new RulePrecisionReport(clubId, in.from(), in.to(), firstWeek, lastWeek, in.asOf(), formulaVersion,
                RulePrecision.WINDOW_DAYS, outcomes, anyRed.outcome(), noRed.outcome(), injuries.outcome(), illnesses.outcome());
    }

    /** Whether one of the weeks (by Monday) has a window holding {@code start}: only the four Mondays before it can. */
    private static boolean anyWindowHolds(LocalDate start, Set<LocalDate> mondays) {
        if (mondays.isEmpty()) {
            return false;
        }
        LocalDate monday = start.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (; inWindow(start, monday); monday = monday.minusWeeks(1)) {
            if (mondays.contains(monday)) {
                return true;
            }
        }
        return false;
    }

    private record AthleteWeek(long athleteId, LocalDate monday) {
    }

    private static final class Tally {
        private long evaluated;
        private long injury;
        private long illness;
        private long during;
        private long pending;

        void add(WeekOutcome outcome) {
            switch (outcome.status()) {
                case DURING_HEALTH_EVENT -> during++;
                case PENDING -> pending++;
                case EVALUATED -> {
                    evaluated++;
                    injury += outcome.injury() ? 1 : 0;
                    illness += outcome.illness() ? 1 : 0;
                }
            }
        }

        Outcome outcome() {
            return new Outcome(evaluated, injury, share(injury, evaluated), illness, share(illness, evaluated), during, pending);
        }
    }

    private static final class EventTally {
        private long recorded;
        private long preceded;
        private long missed;
        private long unscored;

        EventOutcome outcome() {
            return new EventOutcome(recorded, preceded, missed, unscored);
        }
    }

    static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 1000.0;
    }
}
