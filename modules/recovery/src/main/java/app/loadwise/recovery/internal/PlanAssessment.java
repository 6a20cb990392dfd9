package app.loadwise.recovery.internal;

import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.plan.PlannedSessionDetails;
import app.loadwise.domain.recovery.ScoreStatus;
import app.loadwise.domain.training.SessionType;
import app.loadwise.recovery.PlanCheckView.PlanFinding;
import app.loadwise.recovery.PlanCheckView.PlanProjection;
import app.loadwise.recovery.PlanCheckView.PlannedLoad;
import app.loadwise.recovery.PlanCheckView;
import app.loadwise.recovery.engine.AssessmentInput;
import app.loadwise.recovery.engine.AthleteProfile;
import app.loadwise.recovery.engine.Evidence;
import app.loadwise.recovery.engine.Finding;
import app.loadwise.recovery.engine.LevelRules;
import app.loadwise.recovery.engine.Measure;
import app.loadwise.recovery.engine.RecoveryEngine;
import app.loadwise.recovery.engine.RuleId;
import app.loadwise.recovery.engine.RuleSettings;
import app.loadwise.recovery.engine.SessionLoad;
import app.loadwise.recovery.engine.TrainingSession;
import app.loadwise.recovery.engine.WeekFigures;
import app.loadwise.recovery.engine.WeeklyAssessment;
import app.loadwise.recovery.engine.WellnessEntry;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Assesses a planned week with the athlete's history through the engine's entry point alone: the planned sessions
 * become engine sessions (load from planned minutes x intended RPE, else the session type's typical RPE), every day
 * from {@code plannedFrom} to Sunday without one becomes a rest day, and the week is assessed as of its Sunday. The
 * findings are then worded by day from the sessions they name. Plain Java: no clock, no database.
 */
public final class PlanAssessment {

    /** The id an engine session of a planned session carries. */
    static final String PLANNED = "plan-";
    private static final String REST = "rest-";

    /** The ramp the plan check adds to the engine's findings; see {@link #ramp}. */
    public static final String RAMP = "ramp";

    private final RecoveryEngine engine = new RecoveryEngine();

    /** A planned session as the check reads it: its id and what is planned. */
    public record Planned(long id, PlannedSessionDetails details) {
        LocalDate date() {
            return details.date();
        }
    }

    /**
     * The plan check of {@code week}: history records (sessions and wellness, logged before {@code plannedFrom}) with
     * the planned sessions from {@code plannedFrom} to the Sunday.
     */
    public PlanCheckView assess(long athleteId, AthleteProfile profile, List<TrainingSession> history, List<WellnessEntry> wellness,
                                List<Planned> plan, RuleSettings settings, IsoWeek week, LocalDate plannedFrom) {
        List<Planned> planned = plan.stream().filter(p -> !p.date().isBefore(plannedFrom) && !p.date().isAfter(week.sunday()))
                .toList();
        String level = profile.experienceLevel().code();
        if (planned.isEmpty()) {
            return new PlanCheckView(athleteId, week.toString(), week.monday(), week.sunday(), plannedFrom, level, List.of(),
                    List.of(), List.of(), null);
        }
        Map<String, TrainingSession> byId = new HashMap<>();
        List<TrainingSession> sessions = new ArrayList<>(history.size() + 7);
        for (TrainingSession s : history) {
            if (s.date().isBefore(plannedFrom)) {
                sessions.add(s);
                byId.put(s.id(), s);
            }
        }
        Set<LocalDate> plannedDays = new LinkedHashSet<>();
        for (Planned p : planned) {
            TrainingSession s = engineSession(p);
            sessions.add(s);
            byId.put(s.id(), s);
            plannedDays.add(p.date());
        }
        List<LocalDate> restDays = new ArrayList<>(7);
        for (LocalDate day = plannedFrom; !day.isAfter(week.sunday()); day = day.plusDays(1)) {
            if (!plannedDays.contains(day)) {
                TrainingSession rest = TrainingSession.of(REST + day, day, SessionType.REST, Double.NaN, Double.NaN);
                sessions.add(rest);
                byId.put(rest.id(), rest);
                restDays.add(day);
            }
        }
        List<WellnessEntry> before = wellness.stream().filter(w -> w.date().isBefore(plannedFrom)).toList();
        WeeklyAssessment assessment = engine.assess(new AssessmentInput(profile, sessions, before, settings, week, week.sunday()));

        Words words = new Words(week, byId, level);
        List<PlanFinding> findings = new ArrayList<>();
        for (Finding f : assessment.findings()) {
            findings.add(new PlanFinding(f.ruleId(), f.severity().name().toLowerCase(Locale.ROOT), words.of(f), f.message(),
                    f.advice(), ScoreRecords.evidence(f.evidence()), f.evidenceStrength().description(), f.evidence().dates(),
                    fromPlan(f.evidence(), plannedFrom, week)));
        }
        LevelRules rules = settings.forLevel(profile.experienceLevel());
        PlanFinding ramp = ramp(assessment.figures(), rules.isEnabled(RuleId.ACWR_SPIKE), rules.acwrSpike().maxEwmaAcwr(), week);
        if (ramp != null) {
            findings.add(ramp);
        }
        findings.sort(Comparator.comparing(PlanAssessment::rank));

        Map<String, SessionLoad> loads = assessment.sessionLoads().stream()
                .collect(Collectors.toMap(SessionLoad::sessionId, l -> l, (a, b) -> a));
        List<PlannedLoad> plannedLoads = planned.stream().map(p -> {
            SessionLoad load = loads.get(PLANNED + p.id());
            PlannedSessionDetails d = p.details();
            return new PlannedLoad(p.id(), d.date(), d.type().code(), d.minutes(), d.intendedRpe(), load == null ? 0 : load.load(),
                    load == null ? "unknown" : load.method().name().toLowerCase(Locale.ROOT));
        }).toList();
        return new PlanCheckView(athleteId, week.toString(), week.monday(), week.sunday(), plannedFrom, level, plannedLoads,
                restDays, findings, projection(assessment));
    }

    static TrainingSession engineSession(Planned p) {
        PlannedSessionDetails d = p.details();
        TrainingSession s = TrainingSession.of(PLANNED + p.id(), d.date(), d.type(), nan(d.minutes()),
                d.intendedRpe() == null ? Double.NaN : d.intendedRpe());
        return d.distanceKm() == null ? s : s.withDistanceKm(d.distanceKm());
    }

    private static double nan(Double value) {
        return value == null ? Double.NaN : value;
    }

    /** Whether the finding rests on a planned day (or, naming no day, on the week the plan fills). */
    private static boolean fromPlan(Evidence evidence, LocalDate plannedFrom, IsoWeek week) {
        if (evidence.sessionIds().stream().anyMatch(id -> id.startsWith(PLANNED) || id.startsWith(REST))) {
            return true;
        }
        if (evidence.dates().isEmpty()) {
            return true;
        }
        return evidence.dates().stream().anyMatch(d -> !d.isBefore(plannedFrom) && !d.isAfter(week.sunday()));
    }

    private static int rank(PlanFinding f) {
        return switch (f.severity()) {
            case "red" -> 0;
            case "amber" -> 1;
            default -> 2;
        };
    }

    /**
     * The week as planned against the athlete's usual week: weekly load / usual weekly load above the club's
     * acute:chronic limit for the level ({@code acwrSpike.maxEwmaAcwr}, 1.5 by default), while that rule is on.
     * Needs the usual weekly load (2 earlier complete weeks).
     */
    static PlanFinding ramp(WeekFigures figures, boolean enabled, double limit, IsoWeek week) {
        double usual = figures.variation().usualWeeklyLoad();
        if (!enabled || !WeekFigures.workedOut(usual) || !(usual > 0) || !WeekFigures.workedOut(figures.weeklyLoad())) {
            return null;
        }
        double ratio = figures.weeklyLoad() / usual;
        if (ratio <= limit) {
            return null;
        }
        String wording = "Week load " + Math.round(figures.weeklyLoad()) + " AU is " + two(ratio) + " x the usual week ("
                + Math.round(usual) + " AU): a ramp above " + two(limit);
        String message = "The planned week's load, " + Math.round(figures.weeklyLoad()) + " AU, is " + two(ratio)
                + " times the athlete's usual weekly load of " + Math.round(usual) + " AU (mean of the earlier complete weeks);"
                + " the club's limit for a load jump is " + two(limit) + ".";
        Evidence evidence = new Evidence(List.of(week.monday(), week.sunday()), List.of(),
                List.of(new Measure("planned weekly load", figures.weeklyLoad(), "AU"),
                        new Measure("usual weekly load", usual, "AU"), new Measure("ramp", ratio, "ratio")),
                List.of(new Measure("ramp above", limit, "ratio")));
        return new PlanFinding(RAMP, "amber", wording, message,
                "Spread the increase over two or three weeks: plan this week nearer the usual load and build from there.",
                ScoreRecords.evidence(evidence), RuleId.ACWR_SPIKE.evidenceStrength().description(), List.of(), true);
    }

    private static PlanProjection projection(WeeklyAssessment a) {
        WeekFigures f = a.figures();
        double usual = f.variation().usualWeeklyLoad();
        Double ramp = WeekFigures.workedOut(usual) && usual > 0 ? f.weeklyLoad() / usual : null;
        return new PlanProjection(f.weeklyLoad(), ScoreRecords.orNull(usual), ramp, ScoreRecords.orNull(f.ratios().ewma()),
                ScoreRecords.orNull(f.ratios().rolling()), ScoreRecords.orNull(f.fitness().ctl()),
                ScoreRecords.orNull(f.fitness().rampRate()), a.score() == null ? null : a.score().value(),
                a.score() == null ? null : ScoreStatus.valueOf(a.score().status().name()));
    }

    private static String two(double v) {
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** Findings in words by day, from the sessions their evidence names. */
    static final class Words {

        private final IsoWeek week;
        private final Map<String, TrainingSession> sessions;
        private final String level;

        Words(IsoWeek week, Map<String, TrainingSession> sessions, String level) {
            this.week = week;
            this.sessions = sessions;
            this.level = level;
        }

        String of(Finding f) {
            Evidence e = f.evidence();
            return switch (f.ruleId()) {
                case "buffer-day" -> pair(e, "no buffer day between them", f);
                case "after-long-run" -> pair(e, "no easy day after the long run", f);
                case "speed-days" -> "Speed work on " + plural(e.dates().size(), "day") + " (" + byDay(e, e.dates()) + ")"
                        + first(e.thresholds()).map(max -> "; the most for a" + (level.matches("[aeiou].*") ? "n " : " ") + level
                                + " runner is " + Math.round(max)).orElse("");
                case "new-intensity" -> byDay(e, e.dates()) + ": new kinds of hard session "
                        + named(e.values(), "quiet history").map(days -> "after " + quiet(days) + " without speed work")
                                .orElse("after weeks without speed work");
                case "acwr-spike" -> dayList(e.dates()) + ": load jumps against the recent norm, EWMA acute:chronic ratio "
                        + first(e.values()).map(PlanAssessment::two).map(r -> "up to " + r).orElse("high")
                        + first(e.thresholds()).map(t -> ", above " + two(t)).orElse("");
                case "single-run-spike" -> byDay(e, e.dates()) + ": " + spike(e);
                case "no-easy-day" -> "No easy or rest day in the week";
                case "strength" -> named(e.values(), "strength sessions").map(n -> plural((int) Math.round(n), "strength session"))
                        .orElse("Too few strength sessions") + " in the week"
                        + first(e.thresholds()).map(min -> "; the rule asks for at least " + Math.round(min)).orElse("");
                default -> f.message();
            };
        }

        /** "Tue intervals then Wed hills: no buffer day between them". */
        private String pair(Evidence e, String what, Finding f) {
            if (e.dates().size() < 2) {
                return f.message();
            }
            LocalDate first = e.dates().get(0);
            LocalDate second = e.dates().get(1);
            return day(first) + " " + types(e, first) + " then " + day(second) + " " + types(e, second) + ": " + what;
        }

        /** "Tue intervals, Thu tempo, Sat hills". */
        private String byDay(Evidence e, List<LocalDate> dates) {
            return dates.stream().distinct().map(d -> day(d) + " " + types(e, d)).collect(Collectors.joining(", "));
        }

        /** The types of the finding's sessions on the date, "easy and strength"; all the day's sessions if it names none. */
        private String types(Evidence e, LocalDate date) {
            List<TrainingSession> named = e.sessionIds().stream().map(sessions::get)
                    .filter(s -> s != null && s.date().equals(date)).toList();
            if (named.isEmpty()) {
                named = sessions.values().stream().filter(s -> s.date().equals(date) && s.type() != SessionType.REST)
                        .sorted(Comparator.comparing(TrainingSession::id)).toList();
            }
            String text = named.stream().map(s -> s.type().code().replace('_', ' ')).distinct().collect(Collectors.joining(" and "));
            return text.isEmpty() ? "rest" : text;
        }

        private String spike(Evidence e) {
            var run = named(e.values(), "run");
            var longest = named(e.values(), "longest run of the previous 30 days");
            String unit = e.values().isEmpty() ? "" : e.values().get(0).unit();
            if (run.isPresent() && longest.isPresent() && longest.get() > 0) {
                long percent = Math.round((run.get() / longest.get() - 1) * 100);
                return Math.round(run.get()) + " " + unit + ", " + percent + "% longer than the longest run of the 30 days before ("
                        + Math.round(longest.get()) + " " + unit + ")";
            }
            return "much longer than the longest run of the 30 days before";
        }

        /** "Tue", or "Sun 29 Nov" outside the week. */
        String day(LocalDate date) {
            String name = date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            return week.contains(date) ? name
                    : name + " " + date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        }

        private String dayList(List<LocalDate> dates) {
            List<String> days = dates.stream().map(this::day).toList();
            if (days.isEmpty()) {
                return "The week";
            }
            return days.size() == 1 ? days.get(0)
                    : String.join(", ", days.subList(0, days.size() - 1)) + " and " + days.get(days.size() - 1);
        }

        private static String quiet(double days) {
            long d = Math.round(days);
            return d % 7 == 0 ? plural((int) (d / 7), "week") : plural((int) d, "day");
        }

        private static String plural(int n, String one) {
            return n + " " + (n == 1 ? one : one + "s");
        }

        private static Optional<Double> first(List<Measure> measures) {
            return measures.isEmpty() ? Optional.empty() : Optional.of(measures.get(0).value());
        }

        private static Optional<Double> named(List<Measure> measures, String name) {
            return measures.stream().filter(m -> m.name().equals(name)).map(Measure::value).findFirst();
        }
    }
}
