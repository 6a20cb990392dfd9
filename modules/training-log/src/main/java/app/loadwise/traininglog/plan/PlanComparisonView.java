package app.loadwise.traininglog.plan;

import app.loadwise.domain.plan.PlanComparison.Outcome;
import app.loadwise.domain.plan.PlanComparison;
import app.loadwise.domain.training.SessionRow;
import java.time.LocalDate;
import java.util.List;

/**
 * Planned against done for one athlete and ISO week: each planned session done as planned, changed or missed
 * (pending while its day has not passed, in the athlete's time zone), and the sessions logged without a plan.
 */
public record PlanComparisonView(long athleteId, String week, LocalDate today, List<ComparedSession> items,
                                 PlanOutcomeCounts counts) {

    public PlanComparisonView {
        items = List.copyOf(items);
    }

    /** One planned session and what became of it, or one unplanned session; {@code changes} in words. */
    public record ComparedSession(LocalDate date, String outcome, PlannedSessionView planned, DoneSession done, List<String> changes) {
        public ComparedSession {
            changes = List.copyOf(changes);
        }
    }

    /** The logged session a planned one was paired with (or an unplanned one). */
    public record DoneSession(long sessionId, String type, Double movingMinutes, Integer rpe) {
        static DoneSession of(SessionRow row) {
            return row == null ? null : new DoneSession(row.id(), row.type().code(), row.movingMinutes(), row.rpe());
        }
    }

    /** How many of each outcome. */
    public record PlanOutcomeCounts(int asPlanned, int changed, int missed, int pending, int unplanned) {
    }

    static PlanComparisonView of(long athleteId, String week, LocalDate today, PlanComparison.Result result) {
        List<ComparedSession> items = result.items().stream().map(i -> new ComparedSession(i.date(), i.outcome().code(),
                i.planned() == null ? null : PlannedSessionView.of(i.planned()), DoneSession.of(i.done()), i.changes())).toList();
        return new PlanComparisonView(athleteId, week, today, items, new PlanOutcomeCounts(result.count(Outcome.AS_PLANNED),
                result.count(Outcome.CHANGED), result.count(Outcome.MISSED), result.count(Outcome.PENDING),
                result.count(Outcome.UNPLANNED)));
    }
}
