package app.loadwise.recovery;

import app.loadwise.domain.recovery.ScoreStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * What a week's plan would trigger before it happens: the planned sessions (with the days before {@code plannedFrom}
 * taken as logged, when the week has begun), the findings the engine gives the week as planned, each worded by day
 * ("Tue intervals then Wed hills: no buffer day between them") with the weekly score's message, advice, evidence and
 * evidence strength, and the figures projected from the plan. docs/scoring.md, "Plan check", has the details.
 *
 * @param plannedFrom  the first day judged from the plan: the week's Monday, or today when the week has begun
 * @param restDays     days from {@code plannedFrom} on with nothing planned, assessed as rest days
 * @param findings     red first, then amber, then advice; empty when nothing is planned
 * @param projected    null when nothing is planned
 */
public record PlanCheckView(long athleteId, String week, LocalDate monday, LocalDate sunday, LocalDate plannedFrom,
                            String level, List<PlannedLoad> sessions, List<LocalDate> restDays, List<PlanFinding> findings,
                            PlanProjection projected) {

    public PlanCheckView {
        sessions = List.copyOf(sessions);
        restDays = List.copyOf(restDays);
        findings = List.copyOf(findings);
    }

    /** A planned session as assessed: its load in session-RPE units and how the load was worked out. */
    public record PlannedLoad(long plannedSessionId, LocalDate date, String type, Double minutes, Integer intendedRpe,
                              double load, String loadMethod) {
    }

    /**
     * A finding the plan would trigger. {@code wording} names the days and sessions; {@code message}, {@code advice},
     * {@code evidence} and {@code evidenceStrength} are those the weekly score shows. {@code fromPlan} is false for a
     * finding that rests only on days already logged.
     */
    public record PlanFinding(String ruleId, String severity, String wording, String message, String advice, String evidence,
                              String evidenceStrength, List<LocalDate> dates, boolean fromPlan) {
        public PlanFinding {
            dates = List.copyOf(dates);
        }
    }

    /**
     * Figures of the week as planned, taken at its Sunday (null when not worked out, e.g. too little history):
     * the weekly load, the athlete's usual weekly load (mean of up to 4 earlier complete weeks) and the ramp (weekly
     * load / usual), the EWMA and rolling acute:chronic ratios, fitness (CTL) and its change over the week, and the
     * score and status the week would get.
     */
    public record PlanProjection(double weeklyLoad, Double usualWeeklyLoad, Double ramp, Double ewmaAcwr, Double rollingAcwr,
                             Double ctl, Double rampRate, Integer score, ScoreStatus status) {
    }
}
